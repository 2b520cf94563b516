package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.Predicate;

/**
 * The special methods of int and float ({@code __add__}, {@code __radd__}, {@code __lt__}...), exposed so that
 * {@code (1).__add__(2)} and subclasses work; the interpreter's fast paths never go through them. Each returns
 * NotImplemented for an operand its type does not handle (an int's {@code __add__} does not take a float).
 */
final class NumberDunders {
    private NumberDunders() {}

    /**
     * Registers every operator for which {@code accepts} says an operand is handled by this type; an operand
     * that is an instance of a subclass counts as its built-in value. {@code bitwise} is set for int (the type
     * with the bitwise operators).
     */
    static void register(PyType t, Predicate<Object> accepts, boolean bitwise) {
        for (BinaryOp op : BinaryOp.values()) {
            boolean isBitwise = op == BinaryOp.LSHIFT || op == BinaryOp.RSHIFT || op == BinaryOp.AND
                    || op == BinaryOp.OR || op == BinaryOp.XOR;
            if (op == BinaryOp.MATMUL || op == BinaryOp.POW || (isBitwise && !bitwise)) {
                continue;
            }
            method(t, op.method + "(self, value, /)",
                    a -> accepts.test(other(a)) ? Numbers.binary(op, a[0], other(a)) : Ops.NOT_IMPLEMENTED);
            method(t, op.reflected + "(self, value, /)",
                    a -> accepts.test(other(a)) ? Numbers.binary(op, other(a), a[0]) : Ops.NOT_IMPLEMENTED);
        }
        method(t, "__pow__(self, value, mod=None, /)", a -> takesPower(a, accepts, bitwise)
                ? BuiltinMath.pow(a[0], other(a), BuiltinSubclasses.valueOf(a[2])) : Ops.NOT_IMPLEMENTED);
        method(t, "__rpow__(self, value, mod=None, /)", a -> takesPower(a, accepts, bitwise)
                ? BuiltinMath.pow(other(a), a[0], BuiltinSubclasses.valueOf(a[2])) : Ops.NOT_IMPLEMENTED);
        method(t, "__divmod__(self, value, /)",
                a -> accepts.test(other(a)) ? BuiltinMath.divmod(a[0], other(a)) : Ops.NOT_IMPLEMENTED);
        method(t, "__rdivmod__(self, value, /)",
                a -> accepts.test(other(a)) ? BuiltinMath.divmod(other(a), a[0]) : Ops.NOT_IMPLEMENTED);
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)",
                    a -> accepts.test(other(a)) ? Compare.compare(op, a[0], other(a)) : Ops.NOT_IMPLEMENTED);
        }
        method(t, "__neg__(self, /)", a -> Arith.neg(a[0]));
        method(t, "__pos__(self, /)", a -> Arith.pos(a[0]));
        method(t, "__abs__(self, /)", a -> BuiltinMath.abs(a[0]));
        method(t, "__bool__(self, /)", a -> Ops.isTrue(a[0]));
        method(t, "__hash__(self, /)", a -> Ops.hash(a[0]));
        // int.__repr__(True) is "1": bool's own __repr__ is the one that says "True".
        method(t, "__repr__(self, /)", a -> a[0] instanceof Boolean b ? (b ? "1" : "0") : Ops.repr(a[0]));
        method(t, "__float__(self, /)", a -> Numbers.toDouble(a[0]));
    }

    /**
     * Whether {@code __pow__}/{@code __rpow__} computes for arguments {@code a} (self, value, mod) or declines, as
     * CPython's power slots do: int's declines unless the modulus is an int or None too, float's refuses any
     * modulus before it looks at the other operand.
     */
    private static boolean takesPower(Object[] a, Predicate<Object> accepts, boolean isInt) {
        Object mod = BuiltinSubclasses.valueOf(a[2]);
        boolean hasMod = mod != null && mod != Ops.NONE;
        if (isInt) {
            return accepts.test(other(a)) && (!hasMod || Numbers.isInt(mod));
        }
        if (hasMod) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return accepts.test(other(a));
    }

    /** The second operand, as its built-in value if it is an instance of a subclass. */
    private static Object other(Object[] a) {
        return BuiltinSubclasses.valueOf(a[1]);
    }
}

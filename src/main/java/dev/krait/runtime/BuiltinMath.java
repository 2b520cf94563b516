package dev.krait.runtime;

import java.math.BigInteger;

/** Numeric builtins shared by several types: abs, divmod, pow. */
public final class BuiltinMath {
    private BuiltinMath() {}

    public static Object abs(Object x) {
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof BigInteger b) {
            return Numbers.normalize(b.abs());
        }
        if (x instanceof PyComplex c) {
            return c.abs();
        }
        Object m = Ops.type(x).lookup("__abs__");
        if (m == null) {
            throw Errors.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
        }
        return Ops.callMethod(m, x);
    }

    public static Object divmod(Object a, Object b) {
        if (Numbers.isInt(a) && Numbers.isInt(b)) {
            if (Numbers.isInt(b) && Ops.eq(b, 0L)) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return PyTuple.of(Numbers.binary(BinaryOp.FLOORDIV, a, b), Numbers.binary(BinaryOp.MOD, a, b));
        }
        if ((Numbers.isInt(a) || a instanceof Double) && (Numbers.isInt(b) || b instanceof Double)) {
            double y = Numbers.toDouble(b);
            if (y == 0) {
                throw Errors.zeroDivision("float divmod()");
            }
            double[] qr = Numbers.floatDivmod(Numbers.toDouble(a), y);
            return PyTuple.of(qr[0], qr[1]);
        }
        Object m = Ops.type(a).lookup("__divmod__");
        if (m != null) {
            Object r = Ops.callMethod(m, a, b);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        m = Ops.type(b).lookup("__rdivmod__");
        if (m != null) {
            Object r = Ops.callMethod(m, b, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.unsupportedOperands("divmod()", a, b);
    }

    /** {@code pow(base, exp, mod=None)}. */
    public static Object pow(Object base, Object exp, Object mod) {
        if (mod == null || mod == Ops.NONE) {
            return Arith.binary(BinaryOp.POW, base, exp, false);
        }
        // int's own power accepts int-subclass exponents and moduli; a subclass base gets its __pow__ below.
        Object exponent = BuiltinSubclasses.valueOf(exp);
        Object modulus = BuiltinSubclasses.valueOf(mod);
        if (Numbers.isInt(base) && Numbers.isInt(exponent) && Numbers.isInt(modulus)) {
            return modPow(Numbers.big(base), Numbers.big(exponent), Numbers.big(modulus));
        }
        // Each operand's type gets its turn, in order, as in CPython's ternary_op: int declines unless all
        // three are ints, float refuses a modulus outright, and complex refuses one once both bases convert.
        Object[] operands = {base, exp, mod};
        for (int i = 0; i < operands.length; i++) {
            Object o = operands[i];
            if (o instanceof Double) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (o instanceof PyComplex && isBuiltinNumber(base) && isBuiltinNumber(exp)) {
                throw Errors.valueError("complex modulo");
            }
            if (i == 0 && !isBuiltinNumber(o)) {
                // Three-argument pow only calls the first operand's __pow__ (never __rpow__).
                Object m = Ops.type(base).lookup("__pow__");
                Object r = m == null ? Ops.NOT_IMPLEMENTED : Ops.callMethod(m, base, exp, mod);
                if (r != Ops.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(base) + "', '"
                + Ops.typeName(exp) + "', '" + Ops.typeName(mod) + "'");
    }

    private static boolean isBuiltinNumber(Object o) {
        return Numbers.isInt(o) || o instanceof Double || o instanceof PyComplex;
    }

    /** Modular exponentiation; the result takes the modulus's sign, and a negative exponent inverts first. */
    static Object modPow(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.abs();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(m);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.mod(m).modPow(exp, m);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return Numbers.normalize(r);
    }
}

package dev.krait.runtime;

import java.math.BigInteger;

/**
 * Binary and unary arithmetic with Python semantics: ints never overflow (long fast path, BigInteger beyond),
 * bools act as ints, int and float mix, floor division and modulo round toward negative infinity. Operands the
 * numeric paths do not handle go to the special methods ({@code __add__}, {@code __radd__}, {@code __iadd__}...).
 */
public final class Arith {
    private Arith() {}

    // ---- the operators, as the interpreter calls them -------------------------------------------------------

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        return binary(BinaryOp.ADD, a, b, false);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return binary(BinaryOp.SUB, a, b, false);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return binary(BinaryOp.MUL, a, b, false);
    }

    /** Applies {@code op} (an in-place one when {@code inplace}) to any operands. */
    public static Object binary(BinaryOp op, Object a, Object b, boolean inplace) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            // bool's own &, | and ^ keep the result a bool.
            switch (op) {
                case AND: return x & y;
                case OR: return x | y;
                case XOR: return x ^ y;
                default: break;
            }
        }
        if (b instanceof PyInstance && Ops.type(b).isSubtypeOf(Ops.type(a))) {
            // An instance of a subclass of the left operand's type (say str) may override the reflected method.
            return dispatch(op, a, b, inplace);
        }
        Object r = Numbers.binary(op, a, b);
        if (r != null) {
            return r;
        }
        r = Sequences.binary(op, a, b, inplace);
        if (r != null) {
            return r;
        }
        if (inplace && op == BinaryOp.MUL && repeatsInPlace(Ops.type(a)) && !Sequences.isCount(b)) {
            // CPython repeats a list or bytearray in place only by an index; with anything else *= is plain *
            // (the other operand's __rmul__, else "can't multiply sequence by non-int").
            inplace = false;
        }
        return dispatch(op, a, b, inplace);
    }

    /** Whether {@code t}'s {@code __imul__} is list's or bytearray's own (a subclass may define another). */
    private static boolean repeatsInPlace(PyType t) {
        return t.lookup("__imul__") instanceof PyBuiltinFunction f
                && (f.owner == PyTypes.LIST || f.owner == PyByteArray.TYPE);
    }

    /** The special-method protocol: in-place, then reflected-subclass-first, then normal, then reflected. */
    private static Object dispatch(BinaryOp op, Object a, Object b, boolean inplace) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        if (inplace) {
            Object im = ta.lookup(op.inplace);
            if (im != null) {
                Object r = callOperatorMethod(im, a, b);
                if (r != Ops.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object fa = ta.lookup(op.method);
        Object fb = tb == ta ? null : tb.lookup(op.reflected);
        if (fb != null && tb.isSubtypeOf(ta) && fb != ta.lookup(op.reflected)) {
            Object r = callOperatorMethod(fb, b, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            Object r = callOperatorMethod(fa, a, b);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            Object r = callOperatorMethod(fb, b, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw unsupported(op, a, b, inplace);
    }

    /**
     * The rest of the protocol once the left operand's method returned NotImplemented, for operands where that
     * method came first: an instance of a class with no in-place method, and a right operand of the same class or
     * of a class that is not a subclass of it (as BINARY_OP_PY_METHOD's cache guarantees).
     */
    public static Object afterLeftDeclined(BinaryOp op, Object a, Object b, boolean inplace) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object fb = tb == ta ? null : tb.lookup(op.reflected);
        if (fb != null) {
            Object r = callOperatorMethod(fb, b, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw unsupported(op, a, b, inplace);
    }

    /**
     * Calls an operand's method for an operator: a built-in sequence's in its operator form, which declines an
     * operand with NotImplemented where a direct call raises.
     */
    private static Object callOperatorMethod(Object method, Object self, Object other) {
        return method instanceof PyBuiltinFunction f && f.owner != null ? f.callAsOperator(self, other)
                : Ops.callMethod(method, self, other);
    }

    private static PyException unsupported(BinaryOp op, Object a, Object b, boolean inplace) {
        String sym = inplace ? op.symbol + "=" : op.symbol;
        PyException sequenceError = Sequences.operandError(op, a, b, inplace);
        if (sequenceError != null) {
            return sequenceError;
        }
        if (op == BinaryOp.POW) {
            sym = inplace ? "**=" : "** or pow()";
        }
        return Errors.unsupportedOperands(sym, a, b);
    }

    // ---- unary ---------------------------------------------------------------------------------------------

    public static Object neg(Object a) {
        if (a instanceof Long x) {
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return Numbers.normalize(b.negate());
        }
        return unary(a, "__neg__", "-");
    }

    public static Object pos(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return unary(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return Numbers.normalize(b.not());
        }
        return unary(a, "__invert__", "~");
    }

    private static Object unary(Object a, String method, String symbol) {
        Object m = Ops.type(a).lookup(method);
        if (m == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Ops.typeName(a) + "'");
        }
        return Ops.callMethod(m, a);
    }
}

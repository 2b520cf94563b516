package dev.krait.vm;


import dev.krait.runtime.Arith;
import dev.krait.runtime.BinaryOp;

/**
 * BINARY_OP: int, float and str operands of +, - and * take Arith's fast paths (in-place or not, these types have
 * no in-place methods); everything else goes through the general protocol.
 */
final class BinaryOps {
    private BinaryOps() {}

    private static final int ADD = BinaryOp.ADD.ordinal();
    private static final int SUB = BinaryOp.SUB.ordinal();
    private static final int MUL = BinaryOp.MUL.ordinal();

    static Object apply(int code, Object a, Object b) {
        int op = code & (BinaryOp.INPLACE_FLAG - 1);
        boolean plain = (a instanceof Long && b instanceof Long) || (a instanceof Double && b instanceof Double);
        if (op == ADD && (plain || (a instanceof String && b instanceof String))) {
            return Arith.add(a, b);
        }
        if (op == SUB && plain) {
            return Arith.sub(a, b);
        }
        if (op == MUL && plain) {
            return Arith.mul(a, b);
        }
        return Arith.binary(BinaryOp.of(code), a, b, (code & BinaryOp.INPLACE_FLAG) != 0);
    }

    // The specialised BINARY_OPs, one small method each so that HotSpot inlines it into its handler: the result,
    // or null when the operands are not the expected types or the fast path cannot produce the result (overflow,
    // division by zero), which sends the instruction back to the generic one.

    static Object addInt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return null;
    }

    static Object subInt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return null;
    }

    static Object mulInt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return null;
    }

    static Object modInt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return y == -1 ? 0L : Math.floorMod((long) x, (long) y);
        }
        return null;
    }

    static Object floorDivInt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv((long) x, (long) y);
        }
        return null;
    }

    // Float operations take an int operand too, converted as Python converts it (a long always fits a double).

    /** Whether the operands are two floats, or a float and an int. */
    static boolean floatOperands(Object a, Object b) {
        return a instanceof Double ? b instanceof Double || b instanceof Long : a instanceof Long && b instanceof Double;
    }

    /** An operand that {@link #floatOperands} or {@link #exactFloat} accepted, as a double. */
    static double asDouble(Object o) {
        return o instanceof Double d ? d : (double) (Long) o;
    }

    /** A float, or an int that a double represents exactly (at most 2**53 in magnitude). */
    static boolean exactFloat(Object o) {
        return o instanceof Double || (o instanceof Long l && l >= -(1L << 53) && l <= 1L << 53);
    }

    static Object addFloat(Object a, Object b) {
        return floatOperands(a, b) ? (Object) (asDouble(a) + asDouble(b)) : null;
    }

    static Object subFloat(Object a, Object b) {
        return floatOperands(a, b) ? (Object) (asDouble(a) - asDouble(b)) : null;
    }

    static Object mulFloat(Object a, Object b) {
        return floatOperands(a, b) ? (Object) (asDouble(a) * asDouble(b)) : null;
    }

    /** Also int / int when both are exact as doubles: the IEEE quotient is then Python's correctly rounded one. */
    static Object trueDivFloat(Object a, Object b) {
        if (!floatOperands(a, b) && !(a instanceof Long && b instanceof Long && exactFloat(a) && exactFloat(b))) {
            return null;
        }
        double y = asDouble(b);
        return y == 0 ? null : (Object) (asDouble(a) / y);
    }

    private static final int LSHIFT = BinaryOp.LSHIFT.ordinal();
    private static final int RSHIFT = BinaryOp.RSHIFT.ordinal();
    private static final int AND = BinaryOp.AND.ordinal();
    private static final int OR = BinaryOp.OR.ordinal();

    /** Whether {@link #bitwiseInt} serves operator {@code code} (BINARY_OP's argument). */
    static boolean isBitwise(int code) {
        int op = code & (BinaryOp.INPLACE_FLAG - 1);
        return op >= LSHIFT && op <= BinaryOp.XOR.ordinal();
    }

    /** int & | ^ << >> int; null for a negative shift count or a left shift out of 64 bits. */
    static Object bitwiseInt(int code, Object a, Object b) {
        if (!(a instanceof Long x) || !(b instanceof Long y)) {
            return null;
        }
        int op = code & (BinaryOp.INPLACE_FLAG - 1);
        if (op == AND) {
            return x & y;
        } else if (op == OR) {
            return x | y;
        } else if (op == RSHIFT) {
            return y < 0 ? null : y >= 64 ? (Object) (x < 0 ? -1L : 0L) : (Object) (x >> y);
        } else if (op == LSHIFT) {
            if (y < 0 || y >= 64) {
                return null;
            }
            long r = x << y;
            return r >> y == x ? (Object) r : null;
        }
        return x ^ y;
    }

    static Object addStr(Object a, Object b) {
        return a instanceof String x && b instanceof String y ? x.concat(y) : null;
    }
}

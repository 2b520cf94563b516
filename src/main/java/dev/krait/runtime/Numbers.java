package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Numeric binary operators over int (Long/BigInteger/Boolean) and float (Double). {@link #binary} returns null
 * when an operand is not a built-in number, so the caller can try special methods.
 */
public final class Numbers {
    private Numbers() {}

    /** A BigInteger that fits in a long becomes a Long: every int has one canonical representation. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** CPython's PyNumber_Check: an int, float or complex, or anything converting to one. */
    static boolean isNumber(Object o) {
        if (isInt(o) || o instanceof Double || o instanceof PyComplex) {
            return true;
        }
        PyType t = Ops.type(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** An int as a Long or BigInteger (bools become 0/1). */
    public static Object asInt(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return o;
    }

    /** int or float to double, raising OverflowError for ints too large. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    static Object binary(BinaryOp op, Object a, Object b) {
        boolean ia = isInt(a);
        boolean ib = isInt(b);
        if (ia && ib) {
            return intOp(op, asInt(a), asInt(b));
        }
        if ((ia || a instanceof Double) && (ib || b instanceof Double)) {
            if (op == BinaryOp.LSHIFT || op == BinaryOp.RSHIFT || op == BinaryOp.AND || op == BinaryOp.OR
                    || op == BinaryOp.XOR || op == BinaryOp.MATMUL) {
                return null;
            }
            return floatOp(op, toDouble(a), toDouble(b));
        }
        return null;
    }

    // ---- int -----------------------------------------------------------------------------------------------

    private static Object intOp(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return longOp(op, x, y);
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        switch (op) {
            case ADD: return normalize(x.add(y));
            case SUB: return normalize(x.subtract(y));
            case MUL: return normalize(x.multiply(y));
            case TRUEDIV: return trueDivide(x, y);
            case FLOORDIV: return normalize(floorDiv(x, y));
            case MOD: return normalize(floorMod(x, y));
            case POW: return pow(x, y);
            case LSHIFT:
                if (x.signum() == 0) {
                    shiftCount(y.min(BigInteger.ZERO)); // only a negative count is an error
                    return 0L;
                }
                return normalize(x.shiftLeft(shiftCount(y)));
            case RSHIFT:
                if (y.signum() > 0 && y.bitLength() > 31) {
                    // Shifting out every bit leaves the sign: 0 or -1, however large the count.
                    return x.signum() < 0 ? -1L : 0L;
                }
                return normalize(x.shiftRight(shiftCount(y)));
            case AND: return normalize(x.and(y));
            case OR: return normalize(x.or(y));
            case XOR: return normalize(x.xor(y));
            default: return null;
        }
    }

    private static Object longOp(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: return Arith.add(x, y);
            case SUB: return Arith.sub(x, y);
            case MUL: return Arith.mul(x, y);
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return (double) x / (double) y;
                }
                return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return BigInteger.valueOf(x).negate();
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return y == -1 ? 0L : Math.floorMod(x, y);
            case POW: return pow(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case LSHIFT: {
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (x == 0) {
                    return 0L;
                }
                if (y < 63) {
                    long r = x << y;
                    if (r >> y == x) {
                        return r;
                    }
                }
                return normalize(BigInteger.valueOf(x).shiftLeft(shiftCount(BigInteger.valueOf(y))));
            }
            case RSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return x >> Math.min(y, 63);
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return x ^ y;
            default: return null;
        }
    }

    private static int shiftCount(BigInteger y) {
        if (y.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
            throw Errors.overflow("too many digits in integer");
        }
        return y.intValue();
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorMod(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return r;
    }

    /**
     * int / int, correctly rounded as CPython's is: a 55-56 bit quotient whose lowest bit records any remainder
     * converts to double with a single rounding, then scales exactly by a power of two.
     */
    private static Object trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        int shift = 55 + b.bitLength() - a.bitLength();
        double d;
        if (a.bitLength() - b.bitLength() < -1020) {
            // A subnormal result would be rounded twice below; exact decimal division suffices there.
            d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(1100)).doubleValue();
        } else {
            BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b)
                    : a.divideAndRemainder(b.shiftLeft(-shift));
            BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
            d = Math.scalb(q.doubleValue(), -shift);
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return x.signum() * y.signum() < 0 ? -d : d;
    }

    static Object pow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return floatPow(toDouble(normalize(x)), toDouble(normalize(y)));
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0 || y.signum() == 0) {
            return y.signum() == 0 ? 1L : normalize(x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw Errors.memoryError();
        }
        return normalize(x.pow(y.intValue()));
    }

    // ---- float ---------------------------------------------------------------------------------------------

    private static Object floatOp(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return floatDivmod(x, y)[1];
            case POW: return floatPow(x, y);
            default: return null;
        }
    }

    /** Python's float divmod: the remainder takes the divisor's sign. */
    public static double[] floatDivmod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    static Object floatPow(double x, double y) {
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            return PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0));
        }
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            // C's pow (which Python follows) gives 1 here even for a nan or infinite exponent; Java's gives nan.
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }
}

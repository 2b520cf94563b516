package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code round()} for int and float. Floats round their exact binary value half-to-even at the requested decimal
 * place and convert back correctly rounded, which is what CPython's dtoa-based algorithm produces
 * ({@code round(2.675, 2) == 2.67}, because 2.675 is really 2.67499999...).
 */
public final class Rounding {
    private Rounding() {}

    /** Beyond these ndigits a double is unchanged (too many) or rounds to zero (too few), as in CPython. */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    /** The builtin {@code round(number, ndigits=None)}. */
    public static Object round(Object number, Object ndigits) {
        boolean noDigits = ndigits == null || ndigits == Ops.NONE;
        if (number instanceof Double d) {
            return noDigits ? toInt(d) : roundFloat(d, Ops.indexValue(ndigits));
        }
        if (Numbers.isInt(number)) {
            return noDigits ? Numbers.asInt(number) : roundInt(Numbers.asInt(number), Ops.indexValue(ndigits));
        }
        Object m = Ops.type(number).lookup("__round__");
        if (m == null) {
            throw Errors.typeError("type " + Ops.typeName(number) + " doesn't define __round__ method");
        }
        return noDigits ? Ops.callMethod(m, number) : Ops.callMethod(m, number, ndigits);
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    public static Object toInt(double x) {
        return IntMethods.fromDouble(Math.rint(x));
    }

    /** {@code round(x, ndigits)} for a float. */
    public static double roundFloat(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code round(i, ndigits)} for an int: only a negative ndigits changes it, rounding ties to even. */
    public static Object roundInt(Object i, long ndigits) {
        if (ndigits >= 0) {
            return i;
        }
        BigInteger x = Numbers.big(i);
        // 10**-ndigits exceeding 2*|x| rounds everything to zero; skip building a huge power.
        if (-ndigits > x.bitLength() * 0.30103 + 2) {
            return 0L;
        }
        BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = x.divideAndRemainder(unit);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int half = r.shiftLeft(1).compareTo(unit);
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Numbers.normalize(q.multiply(unit));
    }
}

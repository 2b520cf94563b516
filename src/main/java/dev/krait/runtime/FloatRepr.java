package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code repr(float)}: the shortest decimal string that reads back as the same double (the closest such string
 * when several qualify), laid out as CPython does: positional for exponents -4..15, else scientific with a
 * two-digit minimum exponent. The digits come from the Ryu algorithm (Ulf Adams, PLDI 2018), which computes
 * them with 128-bit fixed-point powers of five instead of big-number arithmetic; Java 17's Double.toString is
 * not always shortest or closest.
 */
public final class FloatRepr {
    private FloatRepr() {}

    private static final int MANTISSA_BITS = 52;
    private static final int EXPONENT_BIAS = 1023;
    private static final int POW5_BITS = 125;
    private static final int POW5_INV_BITS = 125;
    private static final int POW5_TABLE_SIZE = 326;
    private static final int POW5_INV_TABLE_SIZE = 342;

    /** 5^i scaled to exactly 125 bits, as (high 64 bits, low 64 bits) pairs. */
    private static final long[] POW5 = new long[2 * POW5_TABLE_SIZE];
    /** floor(2^(bitlength(5^i) - 1 + 125) / 5^i) + 1, the same way. */
    private static final long[] POW5_INV = new long[2 * POW5_INV_TABLE_SIZE];

    static {
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < POW5_INV_TABLE_SIZE; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            int length = pow.bitLength();
            if (i < POW5_TABLE_SIZE) {
                BigInteger scaled = length > POW5_BITS ? pow.shiftRight(length - POW5_BITS)
                        : pow.shiftLeft(POW5_BITS - length);
                POW5[2 * i] = scaled.shiftRight(64).longValue();
                POW5[2 * i + 1] = scaled.and(mask).longValue();
            }
            BigInteger inverse = BigInteger.ONE.shiftLeft(length - 1 + POW5_INV_BITS).divide(pow).add(BigInteger.ONE);
            POW5_INV[2 * i] = inverse.shiftRight(64).longValue();
            POW5_INV[2 * i + 1] = inverse.and(mask).longValue();
        }
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        Digits digits = shortest(Math.abs(d));
        return (d < 0 ? "-" : "") + layout(digits.digits, digits.exponent);
    }

    /** Significant digits (no leading/trailing zeros) and decimal exponent: value = 0.DIGITS * 10**exponent. */
    record Digits(String digits, int exponent) {}

    /** The shortest correctly rounded digits of a positive finite double. */
    static Digits shortest(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int biased = (int) (bits >>> MANTISSA_BITS) & 0x7FF;
        int e2;
        long m2;
        if (biased == 0) {
            e2 = 1 - EXPONENT_BIAS - MANTISSA_BITS - 2;
            m2 = mantissa;
        } else {
            e2 = biased - EXPONENT_BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | mantissa;
        }
        boolean even = (m2 & 1) == 0;
        // The neighbours' halfway points: mv ± (distance to the next double), scaled by 4 to stay integral.
        long mv = 4 * m2;
        int mmShift = mantissa != 0 || biased <= 1 ? 1 : 0;

        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITS + pow5Bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift(4 * m2, POW5_INV, q, i);
            vp = mulShift(4 * m2 + 2, POW5_INV, q, i);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5_INV, q, i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = pow5Factor(mv) >= q;
                } else if (even) {
                    vmIsTrailingZeros = pow5Factor(mv - 1 - mmShift) >= q;
                } else if (pow5Factor(mv + 2) >= q) {
                    vp--;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5Bits(i) - POW5_BITS;
            int j = q - k;
            vr = mulShift(4 * m2, POW5, i, j);
            vp = mulShift(4 * m2 + 2, POW5, i, j);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5, i, j);
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (even) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = (mv & ((1L << q) - 1)) == 0;
            }
        }

        // Drop digits while the interval (vm, vp) still holds a shorter number, tracking the rounding digit.
        int removed = 0;
        int lastRemoved = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemoved == 0;
                lastRemoved = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemoved == 0;
                    lastRemoved = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemoved == 5 && vr % 2 == 0) {
                // An exact tie rounds to even.
                lastRemoved = 4;
            }
            output = vr + ((vr == vm && (!even || !vmIsTrailingZeros)) || lastRemoved >= 5 ? 1 : 0);
        } else {
            boolean roundUp = false;
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || roundUp ? 1 : 0);
        }
        String text = Long.toString(output);
        int end = text.length();
        while (end > 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(text.substring(0, end), e10 + removed + text.length());
    }

    /** ceil(log2(5^e)), for 0 <= e <= 3528 (1 for e = 0). */
    private static int pow5Bits(int e) {
        return (int) ((e * 1217359L) >>> 19) + 1;
    }

    /** floor(log10(2^e)). */
    private static int log10Pow2(int e) {
        return (int) ((e * 78913L) >>> 18);
    }

    /** floor(log10(5^e)). */
    private static int log10Pow5(int e) {
        return (int) ((e * 732923L) >>> 20);
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count;
    }

    /** (m * table[index]) >> shift, where the table entry is a 128-bit number and m has at most 55 bits. */
    private static long mulShift(long m, long[] table, int index, int shift) {
        long high = table[2 * index];
        long low = table[2 * index + 1];
        long lowProductHigh = unsignedMultiplyHigh(m, low);
        long highProductLow = m * high;
        long highProductHigh = unsignedMultiplyHigh(m, high);
        long sum = lowProductHigh + highProductLow;
        if (Long.compareUnsigned(sum, lowProductHigh) < 0) {
            highProductHigh++;
        }
        int dist = shift - 64;
        return (highProductHigh << (64 - dist)) | (sum >>> dist);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** Lays out digits like CPython's repr: decimal point position {@code exponent}. */
    static String layout(String digits, int exponent) {
        int sciExp = exponent - 1;
        StringBuilder b = new StringBuilder(24);
        if (sciExp < -4 || sciExp >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(sciExp < 0 ? '-' : '+');
            int ae = Math.abs(sciExp);
            if (ae < 10) {
                b.append('0');
            }
            return b.append(ae).toString();
        }
        if (exponent <= 0) {
            b.append("0.");
            for (int i = exponent; i < 0; i++) {
                b.append('0');
            }
            return b.append(digits).toString();
        }
        if (digits.length() <= exponent) {
            b.append(digits);
            for (int i = digits.length(); i < exponent; i++) {
                b.append('0');
            }
            return b.append(".0").toString();
        }
        return b.append(digits, 0, exponent).append('.').append(digits, exponent, digits.length()).toString();
    }
}

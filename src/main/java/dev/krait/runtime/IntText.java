package dev.krait.runtime;

import java.math.BigInteger;

/**
 * Decimal text of huge ints under CPython's limit on int/str conversion (CVE-2020-10735): beyond
 * {@link Context#intMaxStrDigits} digits, both directions raise ValueError.
 */
final class IntText {
    private IntText() {}

    static final int DEFAULT_LIMIT = 4300;
    /** Below this many bits an int has fewer than 4300 digits, so no check is needed (and no ThreadState lookup). */
    private static final int SAFE_BITS = 14000;

    static String decimal(BigInteger b) {
        if (b.bitLength() > SAFE_BITS) {
            int limit = ThreadState.current().context.intMaxStrDigits;
            // A cheap bound first: bits * log10(2) digits, give or take one.
            if (limit > 0 && (long) (b.bitLength() * 0.30102999566398) + 1 > limit) {
                String s = b.abs().toString();
                if (s.length() > limit) {
                    throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion;"
                            + " use sys.set_int_max_str_digits() to increase the limit");
                }
            }
        }
        return b.toString();
    }

    /** The digits of |v| in {@code radix}: decimal ones are under the limit, as str() is (format, %d). */
    static String absDigits(BigInteger v, int radix) {
        return radix == 10 ? decimal(v.abs()) : v.abs().toString(radix);
    }

    static void checkParse(int digits) {
        int limit = ThreadState.current().context.intMaxStrDigits;
        if (limit > 0 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }
}

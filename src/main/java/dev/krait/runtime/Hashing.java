package dev.krait.runtime;

import java.math.BigInteger;

/**
 * CPython's numeric hash (reduction modulo the Mersenne prime 2**61 - 1, so that equal ints, floats and bools hash
 * alike) and its tuple hash, which decide the iteration order of sets and so must match exactly.
 */
final class Hashing {
    private Hashing() {}

    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    static final long INF = 314159;

    static long hashLong(long v) {
        long h;
        if (v >= 0) {
            h = v < MODULUS ? v : v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -(Long.MAX_VALUE % MODULUS + 1) % MODULUS;
        } else {
            long m = -v;
            h = -(m < MODULUS ? m : m % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    static long hashBig(BigInteger b) {
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * The hash of float {@code d}, a part of {@code owner} (the float object itself, or a complex): a NaN hashes by
     * the identity of its owner, as in CPython 3.10 and later, so NaNs spread over a dict's table.
     */
    static long hashDouble(double d, Object owner) {
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (Double.isNaN(d)) {
            return identityHash(owner);
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // Walk the mantissa 28 bits at a time, folding into the residue modulo 2**61 - 1.
        int sign = 1;
        if (d < 0) {
            sign = -1;
            d = -d;
        }
        // frexp: d = m * 2**e with 0.5 <= m < 1 (a subnormal is first scaled into the normal range).
        int e = Math.getExponent(d) >= Double.MIN_EXPONENT ? Math.getExponent(d) + 1
                : Math.getExponent(d * 0x1p54) - 53;
        double m = Math.scalb(d, -e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    static long hashTuple(PyTuple t) {
        long acc = XXPRIME_5;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            long lane = Ops.hash(t.get(i));
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** The default hash of objects compared by identity. */
    static long identityHash(Object o) {
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }
}

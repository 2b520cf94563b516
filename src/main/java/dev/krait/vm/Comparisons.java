package dev.krait.vm;

import dev.krait.runtime.Compare;
import dev.krait.runtime.CompareOp;

/** The specialised comparisons: int/int, float/float and str/str compared without dispatch. */
final class Comparisons {
    private Comparisons() {}

    private static final int LT = CompareOp.LT.ordinal();
    private static final int LE = CompareOp.LE.ordinal();
    private static final int EQ = CompareOp.EQ.ordinal();
    private static final int NE = CompareOp.NE.ordinal();
    private static final int GT = CompareOp.GT.ordinal();

    // The specialised comparisons, one small method each so that HotSpot inlines it into its handler: 1 for true,
    // 0 for false, -1 when the operands are not what the specialised opcode expects.

    static int ints(int cmp, Object a, Object b) {
        return a instanceof Long x && b instanceof Long y ? bit(test(cmp, Long.compare(x, y))) : -1;
    }

    /** Floats, or a float and an int small enough to convert exactly (Python compares int and float exactly). */
    static int floats(int cmp, Object a, Object b) {
        if (!BinaryOps.exactFloat(a) || !BinaryOps.exactFloat(b)) {
            return -1;
        }
        return bit(doubles(cmp, BinaryOps.asDouble(a), BinaryOps.asDouble(b)));
    }

    static int strs(int cmp, Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            if (cmp == EQ || cmp == NE) {
                return bit(x.equals(y) == (cmp == EQ));
            }
            return bit(test(cmp, Compare.compareStrings(x, y)));
        }
        return -1;
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    static boolean test(int cmp, int c) {
        return cmp == LT ? c < 0 : cmp == LE ? c <= 0 : cmp == EQ ? c == 0 : cmp == NE ? c != 0 : cmp == GT ? c > 0 : c >= 0;
    }

    /** IEEE comparisons, which are Python's for floats (nan compares false except with !=). */
    private static boolean doubles(int cmp, double x, double y) {
        return cmp == LT ? x < y : cmp == LE ? x <= y : cmp == EQ ? x == y : cmp == NE ? x != y : cmp == GT ? x > y : x >= y;
    }
}

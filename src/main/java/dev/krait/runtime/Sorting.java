package dev.krait.runtime;

/**
 * {@code list.sort} and {@code sorted}: CPython's timsort (natural runs, binary insertion, powersort merge
 * order, galloping), so that programs observing the comparisons ({@code __lt__} with side effects, counters)
 * see the same calls in the same order. Only {@code <} is used, and each key is computed once. The sort works
 * on positions of items; the key of position p is {@code keys[p]}.
 */
public final class Sorting {
    private final Object[] keys;
    /** The positions being put in order. */
    private final int[] order;
    private int[] scratch = new int[0];
    private int minGallop = MIN_GALLOP;
    /** The stack of pending runs: start, length and powersort power. */
    private final int[] runBase = new int[MAX_PENDING];
    private final int[] runLength = new int[MAX_PENDING];
    private final int[] runPower = new int[MAX_PENDING];
    private int pending;

    private static final int MIN_GALLOP = 7;
    private static final int MAX_PENDING = 85;

    private Sorting(Object[] keys, int[] order) {
        this.keys = keys;
        this.order = order;
    }

    public static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        Object[] keys = items;
        // While sorting, the list looks empty to key functions and comparisons, as in CPython. Any change made to
        // it meanwhile replaces this array (or leaves items in it), which is how it is detected afterwards.
        Object[] empty = new Object[0];
        list.setContents(empty, 0);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            // Reversing before and after a stable sort keeps equal items in their original order.
            order[i] = reverse ? n - 1 - i : i;
        }
        boolean modified;
        try {
            if (key != null && key != Ops.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, items[i]);
                }
            }
            new Sorting(keys, order).run();
        } finally {
            // After an error the list holds the items in whatever order sorting reached, as CPython leaves it.
            modified = list.size() != 0 || list.array() != empty;
            Object[] sorted = new Object[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = items[order[reverse ? n - 1 - i : i]];
            }
            list.setContents(sorted, n);
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    /** {@code reverse=} of sort and sorted: an integer flag (None is a TypeError, as in CPython). */
    static boolean reverseFlag(Object value) {
        if (value == null) {
            return false;
        }
        Object i = Ops.index(value);
        return !(i instanceof Long l && l == 0);
    }

    private boolean lessThan(int x, int y) {
        Object a = keys[x];
        Object b = keys[y];
        if (a instanceof Long p && b instanceof Long q) {
            return p < q;
        }
        if (a instanceof String p && b instanceof String q) {
            return Compare.compareStrings(p, q) < 0;
        }
        if (a instanceof PyTuple p && b instanceof PyTuple q) {
            int order = tupleOrder(p, q, 0);
            if (order != UNDECIDED) {
                return order < 0;
            }
        }
        return Ops.isTrue(Compare.compare(CompareOp.LT, a, b));
    }

    /** What {@link #tupleOrder} returns when the items leave the order to the general comparison. */
    private static final int UNDECIDED = 2;
    /** How deep {@link #tupleOrder} follows tuples nested in tuples before leaving them to the general comparison. */
    private static final int MAX_NESTING = 8;

    /**
     * The order of two tuple keys (sort(key=lambda r: (r.x, r.y)), or dict items such as ((a, b), n)) decided by
     * int, str and non-NaN float items and by tuples of them: -1, 0 or 1, found as the general comparison finds
     * it (the first unequal items decide, else the lengths; for these kinds "first unequal, then less" is one
     * three-way comparison); {@link #UNDECIDED} when an item of another kind comes first.
     */
    private static int tupleOrder(PyTuple a, PyTuple b, int depth) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c;
            if (x == y) {
                continue;
            } else if (x instanceof Long p && y instanceof Long q) {
                c = Long.compare(p, q);
            } else if (x instanceof String p && y instanceof String q) {
                c = Compare.compareStrings(p, q);
            } else if (x instanceof Double p && y instanceof Double q) {
                c = p < q ? -1 : p > q ? 1 : p.doubleValue() == q.doubleValue() ? 0 : UNDECIDED;
            } else if (x instanceof PyTuple p && y instanceof PyTuple q && depth < MAX_NESTING) {
                c = tupleOrder(p, q, depth + 1);
            } else {
                return UNDECIDED;
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private void run() {
        int n = order.length;
        if (n < 2) {
            return;
        }
        int minRun = minRun(n);
        int lo = 0;
        int remaining = n;
        do {
            int length = countRun(lo, lo + remaining);
            if (length < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + length);
                length = force;
            }
            foundNewRun(length);
            runBase[pending] = lo;
            runLength[pending] = length;
            pending++;
            lo += length;
            remaining -= length;
        } while (remaining > 0);
        while (pending > 1) {
            int i = pending - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** The run length timsort aims for: between 32 and 64, so that n / minRun is a power of two or just below. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Length of the run starting at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int i = lo + 2;
        if (lessThan(order[lo + 1], order[lo])) {
            while (i < hi && lessThan(order[i], order[i - 1])) {
                i++;
            }
            reverse(lo, i);
        } else {
            while (i < hi && !lessThan(order[i], order[i - 1])) {
                i++;
            }
        }
        return i - lo;
    }

    private void reverse(int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Extends the sorted prefix [lo, start) to [lo, hi) by binary insertion (after equal items: stable). */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int pivot = order[start];
            int left = lo;
            int right = start;
            do {
                int mid = left + ((right - left) >> 1);
                if (lessThan(pivot, order[mid])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            } while (left < right);
            System.arraycopy(order, left, order, left + 1, start - left);
            order[left] = pivot;
        }
    }

    /** Powersort: merge the pending runs deeper in the merge tree than the run just found. */
    private void foundNewRun(int length) {
        if (pending == 0) {
            return;
        }
        int power = power(runBase[pending - 1], runLength[pending - 1], length, order.length);
        while (pending > 1 && runPower[pending - 2] > power) {
            mergeAt(pending - 2);
        }
        runPower[pending - 1] = power;
    }

    /** The depth at which the midpoints of adjacent runs [s1, s1+n1) and [s1+n1, s1+n1+n2) first differ. */
    private static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs i and i + 1. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lengthA = runLength[i];
        int baseB = runBase[i + 1];
        int lengthB = runLength[i + 1];
        runLength[i] = lengthA + lengthB;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // Items of A before the first of B, and of B after the last of A, are already in place.
        int k = gallopRight(order[baseB], order, baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(order[baseA + lengthA - 1], order, baseB, lengthB, lengthB - 1);
        if (lengthB <= 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(baseA, lengthA, baseB, lengthB);
        } else {
            mergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }

    /**
     * Where {@code key} goes in the sorted range a[base, base+n): before any equal items. The search starts
     * at {@code hint} and gallops (1, 3, 7... away) before a binary search.
     */
    private int gallopLeft(int key, int[] a, int base, int n, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan(a[base + hint], key)) {
            int maxOffset = n - hint;
            while (offset < maxOffset && lessThan(a[base + hint + offset], key)) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        } else {
            int maxOffset = hint + 1;
            while (offset < maxOffset && !lessThan(a[base + hint - offset], key)) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >> 1);
            if (lessThan(a[base + mid], key)) {
                lastOffset = mid + 1;
            } else {
                offset = mid;
            }
        }
        return offset;
    }

    /** Like {@link #gallopLeft}, but the place after any items equal to {@code key}. */
    private int gallopRight(int key, int[] a, int base, int n, int hint) {
        int lastOffset = 0;
        int offset = 1;
        if (lessThan(key, a[base + hint])) {
            int maxOffset = hint + 1;
            while (offset < maxOffset && lessThan(key, a[base + hint - offset])) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            int k = lastOffset;
            lastOffset = hint - offset;
            offset = hint - k;
        } else {
            int maxOffset = n - hint;
            while (offset < maxOffset && !lessThan(key, a[base + hint + offset])) {
                lastOffset = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            lastOffset += hint;
            offset += hint;
        }
        lastOffset++;
        while (lastOffset < offset) {
            int mid = lastOffset + ((offset - lastOffset) >> 1);
            if (lessThan(key, a[base + mid])) {
                offset = mid;
            } else {
                lastOffset = mid + 1;
            }
        }
        return offset;
    }

    private int[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new int[Math.max(size, scratch.length * 2)];
        }
        return scratch;
    }

    /** Merges adjacent runs A (the shorter, copied aside) and B, filling from the left. */
    private void mergeLow(int baseA, int lengthA, int baseB, int lengthB) {
        int[] tmp = scratch(lengthA);
        System.arraycopy(order, baseA, tmp, 0, lengthA);
        int a = 0;
        int b = baseB;
        int dest = baseA;
        int na = lengthA;
        int nb = lengthB;
        try {
            order[dest++] = order[b++];
            if (--nb == 0 || na == 1) {
                return;
            }
            int gallop = minGallop;
            while (true) {
                int aWins = 0;
                int bWins = 0;
                // One at a time, until one run keeps winning.
                do {
                    if (lessThan(order[b], tmp[a])) {
                        order[dest++] = order[b++];
                        bWins++;
                        aWins = 0;
                        if (--nb == 0) {
                            return;
                        }
                    } else {
                        order[dest++] = tmp[a++];
                        aWins++;
                        bWins = 0;
                        if (--na == 1) {
                            return;
                        }
                    }
                } while (aWins < gallop && bWins < gallop);
                // Galloping: copy whole stretches found by search, while that keeps paying off.
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    aWins = gallopRight(order[b], tmp, a, na, 0);
                    if (aWins != 0) {
                        System.arraycopy(tmp, a, order, dest, aWins);
                        dest += aWins;
                        a += aWins;
                        na -= aWins;
                        if (na <= 1) {
                            return;
                        }
                    }
                    order[dest++] = order[b++];
                    if (--nb == 0) {
                        return;
                    }
                    bWins = gallopLeft(tmp[a], order, b, nb, 0);
                    if (bWins != 0) {
                        System.arraycopy(order, b, order, dest, bWins);
                        dest += bWins;
                        b += bWins;
                        nb -= bWins;
                        if (nb == 0) {
                            return;
                        }
                    }
                    order[dest++] = tmp[a++];
                    if (--na == 1) {
                        return;
                    }
                } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (na == 1 && nb > 0) {
                // The last of A belongs after what remains of B.
                System.arraycopy(order, b, order, dest, nb);
                order[dest + nb] = tmp[a];
            } else if (na > 0) {
                System.arraycopy(tmp, a, order, dest, na);
            }
        }
    }

    /** Merges adjacent runs A and B (the shorter, copied aside), filling from the right. */
    private void mergeHigh(int baseA, int lengthA, int baseB, int lengthB) {
        int[] tmp = scratch(lengthB);
        System.arraycopy(order, baseB, tmp, 0, lengthB);
        int a = baseA + lengthA - 1;
        int b = lengthB - 1;
        int dest = baseB + lengthB - 1;
        int na = lengthA;
        int nb = lengthB;
        try {
            order[dest--] = order[a--];
            if (--na == 0 || nb == 1) {
                return;
            }
            int gallop = minGallop;
            while (true) {
                int aWins = 0;
                int bWins = 0;
                do {
                    if (lessThan(tmp[b], order[a])) {
                        order[dest--] = order[a--];
                        aWins++;
                        bWins = 0;
                        if (--na == 0) {
                            return;
                        }
                    } else {
                        order[dest--] = tmp[b--];
                        bWins++;
                        aWins = 0;
                        if (--nb == 1) {
                            return;
                        }
                    }
                } while (aWins < gallop && bWins < gallop);
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    aWins = na - gallopRight(tmp[b], order, baseA, na, na - 1);
                    if (aWins != 0) {
                        dest -= aWins;
                        a -= aWins;
                        System.arraycopy(order, a + 1, order, dest + 1, aWins);
                        na -= aWins;
                        if (na == 0) {
                            return;
                        }
                    }
                    order[dest--] = tmp[b--];
                    if (--nb == 1) {
                        return;
                    }
                    bWins = nb - gallopLeft(order[a], tmp, 0, nb, nb - 1);
                    if (bWins != 0) {
                        dest -= bWins;
                        b -= bWins;
                        System.arraycopy(tmp, b + 1, order, dest + 1, bWins);
                        nb -= bWins;
                        if (nb <= 1) {
                            return;
                        }
                    }
                    order[dest--] = order[a--];
                    if (--na == 0) {
                        return;
                    }
                } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
            }
        } finally {
            if (nb == 1 && na > 0) {
                // The first of B belongs before what remains of A.
                dest -= na;
                a -= na;
                System.arraycopy(order, a + 1, order, dest + 1, na);
                order[dest] = tmp[b];
            } else if (nb > 0) {
                System.arraycopy(tmp, 0, order, dest - (nb - 1), nb);
            }
        }
    }
}

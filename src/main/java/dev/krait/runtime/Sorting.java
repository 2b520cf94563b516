package dev.krait.runtime;

/**
 * {@code list.sort} and {@code sorted}: a stable merge sort that, as Python's, compares with {@code <} only and
 * computes each key once. It sorts positions rather than items so keys and items stay paired.
 */
public final class Sorting {
    private Sorting() {}

    /** Runs shorter than this are sorted by binary insertion before merging. */
    private static final int RUN = 32;

    public static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        Object[] keys = items;
        // While sorting, the list looks empty to key functions and comparisons, as in CPython.
        list.setContents(new Object[0], 0);
        int[] order;
        try {
            if (key != null && key != Ops.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, items[i]);
                }
            }
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = reverse ? n - 1 - i : i;
            }
            // Reversing before and after a stable sort keeps equal items in their original order.
            mergeSort(order, keys);
        } catch (PyException e) {
            list.setContents(items, n);
            throw e;
        }
        if (list.size() != 0) {
            list.setContents(items, n);
            throw Errors.valueError("list modified during sort");
        }
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = items[order[reverse ? n - 1 - i : i]];
        }
        list.setContents(sorted, n);
    }

    /** {@code reverse=} of sort and sorted: an integer flag (None is a TypeError, as in CPython). */
    static boolean reverseFlag(Object value) {
        if (value == null) {
            return false;
        }
        Object i = Ops.index(value);
        return !(i instanceof Long l && l == 0);
    }

    private static void mergeSort(int[] order, Object[] keys) {
        int n = order.length;
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(order, keys, lo, Math.min(lo + RUN, n));
        }
        int[] buffer = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo + width < n; lo += 2 * width) {
                merge(order, buffer, keys, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
    }

    private static void insertionSort(int[] order, Object[] keys, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int pivot = order[i];
            int lo = from;
            int hi = i;
            // Binary search for the first position whose key is greater than the pivot's (stable).
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lessThan(keys[pivot], keys[order[mid]])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(order, lo, order, lo + 1, i - lo);
            order[lo] = pivot;
        }
    }

    private static void merge(int[] order, int[] buffer, Object[] keys, int lo, int mid, int hi) {
        if (!lessThan(keys[order[mid]], keys[order[mid - 1]])) {
            return;
        }
        System.arraycopy(order, lo, buffer, lo, mid - lo);
        int i = lo;
        int j = mid;
        int out = lo;
        while (i < mid && j < hi) {
            order[out++] = lessThan(keys[order[j]], keys[buffer[i]]) ? order[j++] : buffer[i++];
        }
        while (i < mid) {
            order[out++] = buffer[i++];
        }
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return Compare.compareStrings(x, y) < 0;
        }
        return Ops.isTrue(Compare.compare(CompareOp.LT, a, b));
    }
}

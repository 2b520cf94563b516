package dev.krait.runtime;

/** {@code slice(start, stop, step)}; absent parts are None. */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return PyTypes.SLICE;
    }

    /** Resolved bounds for a sequence of a given length: start, stop, step and the slice length. */
    public record Bounds(long start, long stop, long step, int length) {}

    /** {@code slice.indices(length)} plus the resulting length, with CPython's clamping rules. */
    public Bounds indices(long length) {
        long st = step == Ops.NONE ? 1 : Ops.indexValue(checkIndex(step));
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (st == Long.MIN_VALUE) {
            st = -Long.MAX_VALUE;
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a = start == Ops.NONE ? (st < 0 ? upper : lower) : clamp(Ops.indexValue(checkIndex(start)), length, lower, upper);
        long b = stop == Ops.NONE ? (st < 0 ? lower : upper) : clamp(Ops.indexValue(checkIndex(stop)), length, lower, upper);
        long n;
        if (st > 0) {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        } else {
            n = a > b ? (a - b - 1) / -st + 1 : 0;
        }
        return new Bounds(a, b, st, (int) n);
    }

    private static Object checkIndex(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) {
            return o;
        }
        if (Ops.type(o).lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return o;
    }

    private static long clamp(long v, long length, long lower, long upper) {
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }
}

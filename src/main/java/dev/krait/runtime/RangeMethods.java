package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code range}. */
final class RangeMethods {
    private RangeMethods() {}

    static void init(PyType t) {
        Constructors.newFunction(t, "range(cls, /, *args)", a -> make((PyTuple) a[1]));
        method(t, "__repr__(self, /)", a -> {
            PyRange r = (PyRange) a[0];
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        });
        method(t, "__len__(self, /)", a -> ((PyRange) a[0]).length);
        method(t, "__iter__(self, /)", a -> new PyRange.Iterator((PyRange) a[0]));
        method(t, "__reversed__(self, /)", a -> {
            PyRange r = (PyRange) a[0];
            return new PyRange.Iterator(new PyRange(r.get(r.length - 1), r.start - r.step, -r.step));
        });
        method(t, "__bool__(self, /)", a -> ((PyRange) a[0]).length != 0);
        method(t, "__getitem__(self, key, /)", a -> {
            PyRange r = (PyRange) a[0];
            if (a[1] instanceof PySlice s) {
                PySlice.Bounds b = s.indices(r.length);
                return new PyRange(r.get(b.start()), r.get(b.stop()), r.step * b.step());
            }
            long i = Items.sequenceIndex(a[1], "range");
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw Errors.indexError("range object index out of range");
            }
            return r.get(i);
        });
        method(t, "__contains__(self, key, /)", a -> contains((PyRange) a[0], a[1]));
        method(t, "index(self, value, /)", a -> {
            PyRange r = (PyRange) a[0];
            if (!contains(r, a[1])) {
                throw Errors.valueError(Ops.repr(a[1]) + " is not in range");
            }
            return ((Long) Numbers.asInt(a[1]) - r.start) / r.step;
        });
        method(t, "count(self, value, /)", a -> contains((PyRange) a[0], a[1]) ? 1L : 0L);
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyRange o ? equal((PyRange) a[0], o) : Ops.NOT_IMPLEMENTED);
        method(t, "__hash__(self, /)", a -> {
            PyRange r = (PyRange) a[0];
            return Ops.hash(PyTuple.of(r.length, r.length == 0 ? Ops.NONE : r.start, r.length <= 1 ? Ops.NONE : r.step));
        });
        PyGetSet.readonly(t, "start", o -> ((PyRange) o).start);
        PyGetSet.readonly(t, "stop", o -> ((PyRange) o).stop);
        PyGetSet.readonly(t, "step", o -> ((PyRange) o).step);
    }

    static PyRange make(PyTuple args) {
        int n = args.size();
        if (n == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + n);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            Object x = Ops.index(args.get(i));
            if (!(x instanceof Long l)) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            v[i] = l;
        }
        return n == 1 ? new PyRange(0, v[0], 1) : new PyRange(v[0], v[1], n == 3 ? v[2] : 1);
    }

    static boolean contains(PyRange r, Object x) {
        if (x instanceof Long || x instanceof Boolean) {
            long v = (Long) Numbers.asInt(x);
            if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                return false;
            }
            return (v - r.start) % r.step == 0;
        }
        for (long i = 0; i < r.length; i++) {
            if (Ops.eq(r.get(i), x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(PyRange a, PyRange b) {
        if (a.length != b.length) {
            return false;
        }
        if (a.length == 0) {
            return true;
        }
        return a.start == b.start && (a.length == 1 || a.step == b.step);
    }
}

package dev.krait.runtime;

/** {@code range(start, stop, step)} over longs (ranges beyond long are rejected with OverflowError for now). */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return PyTypes.RANGE;
    }

    public long get(long i) {
        return start + i * step;
    }

    static final PyType RANGE_ITERATOR = PyIterator.iteratorType("range_iterator");

    /** Iterates a range without allocating anything but the yielded Longs. */
    public static final class Iterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public Iterator(PyRange r) {
            super(RANGE_ITERATOR);
            next = r.start;
            step = r.step;
            remaining = r.length;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }
}

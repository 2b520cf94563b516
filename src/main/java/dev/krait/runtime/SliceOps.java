package dev.krait.runtime;

import java.math.BigInteger;

/** Reading, assigning and deleting slices of lists, tuples and strings. */
final class SliceOps {
    private SliceOps() {}

    /**
     * {@code slice.indices(length)} for any int length: start, stop and step clamped as CPython's
     * _PySlice_GetLongIndices does.
     */
    static BigInteger[] bigIndices(PySlice s, BigInteger length) {
        BigInteger step = s.step == Ops.NONE ? BigInteger.ONE : sliceIndex(s.step);
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean negative = step.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == Ops.NONE ? (negative ? upper : lower) : clamp(sliceIndex(s.start), length,
                lower, upper);
        BigInteger stop = s.stop == Ops.NONE ? (negative ? lower : upper) : clamp(sliceIndex(s.stop), length, lower,
                upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger sliceIndex(Object o) {
        if (!Numbers.isInt(o) && Ops.type(o).lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Numbers.big(Ops.index(o));
    }

    private static BigInteger clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    static PyList getList(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size());
        return new PyList(select(l.array(), b), b.length());
    }

    static PyTuple getTuple(PyTuple t, PySlice s) {
        PySlice.Bounds b = s.indices(t.size());
        if (b.step() == 1 && b.length() == t.size()) {
            return t;
        }
        return PyTuple.of(select(t.array(), b));
    }

    static Object[] select(Object[] items, PySlice.Bounds b) {
        Object[] out = new Object[b.length()];
        if (b.step() == 1) {
            System.arraycopy(items, (int) b.start(), out, 0, b.length());
        } else {
            for (int i = 0; i < b.length(); i++) {
                out[i] = items[(int) (b.start() + i * b.step())];
            }
        }
        return out;
    }

    static String getStr(String s, PySlice sl) {
        boolean surrogates = Strings.hasSurrogates(s);
        int len = Strings.length(s);
        PySlice.Bounds b = sl.indices(len);
        if (b.step() == 1) {
            return Strings.substring(s, (int) b.start(), (int) b.start() + b.length());
        }
        StringBuilder out = new StringBuilder(b.length());
        if (!surrogates) {
            for (int i = 0; i < b.length(); i++) {
                out.append(s.charAt((int) (b.start() + i * b.step())));
            }
        } else {
            int[] cps = Strings.codePoints(s);
            for (int i = 0; i < b.length(); i++) {
                out.appendCodePoint(cps[(int) (b.start() + i * b.step())]);
            }
        }
        return out.toString();
    }

    static void setList(PyList l, PySlice s, Object value) {
        if (!(value instanceof PyList || value instanceof PyTuple) && Ops.type(value).lookup("__iter__") == null
                && Ops.type(value).lookup("__getitem__") == null) {
            // The slice's own indices are checked first (a zero step is a ValueError); the words depend on the step.
            boolean extended = s.indices(l.size()).step() != 1;
            throw Errors.typeError(extended ? "must assign iterable to extended slice" : "can only assign an iterable");
        }
        Object[] items = value == l ? l.toArray() : Iteration.toArray(value);
        PySlice.Bounds b = s.indices(l.size());
        if (b.step() == 1) {
            int start = (int) b.start();
            int stop = Math.max(start, (int) b.stop());
            l.replace(start, stop, items, items.length);
            return;
        }
        if (items.length != b.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + items.length
                    + " to extended slice of size " + b.length());
        }
        for (int i = 0; i < b.length(); i++) {
            l.set((int) (b.start() + i * b.step()), items[i]);
        }
    }

    static void deleteList(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size());
        if (b.length() == 0) {
            return;
        }
        if (b.step() == 1) {
            l.replace((int) b.start(), (int) b.start() + b.length(), new Object[0], 0);
            return;
        }
        boolean[] drop = new boolean[l.size()];
        for (int i = 0; i < b.length(); i++) {
            drop[(int) (b.start() + i * b.step())] = true;
        }
        Object[] kept = new Object[l.size() - b.length()];
        int k = 0;
        for (int i = 0; i < l.size(); i++) {
            if (!drop[i]) {
                kept[k++] = l.get(i);
            }
        }
        l.setContents(kept, k);
    }
}

package dev.krait.runtime;

/** Reading, assigning and deleting slices of lists, tuples and strings. */
final class SliceOps {
    private SliceOps() {}

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
        int len = surrogates ? s.codePointCount(0, s.length()) : s.length();
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

package dev.krait.runtime;

import java.util.Arrays;

/** An immutable sequence. The array is never modified after construction. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** Wraps {@code items} without copying: the caller gives up the array. */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple copyOf(Object[] items, int from, int to) {
        return of(Arrays.copyOfRange(items, from, to));
    }

    @Override
    public PyType type() {
        return PyTypes.TUPLE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public Object[] array() {
        return items;
    }
}

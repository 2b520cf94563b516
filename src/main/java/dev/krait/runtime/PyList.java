package dev.krait.runtime;

import java.util.Arrays;

/** A mutable sequence backed by a growable array. */
public final class PyList extends PyObject {
    private Object[] items;
    private int size;

    public PyList() {
        items = new Object[4];
    }

    /** An empty list with room for {@code capacity} items. */
    public PyList(int capacity) {
        items = new Object[Math.max(4, capacity)];
    }

    /** Wraps {@code items} without copying: the caller gives up the array. */
    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public static PyList of(Object... items) {
        return new PyList(items, items.length);
    }

    @Override
    public PyType type() {
        return PyTypes.LIST;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public void insert(int i, Object v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public Object remove(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        if (size == 0) {
            return; // nothing changes (list.sort relies on an empty list's array staying the same)
        }
        items = new Object[4];
        size = 0;
    }

    /** Replaces items [from, to) with {@code replacement}. */
    public void replace(int from, int to, Object[] replacement, int count) {
        int newSize = size - (to - from) + count;
        Object[] dst = newSize > items.length ? new Object[newSize + (newSize >> 3) + 4] : items;
        if (dst != items) {
            System.arraycopy(items, 0, dst, 0, from);
        }
        System.arraycopy(items, to, dst, from + count, size - to);
        System.arraycopy(replacement, 0, dst, from, count);
        for (int i = newSize; i < size; i++) {
            dst[i] = null;
        }
        items = dst;
        size = newSize;
    }

    public void extend(Object[] src, int count) {
        replace(size, size, src, count);
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (longer than {@link #size()}); callers must not keep it across mutations. */
    public Object[] array() {
        return items;
    }

    /** Replaces the whole contents (used by sort and reverse). */
    public void setContents(Object[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }
}

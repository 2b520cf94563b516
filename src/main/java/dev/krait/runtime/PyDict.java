package dev.krait.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered hash map with Python key semantics ({@code 1}, {@code 1.0} and {@code True} are one key).
 * Entries live in parallel arrays in insertion order; a separate open-addressing index maps hashes to entries.
 * Deleted entries leave holes that a resize compacts. {@link #sizeVersion} counts changes of size, so that
 * iterators can raise "dictionary changed size during iteration".
 */
public final class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;

    private int[] index;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entries appended so far, including deleted ones. */
    private int fill;
    /** Live entries. */
    private int used;
    private int sizeVersion;
    /**
     * Changes whenever a key may have moved to another entry or appeared or disappeared (inserts of new keys,
     * removals, resizes): while it is unchanged, a cached entry index for a key stays valid. Inline caches for
     * global names rely on it.
     */
    private int layoutVersion;

    public PyDict() {
        this(8);
    }

    public PyDict(int expected) {
        int cap = 8;
        while (cap * 2 < expected * 3) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int cap) {
        index = new int[cap];
        Arrays.fill(index, EMPTY);
        int entries = cap * 2 / 3 + 1;
        keys = new Object[entries];
        values = new Object[entries];
        hashes = new long[entries];
    }

    @Override
    public PyType type() {
        return PyTypes.DICT;
    }

    public int size() {
        return used;
    }

    public int sizeVersion() {
        return sizeVersion;
    }

    public int layoutVersion() {
        return layoutVersion;
    }

    /** The entry index holding {@code key} (see {@link #valueAt}), or -1. */
    public int entryOf(Object key) {
        return find(key, Ops.hash(key));
    }

    /** Entry slot holding {@code key}, or -1. */
    private int find(Object key, long hash) {
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0) {
                Object k = keys[e];
                if (k == key) {
                    return e;
                }
                if (hashes[e] == hash) {
                    int layout = layoutVersion;
                    boolean same = sameKey(k, key);
                    if (layout != layoutVersion) {
                        // The key's __eq__ changed this dict: start the probe again, as CPython does.
                        return find(key, hash);
                    }
                    if (same) {
                        return e;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    private static boolean sameKey(Object stored, Object key) {
        if (stored instanceof String s && key instanceof String k) {
            return s.equals(k);
        }
        return Ops.eq(stored, key);
    }

    public Object get(Object key) {
        int e = find(key, Ops.hash(key));
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    public void put(Object key, Object value) {
        long hash = Ops.hash(key);
        int e = find(key, hash);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        insertNew(key, hash, value);
    }

    /** {@code dict.setdefault}: the value of {@code key}, inserting {@code value} first if absent (one hash). */
    public Object setDefault(Object key, Object value) {
        long hash = Ops.hash(key);
        int e = find(key, hash);
        if (e >= 0) {
            return values[e];
        }
        insertNew(key, hash, value);
        return value;
    }

    private void insertNew(Object key, long hash, Object value) {
        if (fill == keys.length) {
            resize(used * 3 < index.length ? index.length : index.length * 2);
        }
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        index[i] = fill;
        keys[fill] = key;
        values[fill] = value;
        hashes[fill] = hash;
        fill++;
        used++;
        sizeVersion++;
        layoutVersion++;
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    public Object remove(Object key) {
        long hash = Ops.hash(key);
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return null;
            }
            boolean match = false;
            if (e >= 0 && keys[e] != key && hashes[e] == hash) {
                int layout = layoutVersion;
                match = sameKey(keys[e], key);
                if (layout != layoutVersion) {
                    return remove(key); // the key's __eq__ changed this dict: probe again
                }
            }
            if (e >= 0 && (keys[e] == key || match)) {
                Object old = values[e];
                index[i] = DELETED;
                keys[e] = null;
                values[e] = null;
                used--;
                sizeVersion++;
                layoutVersion++;
                return old;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    private void resize(int cap) {
        layoutVersion++;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldFill = fill;
        allocate(cap);
        fill = 0;
        used = 0;
        int version = sizeVersion;
        for (int e = 0; e < oldFill; e++) {
            if (oldKeys[e] != null) {
                insertNew(oldKeys[e], oldHashes[e], oldValues[e]);
            }
        }
        sizeVersion = version;
    }

    public void clear() {
        allocate(8);
        fill = 0;
        used = 0;
        sizeVersion++;
        layoutVersion++;
    }

    /** The first live entry at or after {@code pos}, or -1: iterate with {@code for (i = next(0); i >= 0; i = next(i + 1))}. */
    public int next(int pos) {
        for (int e = pos; e < fill; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** Entries in use so far, deleted ones included: the bound for entry indexes. */
    public int entryLimit() {
        return fill;
    }

    /** Replaces the value of a live entry (the key stays). */
    public void setValueAt(int entry, Object value) {
        values[entry] = value;
    }

    public Object keyAt(int entry) {
        return keys[entry];
    }

    public Object valueAt(int entry) {
        return values[entry];
    }

    /** Removes and returns the last entry's position for popitem, or -1 when empty. */
    public int lastEntry() {
        for (int e = fill - 1; e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    public PyDict copy() {
        PyDict d = new PyDict(used);
        for (int e = next(0); e >= 0; e = next(e + 1)) {
            d.insertNew(keys[e], hashes[e], values[e]);
        }
        return d;
    }

    /** Convenience for Java callers holding str keys. */
    public Object getStr(String key) {
        return get(key);
    }
}

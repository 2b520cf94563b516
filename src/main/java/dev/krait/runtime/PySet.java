package dev.krait.runtime;

/**
 * {@code set} and {@code frozenset}. The table is laid out exactly as CPython lays out its sets (open addressing,
 * short linear probes, then perturbed probing; the same growth rule), because programs print sets and the
 * iteration order must come out the same.
 */
public final class PySet extends PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** Marks a deleted slot (CPython's dummy); its hash is -1. */
    private static final Object DUMMY = new Object();

    private final boolean frozen;
    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    private int used;
    /** Where {@link #pop()} resumes its scan. */
    private int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
    }

    @Override
    public PyType type() {
        return frozen ? PyTypes.FROZENSET : PyTypes.SET;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    public boolean contains(Object key) {
        Object k = asKey(key);
        return findSlot(k, Ops.hash(k)) >= 0;
    }

    /**
     * A set (or an instance of a set subclass without a hash) used as an element in a lookup stands for the
     * frozenset with the same members, as in CPython.
     */
    private static Object asKey(Object key) {
        if (key instanceof PySet s) {
            return s.frozen ? key : s.copy(true);
        }
        if (BuiltinSubclasses.valueOf(key) instanceof PySet s && !s.frozen
                && Ops.type(key).lookup("__hash__") == Ops.NONE) {
            return s.copy(true);
        }
        return key;
    }

    /** Membership of a key whose hash is known (taken from another set's table). */
    boolean containsEntry(Object key, long hash) {
        return findSlot(key, hash) >= 0;
    }

    private int findSlot(Object key, long hash) {
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key}; returns false if it was already present. */
    public boolean add(Object key) {
        return addEntry(key, Ops.hash(key));
    }

    /** Adds a key whose hash is known; returns false if it was already present. */
    boolean addEntry(Object key, long hash) {
        int i = (int) hash & mask;
        long perturb = hash;
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    // CPython 3.11 reuses the last dummy passed before the free slot, not the first.
                    freeSlot = j;
                } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; returns false if it was absent. */
    public boolean discard(Object key) {
        Object k = asKey(key);
        return discardEntry(k, Ops.hash(k));
    }

    /** Removes a key whose hash is known; returns false if it was absent. */
    boolean discardEntry(Object key, long hash) {
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    /** Inserts into a table known to hold no equal key and no dummies. */
    private void insertClean(Object key, long hash) {
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** After many removals: rebuilds the table when over a quarter of the slots are dummies, as CPython does. */
    void compactIfSparse() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Takes over another set's table (CPython's set_swap_bodies, for intersection_update). */
    void takeContents(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    /** Adds every element of {@code other}, the way CPython's set_merge does (which decides the layout). */
    public void addAll(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** Adds every key of a dict, growing once first as CPython does. */
    public void addAllKeys(PyDict d) {
        if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
            resize((used + d.size()) * 2);
        }
        for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
            add(d.keyAt(e));
        }
    }

    /** Adds every item of any iterable. */
    public void update(Object iterable) {
        // Another set's elements are copied from its table, even when a subclass overrides __iter__.
        if (BuiltinSubclasses.valueOf(iterable) instanceof PySet s) {
            addAll(s);
        } else if (iterable instanceof PyDict d) {
            addAllKeys(d);
        } else {
            Object it = Iteration.iter(iterable);
            for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                add(x);
            }
        }
    }

    /** Removes and returns an arbitrary element (the same one CPython would), or null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.addAll(this);
        return s;
    }

    /** The first occupied slot at or after {@code pos}, or -1: iterate with {@code next(0)}, {@code next(i + 1)}. */
    public int next(int pos) {
        for (int i = pos; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    public Object keyAt(int slot) {
        return keys[slot];
    }

    long hashAt(int slot) {
        return hashes[slot];
    }
}

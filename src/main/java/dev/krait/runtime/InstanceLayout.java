package dev.krait.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The attribute names an instance has acquired, in order (a "hidden class"). Instances of a class that set the same
 * attributes in the same order share one layout and keep just an array of values, so once an inline cache knows
 * the layout an attribute access is an array index, and an instance costs a few words instead of a hash table.
 * The layouts of a class form a tree rooted at the empty layout, each adding one name to its parent. A layout never
 * changes (only its table of children grows, under a lock), so caches and threads can share it.
 */
public final class InstanceLayout {
    /** An instance with more attributes than this keeps a dict instead (objects used as open-ended records). */
    static final int MAX_NAMES = 48;

    /** The class whose instances have this layout. */
    public final PyType type;
    private final String[] names;
    /** One bit per name (by hash code), so most absent names are ruled out without a search. */
    private final long nameBits;
    private final InstanceLayout root;
    /** The child layouts, by the name each adds; guarded by this layout's lock. */
    private Map<String, InstanceLayout> children;
    /** On the root: the most attributes an instance of the class reached, the size new value arrays start at. */
    private volatile int expectedSize;

    private InstanceLayout(PyType type, String[] names, long nameBits, InstanceLayout root) {
        this.type = type;
        this.names = names;
        this.nameBits = nameBits;
        this.root = root == null ? this : root;
    }

    /** The empty layout that every instance of {@code type} starts with. */
    static InstanceLayout root(PyType type) {
        return new InstanceLayout(type, new String[0], 0, null);
    }

    public int size() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    private static long bit(String name) {
        return 1L << (name.hashCode() & 63);
    }

    /** Where {@code name} sits in the values of instances with this layout, or -1. */
    public int indexOf(String name) {
        if ((nameBits & bit(name)) == 0) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n == name || (n.hashCode() == name.hashCode() && n.equals(name))) {
                return i;
            }
        }
        return -1;
    }

    /** The layout with {@code name} added at the end (at index {@link #size()}), or null past {@link #MAX_NAMES}. */
    public InstanceLayout with(String name) {
        if (names.length >= MAX_NAMES) {
            return null;
        }
        synchronized (this) {
            if (children == null) {
                children = new HashMap<>();
            }
            InstanceLayout child = children.get(name);
            if (child == null) {
                String[] more = java.util.Arrays.copyOf(names, names.length + 1);
                more[names.length] = name.intern();
                child = new InstanceLayout(type, more, nameBits | bit(name), root);
                children.put(more[names.length], child);
                if (more.length > root.expectedSize) {
                    root.expectedSize = more.length;
                }
            }
            return child;
        }
    }

    /** How many values to allocate for an instance that is about to get its first attribute. */
    int expectedSize() {
        return Math.max(root.expectedSize, 1);
    }
}

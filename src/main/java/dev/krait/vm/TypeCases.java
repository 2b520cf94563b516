package dev.krait.vm;

import dev.krait.runtime.PyType;

/**
 * The type-keyed cases of a polymorphic inline cache: up to {@link #LIMIT} (type, type version, value) triples.
 * A site in a base-class method sees instances of several subclasses; each gets its own case instead of the site
 * flipping between them. Immutable, so threads can share it; adding a case makes a new one.
 */
final class TypeCases {
    /** How many types one site serves; beyond that the oldest case gives way. */
    static final int LIMIT = 4;

    private final PyType[] types;
    private final int[] versions;
    private final Object[] values;

    private TypeCases(PyType[] types, int[] versions, Object[] values) {
        this.types = types;
        this.versions = versions;
        this.values = values;
    }

    static TypeCases of(PyType type, Object value) {
        return new TypeCases(new PyType[] {type}, new int[] {type.version()}, new Object[] {value});
    }

    /** The value cached for {@code type}, or null when it has no case or has changed since. */
    Object valueFor(PyType type) {
        for (int k = 0; k < types.length; k++) {
            if (types[k] == type) {
                return type.version() == versions[k] ? values[k] : null;
            }
        }
        return null;
    }

    /** These cases, less those of changed types and of {@code type} itself, plus {@code type}'s new case. */
    TypeCases with(PyType type, Object value) {
        PyType[] t = new PyType[LIMIT];
        int[] v = new int[LIMIT];
        Object[] x = new Object[LIMIT];
        int n = 0;
        for (int k = Math.max(0, types.length - (LIMIT - 1)); k < types.length; k++) {
            if (types[k] != type && types[k].version() == versions[k]) {
                t[n] = types[k];
                v[n] = versions[k];
                x[n++] = values[k];
            }
        }
        t[n] = type;
        v[n] = type.version();
        x[n++] = value;
        return new TypeCases(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(v, n),
                java.util.Arrays.copyOf(x, n));
    }
}

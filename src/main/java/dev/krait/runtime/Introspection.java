package dev.krait.runtime;

import java.util.Map;
import java.util.TreeSet;

/** {@code id()}, {@code dir()} and the address shown in default reprs. */
public final class Introspection {
    private Introspection() {}

    /**
     * A stable per-object number for {@code id()} and reprs. Identity hash codes are not unique, so two live objects
     * may share an id: acceptable for printing, and {@code is} never uses it.
     */
    public static long id(Object o) {
        return 0x7f0000000000L | ((long) System.identityHashCode(o) << 4);
    }

    static String address(Object o) {
        return "0x" + Long.toHexString(id(o));
    }

    /**
     * {@code object.__dir__}: the keys of the object's {@code __dict__} attribute plus every attribute along the MRO
     * of its {@code __class__} attribute, sorted. Both are looked up as attributes, as in CPython, so a bound method
     * lists its function's attributes and a proxy can present another class. A class lists its own MRO.
     */
    public static PyList dir(Object o) {
        TreeSet<String> names = new TreeSet<>(Compare::compareStrings);
        PyDict d = o instanceof PyType ? Attributes.instanceDict(o)
                : Attributes.find(o, "__dict__") instanceof PyDict attr ? attr : null;
        if (d != null) {
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                if (d.keyAt(e) instanceof String s) {
                    names.add(s);
                }
            }
        }
        PyType t = o instanceof PyType type ? type
                : Attributes.find(o, "__class__") instanceof PyType claimed ? claimed : null;
        for (PyType k : t == null ? new PyType[0] : t.mro()) {
            names.addAll(k.dict().keySet());
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(n);
        }
        return out;
    }
}

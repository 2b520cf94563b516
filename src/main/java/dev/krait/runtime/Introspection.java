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

    /** {@code dir(obj)}: instance dict keys plus every attribute along the type's MRO, sorted. */
    public static PyList dir(Object o) {
        TreeSet<String> names = new TreeSet<>(Compare::compareStrings);
        PyDict d = Attributes.instanceDict(o);
        if (d != null) {
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                if (d.keyAt(e) instanceof String s) {
                    names.add(s);
                }
            }
        }
        PyType t = o instanceof PyType type ? type : Ops.type(o);
        for (PyType k : t.mro()) {
            for (Map.Entry<String, Object> e : k.dict().entrySet()) {
                names.add(e.getKey());
            }
        }

        PyList out = new PyList();
        for (String n : names) {
            out.append(n);
        }
        return out;
    }
}

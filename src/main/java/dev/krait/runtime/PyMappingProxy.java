package dev.krait.runtime;

import java.util.Map;

/** A read-only view of a class namespace ({@code cls.__dict__}). */
public final class PyMappingProxy extends PyObject {
    static final PyType TYPE = PyTypes.fixed("mappingproxy", t -> {
        PyBuiltinFunction.method(t, "__getitem__(self, key, /)", a -> {
            Object v = a[1] instanceof String k ? ((PyMappingProxy) a[0]).map.get(k) : null;
            if (v == null) {
                throw Errors.keyError(a[1]);
            }
            return v;
        });
        PyBuiltinFunction.method(t, "__len__(self, /)", a -> (long) ((PyMappingProxy) a[0]).map.size());
        PyBuiltinFunction.method(t, "__iter__(self, /)", a -> Iteration.iter(((PyMappingProxy) a[0]).toDict()));
        PyBuiltinFunction.method(t, "__contains__(self, key, /)",
                a -> a[1] instanceof String k && ((PyMappingProxy) a[0]).map.containsKey(k));
        PyBuiltinFunction.method(t, "keys(self, /)", a -> Ops.callSpecial(((PyMappingProxy) a[0]).toDict(), "keys"));
        PyBuiltinFunction.method(t, "values(self, /)",
                a -> Ops.callSpecial(((PyMappingProxy) a[0]).toDict(), "values"));
        PyBuiltinFunction.method(t, "items(self, /)", a -> Ops.callSpecial(((PyMappingProxy) a[0]).toDict(), "items"));
        PyBuiltinFunction.method(t, "get(self, key, default=None, /)", a -> {
            Object v = a[1] instanceof String k ? ((PyMappingProxy) a[0]).map.get(k) : null;
            return v != null ? v : a[2] != null ? a[2] : Ops.NONE;
        });
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> "mappingproxy(" + Ops.repr(((PyMappingProxy) a[0]).toDict()) + ")");
    });

    private final Map<String, Object> map;

    PyMappingProxy(Map<String, Object> map) {
        this.map = map;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyDict toDict() {
        PyDict d = new PyDict(map.size());
        for (Map.Entry<String, Object> e : map.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }
}

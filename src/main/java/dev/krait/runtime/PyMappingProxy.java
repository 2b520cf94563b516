package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.Map;

/**
 * A live read-only view of a mapping: a class namespace ({@code cls.__dict__}) or a dict
 * ({@code d.keys().mapping}).
 */
public final class PyMappingProxy extends PyObject {
    static final PyType TYPE = PyTypes.fixed("mappingproxy", t -> {
        method(t, "__getitem__(self, key, /)", a -> {
            Object v = ((PyMappingProxy) a[0]).get(a[1]);
            if (v == null) {
                throw Errors.keyError(a[1]);
            }
            return v;
        });
        method(t, "__len__(self, /)", a -> (long) ((PyMappingProxy) a[0]).size());
        method(t, "__iter__(self, /)", a -> Iteration.iter(((PyMappingProxy) a[0]).asDict()));
        method(t, "__reversed__(self, /)", a -> Ops.callSpecial(((PyMappingProxy) a[0]).asDict(), "__reversed__"));
        method(t, "__contains__(self, key, /)", a -> ((PyMappingProxy) a[0]).get(a[1]) != null);
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            method(t, name + "(self, /)", a -> Ops.callSpecial(((PyMappingProxy) a[0]).asDict(), name));
        }
        method(t, "get(self, key, default=None, /)", a -> {
            Object v = ((PyMappingProxy) a[0]).get(a[1]);
            return v != null ? v : a[2] != null ? a[2] : Ops.NONE;
        });
        method(t, "__or__(self, value, /)", a -> Arith.binary(BinaryOp.OR, unwrap(a[0]), unwrap(a[1]), false));
        method(t, "__ror__(self, value, /)", a -> Arith.binary(BinaryOp.OR, unwrap(a[1]), unwrap(a[0]), false));
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> Compare.compare(op, unwrap(a[0]), a[1]));
        }
        method(t, "__repr__(self, /)", a -> "mappingproxy(" + Ops.repr(((PyMappingProxy) a[0]).asDict()) + ")");
        method(t, "__str__(self, /)", a -> Ops.str(((PyMappingProxy) a[0]).asDict()));
    });

    /** The class namespace viewed, or null when viewing {@link #dict}. */
    private final Map<String, Object> namespace;
    /** The dict viewed, or null when viewing {@link #namespace}. */
    private final PyDict dict;

    PyMappingProxy(Map<String, Object> namespace) {
        this.namespace = namespace;
        this.dict = null;
    }

    PyMappingProxy(PyDict dict) {
        this.namespace = null;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static Object unwrap(Object o) {
        return o instanceof PyMappingProxy p ? p.asDict() : o;
    }

    private Object get(Object key) {
        if (dict != null) {
            return dict.get(key);
        }
        return key instanceof String k ? namespace.get(k) : null;
    }

    private int size() {
        return dict != null ? dict.size() : namespace.size();
    }

    /** The dict viewed, or a snapshot of the class namespace as a dict. */
    PyDict asDict() {
        if (dict != null) {
            return dict;
        }
        PyDict d = new PyDict(namespace.size());
        for (Map.Entry<String, Object> e : namespace.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }
}

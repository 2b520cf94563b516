package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * {@code types.SimpleNamespace}: an object that is nothing but its attribute dict, made from keyword arguments and
 * printed as {@code namespace(a=1, b=2)}. {@code sys.implementation} is one.
 */
public final class PySimpleNamespace extends PyObject {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PyTypes.OBJECT, true, PySimpleNamespace::new,
            PySimpleNamespace::init);

    static {
        TYPE.setModule("types");
    }

    private final PyType type;
    private final PyDict dict = new PyDict();

    private PySimpleNamespace(PyType type) {
        this.type = type;
    }

    /** A namespace holding {@code attributes} (name, value, name, value...) in that order. */
    public static PySimpleNamespace of(Object... attributes) {
        PySimpleNamespace ns = new PySimpleNamespace(TYPE);
        for (int i = 0; i < attributes.length; i += 2) {
            ns.dict.put(attributes[i], attributes[i + 1]);
        }
        return ns;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private static void init(PyType t) {
        Constructors.newFunction(t, "SimpleNamespace(cls, *args, **kwargs)",
                a -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0]));
        Constructors.initMethod(t, "__init__(self, /, *args, **kwargs)", a -> {
            if (((PyTuple) a[1]).size() != 0) {
                throw Errors.typeError("no positional arguments expected");
            }
            PyDict kwargs = (PyDict) a[2];
            for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1)) {
                ((PySimpleNamespace) a[0]).dict.put(kwargs.keyAt(e), kwargs.valueAt(e));
            }
            return Ops.NONE;
        });
        PyGetSet.readonlyMember(t, "__dict__", o -> ((PySimpleNamespace) o).dict);
        method(t, "__repr__(self, /)", a -> repr((PySimpleNamespace) a[0]));
        // Every comparison is the dicts' (so < between namespaces is refused in the words of dict).
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> a[1] instanceof PySimpleNamespace other
                    ? Compare.compare(op, ((PySimpleNamespace) a[0]).dict, other.dict) : Ops.NOT_IMPLEMENTED);
        }
        t.dict().put("__hash__", Ops.NONE);
        method(t, "__reduce__(self, /)", a -> PyTuple.of(Ops.type(a[0]), PyTuple.EMPTY,
                ((PySimpleNamespace) a[0]).dict));
    }

    /**
     * {@code namespace(a=1, b=2)} (a subclass shows its own name), listing the attributes whose names are
     * non-empty strings; a namespace inside itself is {@code namespace(...)}.
     */
    private static String repr(PySimpleNamespace ns) {
        String name = ns.type == TYPE ? "namespace" : ns.type.name;
        ThreadState ts = ThreadState.current();
        if (!ts.enterRepr(ns)) {
            return name + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder(name).append('(');
            String separator = "";
            for (int e = ns.dict.next(0); e >= 0; e = ns.dict.next(e + 1)) {
                if (ns.dict.keyAt(e) instanceof String key && !key.isEmpty()) {
                    b.append(separator).append(key).append('=').append(Ops.repr(ns.dict.valueAt(e)));
                    separator = ", ";
                }
            }
            return b.append(')').toString();
        } finally {
            ts.exitRepr(ns);
        }
    }
}

package dev.krait.runtime;

/** {@code staticmethod(f)}: a class attribute that yields {@code f} unbound. */
public final class PyStaticMethod extends PyDescriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyTypes.OBJECT, true, null, t -> {
        Constructors.newFunction(t, "staticmethod(cls, function, /)", a -> new PyStaticMethod(a[1]));
        PyGetSet.readonly(t, "__func__", o -> ((PyStaticMethod) o).function);
        registerProtocol(t, false);
        PyBuiltinFunction.method(t, "__call__(self, /, *args, **kwargs)", a -> {
            PyDict kw = (PyDict) a[2];
            Object[] pos = ((PyTuple) a[1]).array();
            Object[] all = java.util.Arrays.copyOf(pos, pos.length + kw.size());
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            int k = 0;
            for (int e = kw.next(0); e >= 0; e = kw.next(e + 1)) {
                names[k] = (String) kw.keyAt(e);
                all[pos.length + k++] = kw.valueAt(e);
            }
            return Ops.call(((PyStaticMethod) a[0]).function, all, names);
        });
    });

    public final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object get(Object obj, PyType type) {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Ops.call(function, args, kwnames);
    }
}

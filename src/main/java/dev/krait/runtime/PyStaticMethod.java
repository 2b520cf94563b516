package dev.krait.runtime;

/** {@code staticmethod(f)}: a class attribute that yields {@code f} unbound. */
public final class PyStaticMethod extends PyDescriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyTypes.OBJECT, true, null, t -> {
        Constructors.newFunction(t, "staticmethod(cls, function, /)", a -> new PyStaticMethod(a[1]));
        PyGetSet.readonly(t, "__func__", o -> ((PyStaticMethod) o).function);
        PyGetSet.readonly(t, "__wrapped__", o -> ((PyStaticMethod) o).function);
        for (String attr : new String[] {"__name__", "__qualname__", "__doc__"}) {
            PyGetSet.readonly(t, attr, o -> Attributes.get(((PyStaticMethod) o).function, attr));
        }
        registerProtocol(t, false);
        PyBuiltinFunction.registerCall(t);
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

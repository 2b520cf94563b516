package dev.krait.runtime;

/** {@code staticmethod(f)}: a class attribute that yields {@code f} unbound. */
public final class PyStaticMethod extends PyDescriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyTypes.OBJECT, true, null, t -> {
        Constructors.newFunction(t, "staticmethod(cls, function, /)", a -> new PyStaticMethod(a[1]));
        registerWrapper(t, o -> ((PyStaticMethod) o).function);
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

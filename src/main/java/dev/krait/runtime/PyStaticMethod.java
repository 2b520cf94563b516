package dev.krait.runtime;

/** {@code staticmethod(f)}: a class attribute that yields {@code f} unbound. */
public final class PyStaticMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyTypes.OBJECT, true, null, t -> {
        Constructors.newFunction(t, "staticmethod(cls, function, /)", a -> new PyStaticMethod(a[1]));
        register(t);
        PyBuiltinFunction.registerCall(t);
    });

    public PyStaticMethod(Object function) {
        super(function);
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

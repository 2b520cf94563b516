package dev.krait.runtime;

/** {@code classmethod(f)}: a class attribute that binds {@code f} to the class. */
public final class PyClassMethod extends PyFunctionWrapper {
    public static final PyType TYPE = PyType.builtin("classmethod", PyTypes.OBJECT, true, null, t -> {
        Constructors.newFunction(t, "classmethod(cls, function, /)", a -> new PyClassMethod(a[1]));
        register(t);
    });

    public PyClassMethod(Object function) {
        super(function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object get(Object obj, PyType type) {
        return new PyMethod(function, type != null ? type : Ops.type(obj));
    }
}

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
        PyType owner = type != null ? type : Ops.type(obj);
        if (!(function instanceof PyObject p && p.bindsAsMethod())) {
            // Since 3.9 a wrapped descriptor (a property, say) is bound to the class through its own __get__.
            Object get = Ops.type(function).lookup("__get__");
            if (get != null) {
                return Ops.callMethod(get, function, owner, owner);
            }
        }
        return new PyMethod(function, owner);
    }
}

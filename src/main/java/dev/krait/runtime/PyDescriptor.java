package dev.krait.runtime;

/**
 * A built-in descriptor: an object that, found on a type, computes the attribute ({@code property}, attribute
 * getters of built-in types, {@code classmethod}, {@code staticmethod}).
 */
public abstract class PyDescriptor extends PyObject {
    /** The attribute's value for {@code obj} (null when accessed on the class itself). */
    public abstract Object get(Object obj, PyType type);

    /** Whether this descriptor takes precedence over the instance dict (it defines {@code __set__}). */
    public boolean isData() {
        return false;
    }

    /** Registers {@code __get__} (and, for data descriptors, {@code __set__}/{@code __delete__}) on a descriptor type. */
    static void registerProtocol(PyType t, boolean data) {
        PyBuiltinFunction.method(t, "__get__(self, instance, owner=None, /)", a -> {
            checkGetArguments(a[1], a[2]);
            if (a[1] != PyTypes.NONE) {
                ((PyDescriptor) a[0]).checkApplies(a[1]);
            }
            return ((PyDescriptor) a[0]).get(a[1] == PyTypes.NONE ? null : a[1],
                    a[2] instanceof PyType o ? o : a[1] == PyTypes.NONE ? null : Ops.type(a[1]));
        });
        if (data) {
            PyBuiltinFunction.method(t, "__set__(self, instance, value, /)", a -> {
                ((PyDescriptor) a[0]).checkApplies(a[1]);
                ((PyDescriptor) a[0]).set(a[1], a[2]);
                return PyTypes.NONE;
            });
            PyBuiltinFunction.method(t, "__delete__(self, instance, /)", a -> {
                ((PyDescriptor) a[0]).checkApplies(a[1]);
                ((PyDescriptor) a[0]).set(a[1], null);
                return PyTypes.NONE;
            });
        }
    }

    /** The arguments of a built-in descriptor's {@code __get__}: not both None (or missing). */
    public static void checkGetArguments(Object instance, Object owner) {
        if (instance == PyTypes.NONE && (owner == null || owner == PyTypes.NONE)) {
            throw Errors.typeError("__get__(None, None) is invalid");
        }
    }

    /**
     * Refuses an object this descriptor cannot work on, when its {@code __get__}/{@code __set__} is called
     * directly (attribute access only ever passes suitable ones).
     */
    void checkApplies(Object obj) {
    }

    /** Sets (value non-null) or deletes (null) the attribute. */
    public void set(Object obj, Object value) {
        throw Errors.attributeError("readonly attribute");
    }
}

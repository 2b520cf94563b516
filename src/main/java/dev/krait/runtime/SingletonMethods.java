package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of NoneType, NotImplementedType and ellipsis, whose constructors return their one instance. */
final class SingletonMethods {
    private SingletonMethods() {}

    static void initNone(PyType t) {
        init(t, "NoneType", PyTypes.NONE);
        method(t, "__bool__(self, /)", a -> false);
    }

    static void initNotImplemented(PyType t) {
        init(t, "NotImplementedType", PyTypes.NOT_IMPLEMENTED);
        method(t, "__bool__(self, /)", a -> {
            Warnings.deprecation("NotImplemented should not be used in a boolean context");
            return true;
        });
    }

    static void initEllipsis(PyType t) {
        init(t, "EllipsisType", PyTypes.ELLIPSIS);
    }

    /** {@code repr}, and a {@code __new__} returning {@code instance}; {@code name} words the error for arguments. */
    private static void init(PyType t, String name, Object instance) {
        method(t, "__repr__(self, /)", a -> a[0].toString());
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)", a -> {
            if (((PyTuple) a[1]).size() > 0 || ((PyDict) a[2]).size() > 0) {
                throw Errors.typeError(name + " takes no arguments");
            }
            return instance;
        }));
    }
}

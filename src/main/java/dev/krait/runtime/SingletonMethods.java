package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of NoneType, NotImplementedType and ellipsis. */
final class SingletonMethods {
    private SingletonMethods() {}

    static void initNone(PyType t) {
        initOther(t);

        method(t, "__bool__(self, /)", a -> false);
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, /)", a -> PyTypes.NONE));
    }

    static void initOther(PyType t) {
        method(t, "__repr__(self, /)", a -> a[0].toString());
    }
}

package dev.krait.runtime;

/** Methods of {@code complex}; arithmetic on complex numbers is still to come. */
final class ComplexMethods {
    private ComplexMethods() {}

    static void init(PyType t) {
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> ((PyComplex) a[0]).repr());
    }
}

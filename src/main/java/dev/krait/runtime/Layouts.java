package dev.krait.runtime;

/**
 * Instance layouts, as CPython checks them when a class is created: every base has a solid base (the type that
 * fixed its instances' layout: object, int, list, BaseException, a class with {@code __slots__}...), and a class
 * can only combine bases whose solid bases lie on one line of inheritance. {@code class C(int, str)} would need
 * an object that is both an int and a str, so it is refused even though Krait could represent it.
 */
final class Layouts {
    private Layouts() {}

    /**
     * The base whose layout a class with these bases extends (its {@code __base__}): the one with the most derived
     * solid base. Raises TypeError for a base that cannot be subclassed or for conflicting layouts.
     */
    static PyType bestBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            if (!b.subclassable) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
            if (best == null || b.solidBase().isSubtypeOf(best.solidBase()) && b.solidBase() != best.solidBase()) {
                best = b;
            } else if (!best.solidBase().isSubtypeOf(b.solidBase())) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }
}

package dev.krait.runtime;

/** {@code None}, {@code NotImplemented} and {@code Ellipsis}: objects that are alone in their type. */
public final class PySingleton extends PyObject {
    private final String repr;
    private final PyType type;

    PySingleton(String repr, PyType type) {
        this.repr = repr;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return repr;
    }
}

package dev.krait.runtime;

/** A variable shared between a function and the closures nested in it; {@code value} null means unbound. */
public final class PyCell extends PyObject {
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return PyTypes.CELL;
    }
}

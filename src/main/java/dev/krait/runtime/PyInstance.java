package dev.krait.runtime;

/** An instance of a user class whose solid base is {@code object}: a type pointer and an attribute dict. */
public final class PyInstance extends PyObject {
    private PyType type;
    public final PyDict dict = new PyDict();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Assignment to {@code __class__}. */
    public void setType(PyType type) {
        this.type = type;
    }
}

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

    /** Sets (value non-null) or deletes (null) the attribute. */
    public void set(Object obj, Object value) {
        throw Errors.attributeError("readonly attribute");
    }
}

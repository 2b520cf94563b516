package dev.krait.runtime;

/**
 * A built-in iterator. {@link #next()} returns null at exhaustion instead of raising StopIteration, so
 * {@code for} loops over built-in iterables never throw.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** A built-in iterator type: {@code __iter__} returns self, {@code __next__} advances. */
    public static PyType iteratorType(String name) {
        return PyTypes.fixed(name, Iteration::initIteratorType);
    }
}

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

    /**
     * What {@code __length_hint__} returns: the number of items left (a Long or, for huge ranges, a BigInteger),
     * or NotImplemented when unknown. Called only on types made by {@link #sizedIteratorType}.
     */
    public Object lengthHint() {
        return Ops.NOT_IMPLEMENTED;
    }

    /** A built-in iterator type: {@code __iter__} returns self, {@code __next__} advances. */
    public static PyType iteratorType(String name) {
        return PyTypes.fixed(name, Iteration::initIteratorType);
    }

    /** A built-in iterator type that also has {@code __length_hint__}, as CPython's sequence iterators do. */
    public static PyType sizedIteratorType(String name) {
        return PyTypes.fixed(name, t -> {
            Iteration.initIteratorType(t);
            Iteration.addLengthHint(t);
        });
    }
}

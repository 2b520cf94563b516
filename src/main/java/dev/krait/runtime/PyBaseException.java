package dev.krait.runtime;

/**
 * A Python exception object (an instance of {@code BaseException} or a subclass). It is thrown wrapped in a
 * {@link PyException}; {@link #asThrowable()} makes that wrapper once and reuses it.
 */
public final class PyBaseException extends PyObject {
    private PyType type;
    public PyTuple args;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Attributes set on the instance ({@code __notes__}, SyntaxError's fields, user attributes). */
    public final PyDict dict = new PyDict();
    private PyException throwable;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public PyBaseException(PyType type) {
        this(type, PyTuple.EMPTY);
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    /** The Java throwable carrying this exception. */
    public PyException asThrowable() {
        PyException t = throwable;
        if (t == null) {
            t = new PyException(this);
            throwable = t;
        }
        return t;
    }

    /** The first argument, or None: {@code StopIteration.value}, {@code SystemExit.code}. */
    public Object firstArg() {
        return args.size() > 0 ? args.get(0) : PyTypes.NONE;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }
}

package dev.krait.runtime;

/**
 * The Java throwable that carries a Python exception object up the Java stack. It records no Java stack trace:
 * Python tracebacks are built from interpreter frames as the exception unwinds.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + Ops.str(value);
    }
}

package dev.krait.runtime;

/** Builds the Python exceptions the runtime raises: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    public static PyException raise(PyType type, String message) {
        return new PyBaseException(type, PyTuple.of(message)).asThrowable();
    }

    /**
     * "{@code what} must be {@code expected}, not X" for a built-in's argument of the wrong type, where X is the
     * argument's type name, or "None" for None (CPython's argument parser words it so).
     */
    public static PyException argumentType(String what, String expected, Object arg) {
        return typeError(what + " must be " + expected + ", not " + (arg == Ops.NONE ? "None" : Ops.typeName(arg)));
    }

    /** MemoryError with no arguments, as CPython raises it when an allocation fails. */
    public static PyException memoryError() {
        return new PyBaseException(ExceptionTypes.MEMORY_ERROR, PyTuple.EMPTY).asThrowable();
    }

    public static PyException typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    /** {@code io.UnsupportedOperation}, e.g. "not readable" from reading sys.stdout. */
    public static PyException unsupportedOperation(String message) {
        return raise(PyFile.UNSUPPORTED_OPERATION, message);
    }

    public static PyException attributeError(String message) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException nameError(String message) {
        return raise(ExceptionTypes.NAME_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(ExceptionTypes.RUNTIME_ERROR, message);
    }

    public static PyException keyError(Object key) {
        return new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(key)).asThrowable();
    }

    public static PyException stopIteration() {
        return new PyBaseException(ExceptionTypes.STOP_ITERATION).asThrowable();
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PyException unsupportedOperands(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + Ops.type(a).name + "' and '"
                + Ops.type(b).name + "'");
    }

    /** "'x' object is not subscriptable" and friends: {@code what} is "subscriptable", "iterable"... */
    public static PyException notA(Object o, String what) {
        return typeError("'" + Ops.type(o).name + "' object is not " + what);
    }
}

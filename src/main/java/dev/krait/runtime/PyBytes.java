package dev.krait.runtime;

/** An immutable byte string ({@code bytes}). The array is never modified after construction. */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyTypes.OBJECT, true, null, BytesMethods::initBytes);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] bytes;

    /** Wraps {@code bytes} without copying: the caller gives up the array (literals from the compiler). */
    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return bytes.length;
    }

    /** The backing array; callers must not modify it. */
    public byte[] array() {
        return bytes;
    }
}

package dev.krait.runtime;

import java.util.Arrays;

/** A mutable byte string ({@code bytearray}) backed by a growable array. */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyTypes.OBJECT, true, null,
            BytesMethods::initByteArray);

    private byte[] bytes;
    private int size;

    /** Wraps {@code bytes}, of which the first {@code size} are the contents; the caller gives up the array. */
    public PyByteArray(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    public PyByteArray() {
        this(new byte[0], 0);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    /** The backing array (possibly longer than {@link #size()}); callers must not keep it across mutations. */
    public byte[] array() {
        return bytes;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** Replaces bytes [from, to) with {@code count} bytes of {@code replacement}. */
    public void replace(int from, int to, byte[] replacement, int count) {
        int newSize = size - (to - from) + count;
        byte[] dst = newSize > bytes.length ? new byte[newSize + (newSize >> 3) + 8] : bytes;
        if (dst != bytes) {
            System.arraycopy(bytes, 0, dst, 0, from);
        }
        System.arraycopy(bytes, to, dst, from + count, size - to);
        System.arraycopy(replacement, 0, dst, from, count);
        bytes = dst;
        size = newSize;
    }

    public void append(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(16, size + (size >> 1) + 1));
        }
        bytes[size++] = b;
    }

    public void set(int i, byte b) {
        bytes[i] = b;
    }

    /** Replaces the whole contents. */
    public void setContents(byte[] newBytes, int newSize) {
        bytes = newBytes;
        size = newSize;
    }
}

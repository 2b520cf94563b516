package dev.krait.runtime;

/** Methods of {@code bytes} and {@code bytearray}. */
final class BytesMethods {
    private BytesMethods() {}

    static void initBytes(PyType t) {
    }

    static void initByteArray(PyType t) {
    }
}

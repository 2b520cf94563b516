package dev.krait.runtime;

/** Algorithms shared by bytes and bytearray. */
final class BytesOps {
    private BytesOps() {}

    /** The backing array of a bytes or bytearray (only the first {@link #lengthOf} bytes count). */
    static byte[] bytesOf(Object o) {
        return o instanceof PyBytes b ? b.array() : ((PyByteArray) o).array();
    }

    static int lengthOf(Object o) {
        return o instanceof PyBytes b ? b.size() : ((PyByteArray) o).size();
    }

    static boolean isBytesLike(Object o) { return o instanceof PyBytes || o instanceof PyByteArray; }
    static Object extendInPlace(PyByteArray a, Object b) { throw new UnsupportedOperationException(); }
    static Object repeatInPlace(PyByteArray a, Object b) { throw new UnsupportedOperationException(); }
    static Object concat(Object a, Object b) { throw new UnsupportedOperationException(); }
    static Object percentFormat(Object a, Object b) { throw new UnsupportedOperationException(); }
    static Object repeat(Object a, Object b) { throw new UnsupportedOperationException(); }
}

package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Conversions and algorithms shared by bytes and bytearray. Many bytes methods reuse the str algorithms on a
 * Latin-1 string holding one char per byte, which preserves every byte value and every position.
 */
final class BytesOps {
    private BytesOps() {}

    /** bytes, bytearray or memoryview: the objects whose bytes the bytes methods accept as arguments. */
    static boolean isBytesLike(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    /**
     * The backing array of a bytes or bytearray (only the first {@link #lengthOf} bytes count), or a copy of a
     * memoryview's bytes.
     */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        return o instanceof PyByteArray a ? a.array() : ((PyMemoryView) o).toBytes();
    }

    static int lengthOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.size();
        }
        return o instanceof PyByteArray a ? a.size() : ((PyMemoryView) o).size();
    }

    /** A copy of the contents of a bytes-like object. */
    static byte[] copyOf(Object o) {
        return Arrays.copyOf(bytesOf(o), lengthOf(o));
    }

    /** The bytes as a string of chars 0-255, for the algorithms shared with str. */
    static String latin1(Object bytesLike) {
        return new String(bytesOf(bytesLike), 0, lengthOf(bytesLike), StandardCharsets.ISO_8859_1);
    }

    /** A result of the same type (bytes or bytearray) as {@code self}. */
    static Object like(Object self, byte[] data) {
        return self instanceof PyByteArray ? new PyByteArray(data, data.length) : new PyBytes(data);
    }

    static Object like(Object self, String latin1) {
        return like(self, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument as Latin-1 text, or "a bytes-like object is required, not 'str'". */
    static String bytesArg(Object o) {
        return latin1(bytesArgument(o));
    }

    /** A bytes-like argument (an instance of a subclass counts), or "a bytes-like object is required...". */
    static Object bytesArgument(Object o) {
        Object value = BuiltinSubclasses.valueOf(o);
        if (isBytesLike(value)) {
            return value;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** The needle of find/count/index/in: a bytes-like object, or an int taken as one byte. */
    static String searchArg(Object o) {
        Object value = BuiltinSubclasses.valueOf(o);
        if (isBytesLike(value)) {
            return latin1(value);
        }
        if (Numbers.isInt(o) || Ops.type(o).lookup("__index__") != null && !(o instanceof Double)) {
            return String.valueOf((char) byteValue(o));
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(o) + "'");
    }

    /** An int in range(0, 256). */
    static int byteValue(Object o) {
        Object i = Ops.index(o);
        if (!(i instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    /** bytes(x) without an encoding: a count of zeros, a buffer, __bytes__, or an iterable of ints. */
    static byte[] fromObject(Object x) {
        return fromObject(x, "bytes");
    }

    /** bytes(x) or bytearray(x), as {@code typeName} says: only bytes() honours {@code __bytes__}. */
    private static byte[] fromObject(Object x, String typeName) {
        if (isBytesLike(x)) {
            return copyOf(x);
        }
        // A str subclass may define __bytes__, which then wins.
        Object bytesMethod = x instanceof PyObject && typeName.equals("bytes") ? Ops.type(x).lookup("__bytes__") : null;
        if (bytesMethod != null) {
            Object r = Ops.callMethod(bytesMethod, x);
            if (!(BuiltinSubclasses.valueOf(r) instanceof PyBytes b)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return b.array().clone();
        }
        if (BuiltinSubclasses.valueOf(x) instanceof String) {
            throw Errors.typeError("string argument without an encoding");
        }
        if (Numbers.isInt(x) || !(x instanceof Double) && Ops.type(x).lookup("__index__") != null) {
            Object size = sizeArgument(x);
            if (size != null) {
                if (!(size instanceof Long n)) {
                    throw Errors.overflow("cannot fit '" + Ops.typeName(x) + "' into an index-sized integer");
                }
                if (n < 0) {
                    throw Errors.valueError("negative count");
                }
                return new byte[Sequences.repeatCount(n, 1)];
            }
        }
        Object iterator;
        try {
            iterator = Iteration.iter(x);
        } catch (PyException e) {
            // Any TypeError from iter(x) (not iterable, or __iter__ returning a non-iterator) becomes this one.
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            throw Errors.typeError("cannot convert '" + Ops.typeName(x) + "' object to " + typeName);
        }
        return fromIterator(iterator, typeName.equals("bytes") ? "bytes must be in range(0, 256)"
                : "byte must be in range(0, 256)");
    }

    /** The size a value with {@code __index__} asks for; null when that fails with TypeError (then not a size). */
    private static Object sizeArgument(Object x) {
        try {
            return Ops.index(x);
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            return null;
        }
    }

    static boolean isIterable(Object o) {
        PyType t = Ops.type(o);
        Object iter = t.lookup("__iter__");
        return iter != null && iter != Ops.NONE || iter == null && t.lookup("__getitem__") != null;
    }

    /** The ints of an iterable as bytes; {@code rangeError} is the message for a value outside 0-255. */
    static byte[] fromInts(Object iterable, String rangeError) {
        return fromIterator(Iteration.iter(iterable), rangeError);
    }

    /** The bytes an iterator of ints in range(256) gives. */
    private static byte[] fromIterator(Object it, String rangeError) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            Object i = Ops.index(x);
            if (!(i instanceof Long l) || l < 0 || l > 255) {
                throw Errors.valueError(rangeError);
            }
            out.write((int) (long) l);
        }
        return out.toByteArray();
    }

    /** bytes(x, encoding, errors) and bytearray(...): encode a str, or build from an object. */
    static byte[] construct(Object x, Object encoding, Object errors, String typeName) {
        if (encoding == null && errors == null) {
            return x == null ? new byte[0] : fromObject(x, typeName);
        }
        String handler = Codecs.handlerAfterEncoding(encoding, errors, typeName);
        Object text = BuiltinSubclasses.valueOf(x);
        if (encoding == null) {
            throw Errors.typeError(text instanceof String ? "string argument without an encoding"
                    : "errors without a string argument");
        }
        if (!(text instanceof String s)) {
            throw Errors.typeError("encoding without a string argument");
        }
        return Codecs.encode(s, encoding, handler, typeName);
    }

    /**
     * {@code repr}: b'...' with quotes chosen as for str, and \\x escapes for bytes outside printable ASCII. A
     * bytearray is wrapped in its type's name and, as in CPython, escapes every single quote.
     */
    static String repr(Object o, String typeName) {
        byte[] data = bytesOf(o);
        int n = lengthOf(o);
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            hasSingle |= data[i] == '\'';
            hasDouble |= data[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        boolean array = o instanceof PyByteArray;
        StringBuilder b = new StringBuilder(n + 3).append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xFF;
            if (c == quote || c == '\\' || array && c == '\'') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        b.append(quote);
        return array ? typeName + "(" + b + ")" : b.toString();
    }

    /** Lexicographic comparison of unsigned bytes. */
    static int compare(Object a, Object b) {
        return Arrays.compareUnsigned(bytesOf(a), 0, lengthOf(a), bytesOf(b), 0, lengthOf(b));
    }

    static Object concat(Object a, Object b) {
        byte[] r = Arrays.copyOf(bytesOf(a), lengthOf(a) + lengthOf(b));
        System.arraycopy(bytesOf(b), 0, r, lengthOf(a), lengthOf(b));
        return like(a, r);
    }

    static Object repeat(Object seq, Object count) {
        int size = lengthOf(seq);
        int n = Sequences.repeatCount(count, size);
        byte[] r = new byte[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(bytesOf(seq), 0, r, i * size, size);
        }
        return like(seq, r);
    }

    /** {@code bytearray += bytes-like}. */
    static PyByteArray extendInPlace(PyByteArray a, Object b) {
        byte[] added = copyOf(b);
        a.replace(a.size(), a.size(), added, added.length);
        return a;
    }

    /** {@code bytearray *= n}. */
    static PyByteArray repeatInPlace(PyByteArray a, Object count) {
        byte[] r = bytesOf(repeat(a, count));
        a.setContents(r, r.length);
        return a;
    }

    /** {@code bytes % values}: printf-style formatting of bytes. */
    static Object percentFormat(Object format, Object values) {
        return like(format, PercentFormat.formatBytes(latin1(format), values));
    }

    /** {@code hex(sep=None, bytes_per_sep=1)}: two hex digits per byte, optionally grouped from the right. */
    static String hex(Object self, Object sepArg, Object perSepArg) {
        byte[] data = bytesOf(self);
        int n = lengthOf(self);
        long perSep = perSepArg == null ? 1 : SequenceMethods.cInt(perSepArg); // a C int, converted first
        String sep = "";
        if (sepArg != null) {
            if (Ops.len(sepArg) != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (sepArg instanceof String s) {
                sep = s;
            } else if (sepArg instanceof PyBytes bytes) {
                sep = latin1(bytes);
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            if (sep.charAt(0) > 0x7F) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        StringBuilder b = new StringBuilder(n * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            // Positive bytes_per_sep groups from the right, negative from the left.
            long fromStart = perSep < 0 ? i : n - i;
            if (i > 0 && !sep.isEmpty() && group > 0 && fromStart % group == 0) {
                b.append(sep);
            }
            b.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
        }
        return b.toString();
    }

    /** {@code bytes.fromhex(string)}: pairs of hex digits, optionally separated by ASCII whitespace. */
    static byte[] fromHex(Object arg) {
        if (!(arg instanceof String s)) {
            throw Errors.argumentType("fromhex() argument", "str", arg);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (isAsciiSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int high = Character.digit(s.charAt(i), 16);
            if (high < 0 || s.charAt(i) > 0x7f) {
                throw badHex(i);
            }
            int low = i + 1 < s.length() && s.charAt(i + 1) < 0x80 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (low < 0) {
                throw badHex(i + 1);
            }
            out.write(high << 4 | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException badHex(int position) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + position);
    }

    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    /** {@code bytes.maketrans(from, to)}: a 256-byte table. */
    static PyBytes maketrans(Object from, Object to) {
        String f = bytesArg(from);
        String t = bytesArg(to);
        if (f.length() != t.length()) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length(); i++) {
            table[f.charAt(i)] = (byte) t.charAt(i);
        }
        return new PyBytes(table);
    }

    /** {@code translate(table, /, delete=b'')}: bytes in delete dropped, the rest mapped through the table. */
    static Object translate(Object self, Object tableArg, Object deleteArg) {
        String table = tableArg == Ops.NONE ? null : bytesArg(tableArg);
        if (table != null && table.length() != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        String delete = deleteArg == null ? "" : bytesArg(deleteArg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = bytesOf(self);
        for (int i = 0; i < lengthOf(self); i++) {
            int c = data[i] & 0xFF;
            if (delete.indexOf(c) < 0) {
                out.write(table == null ? c : table.charAt(c));
            }
        }
        return like(self, out.toByteArray());
    }
}

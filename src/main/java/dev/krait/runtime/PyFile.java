package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.Consumer;

/**
 * A file object made by {@code open()}: a text file ({@code _io.TextIOWrapper}) or a binary one
 * ({@code _io.BufferedReader}, {@code BufferedWriter} or {@code BufferedRandom}), over a {@link FileStream}.
 *
 * <p>A text file decodes the rest of the file when it first reads, and translates newlines as it hands the text
 * out; its position ({@code tell()}) is the byte offset of the next character, as CPython's is for such files.
 */
final class PyFile extends PyObject {
    /** {@code io.UnsupportedOperation}: reading a file opened for writing, and the like. */
    static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation",
            new PyType[] {ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR}, t -> t.dict().put("__module__", "io"));

    static final PyType TEXT = fileType("TextIOWrapper", t -> {
        PyGetSet.readonly(t, "encoding", o -> ((PyFile) o).encodingName);
        PyGetSet.readonly(t, "errors", o -> ((PyFile) o).errors);
    });
    static final PyType READER = fileType("BufferedReader", t -> {});
    static final PyType WRITER = fileType("BufferedWriter", t -> {});
    static final PyType RANDOM = fileType("BufferedRandom", t -> {});

    private static final String CLOSED = "I/O operation on closed file.";
    /** The size of the chunks CPython's text layer reads. */
    private static final long READ_CHUNK = 8192;

    private final FileStream stream;
    private final OpenMode mode;
    private final Object name;
    private final boolean text;
    /** The encoding as a text file reports it; {@code codec} is its canonical name. */
    private final String encodingName;
    private final String codec;
    /** The bytes of a byte order mark that decoding skipped at the start of {@link #decoded} (utf-8-sig). */
    private int skippedMark;
    private final String errors;
    /** The {@code newline} argument: null for universal newlines, else "", "\n", "\r" or "\r\n". */
    private final String newline;
    private boolean closed;
    /** A text file's decoded rest of the file while it reads, from byte {@code decodedStart}; else null. */
    private String decoded;
    private int decodedPos;
    private long decodedStart;

    PyFile(FileStream stream, OpenMode mode, Object name, String encodingName, String codec, String errors,
           String newline) {
        this.stream = stream;
        this.mode = mode;
        this.name = name;
        this.text = !mode.binary();
        this.encodingName = encodingName;
        this.codec = codec;
        this.errors = errors;
        this.newline = newline;
    }

    @Override
    public PyType type() {
        if (text) {
            return TEXT;
        }
        return mode.updating() ? RANDOM : mode.reading() ? READER : WRITER;
    }

    private static PyType fileType(String name, Consumer<PyType> extra) {
        return PyTypes.fixedInModule("_io", name, t -> {
            methods(t);
            extra.accept(t);
        });
    }

    private static void methods(PyType t) {
        method(t, "read(self, size=-1, /)", a -> self(a).read(a[1]));
        method(t, "readline(self, size=-1, /)", a -> self(a).readLine(a[1] == null ? -1 : limit(a[1])));
        method(t, "readlines(self, hint=-1, /)", a -> self(a).readLines(a[1] == null ? -1 : limit(a[1])));
        method(t, "write(self, data, /)", a -> self(a).write(a[1]));
        method(t, "writelines(self, lines, /)", a -> {
            PyFile f = self(a);
            f.checkOpen(CLOSED);
            Object it = Iteration.iter(a[1]);
            for (Object line = Iteration.next(it); line != null; line = Iteration.next(it)) {
                f.write(line);
            }
            return PyTypes.NONE;
        });
        method(t, "seek(self, offset, whence=0, /)", a -> self(a).seek(Ops.indexValue(a[1]),
                a[2] == null ? 0 : Ops.indexValue(a[2])));
        method(t, "tell(self, /)", a -> {
            PyFile f = self(a);
            f.checkOpen(f.text ? CLOSED : "I/O operation on closed file");
            return f.tell();
        });
        method(t, "truncate(self, size=None, /)", a -> self(a).truncate(a[1]));
        method(t, "flush(self, /)", a -> {
            PyFile f = self(a);
            f.checkOpen(f.text ? CLOSED : "flush of closed file");
            return PyTypes.NONE;
        });
        method(t, "close(self, /)", a -> {
            self(a).close();
            return PyTypes.NONE;
        });
        method(t, "readable(self, /)", a -> self(a).checkOpen("I/O operation on closed file").mode.readable());
        method(t, "writable(self, /)", a -> self(a).checkOpen("I/O operation on closed file").mode.writable());
        method(t, "seekable(self, /)", a -> self(a).checkOpen("I/O operation on closed file") != null);
        method(t, "isatty(self, /)", a -> self(a).checkOpen("I/O operation on closed file") == null);
        method(t, "__enter__(self, /)", a -> self(a).checkOpen(CLOSED));
        method(t, "__exit__(self, *args)", a -> {
            self(a).close();
            return PyTypes.NONE;
        });
        method(t, "__iter__(self, /)", a -> self(a).checkOpen(CLOSED));
        method(t, "__next__(self, /)", a -> {
            Object line = self(a).readLine(-1);
            if (Ops.len(line) == 0) {
                throw Errors.stopIteration();
            }
            return line;
        });
        method(t, "__repr__(self, /)", a -> self(a).repr());
        PyGetSet.readonly(t, "closed", o -> ((PyFile) o).closed);
        PyGetSet.readonly(t, "name", o -> ((PyFile) o).name);
        PyGetSet.readonly(t, "mode", o -> {
            PyFile f = (PyFile) o;
            return f.text ? f.mode.given() : f.mode.rawMode();
        });
    }

    private static PyFile self(Object[] a) {
        return (PyFile) a[0];
    }

    /** A size or hint argument: an int, or None for "no limit". */
    private static long limit(Object size) {
        return size == PyTypes.NONE ? -1 : Ops.indexValue(size);
    }

    private PyFile checkOpen(String message) {
        if (closed) {
            throw Errors.valueError(message);
        }
        return this;
    }

    private void checkReadable() {
        if (text) {
            checkOpen(CLOSED);
        }
        if (!mode.readable()) {
            throw Errors.raise(UNSUPPORTED_OPERATION, text ? "not readable" : "read");
        }
        checkOpen(CLOSED);
    }

    private void checkWritable() {
        if (text) {
            checkOpen(CLOSED);
        }
        if (!mode.writable()) {
            throw Errors.raise(UNSUPPORTED_OPERATION, text ? "not writable" : "write");
        }
        checkOpen("write to closed file");
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    private Object read(Object size) {
        if (size != null && size != PyTypes.NONE && !(BuiltinSubclasses.valueOf(size) instanceof Long)
                && Ops.type(size).lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '" + Ops.typeName(size) + "'");
        }
        long n = size == null ? -1 : limit(size);
        checkReadable();
        if (!text) {
            if (n < -1) {
                throw Errors.valueError("read length must be non-negative or -1");
            }
            return new PyBytes(stream.read(n));
        }
        startDecoding();
        if (n < 0 && newline == null) {
            String rest = decoded.substring(decodedPos);
            decodedPos = decoded.length();
            return rest.replace("\r\n", "\n").replace('\r', '\n');
        }
        StringBuilder out = new StringBuilder();
        for (long count = 0; decodedPos < decoded.length() && (n < 0 || count < n); count++) {
            int c = decoded.codePointAt(decodedPos);
            decodedPos += Character.charCount(c);
            if (c == '\r' && newline == null) {
                skipLineFeed();
                c = '\n';
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    private Object readLine(long limit) {
        checkReadable();
        if (!text) {
            return new PyBytes(stream.readLine(limit));
        }
        startDecoding();
        StringBuilder out = new StringBuilder();
        for (long count = 0; decodedPos < decoded.length() && (limit < 0 || count < limit); count++) {
            int c = decoded.codePointAt(decodedPos);
            decodedPos += Character.charCount(c);
            if (c == '\r' && newline == null) {
                skipLineFeed();
                out.append('\n');
                break;
            }
            out.appendCodePoint(c);
            if (endsLine(c)) {
                break;
            }
        }
        return out.toString();
    }

    /** Whether character {@code c}, just read, ends a line (a '\r' of universal newlines is handled apart). */
    private boolean endsLine(int c) {
        if (newline == null) {
            return c == '\n';
        }
        switch (newline) {
            case "":
                return c == '\n' || c == '\r' && !(decodedPos < decoded.length() && decoded.charAt(decodedPos) == '\n');
            case "\r\n":
                return c == '\n' && decodedPos >= 2 && decoded.charAt(decodedPos - 2) == '\r';
            default:
                return c == newline.charAt(0);
        }
    }

    private void skipLineFeed() {
        if (decodedPos < decoded.length() && decoded.charAt(decodedPos) == '\n') {
            decodedPos++;
        }
    }

    private Object readLines(long hint) {
        PyList lines = new PyList();
        long total = 0;
        for (Object line = readLine(-1); Ops.len(line) > 0; line = readLine(-1)) {
            lines.append(line);
            total += Ops.len(line);
            if (hint > 0 && total > hint) {
                break;
            }
        }
        return lines;
    }

    private void startDecoding() {
        if (decoded == null) {
            decodedStart = stream.tell();
            byte[] data = stream.read(-1);
            String c = codecAt(decodedStart);
            decoded = Codecs.decode(data, data.length, c, errors, new PyBytes(data));
            skippedMark = c.equals(Codecs.UTF_8_SIG) && Codecs.startsWithUtf8Bom(data, data.length) ? 3 : 0;
            decodedPos = 0;
        }
    }

    /**
     * Ends reading before a write. CPython's text layer reads the file in chunks, and a write after reading lands
     * after the last chunk read, not at the text position; so it does here.
     */
    private void stopDecoding() {
        if (decoded != null) {
            long consumed = Math.max(tell() - decodedStart, 1);
            long chunks = (consumed + READ_CHUNK - 1) / READ_CHUNK;
            stream.seek(Math.min(stream.size(), decodedStart + chunks * READ_CHUNK));
            decoded = null;
        }
    }

    // ---- writing and positioning -----------------------------------------------------------------------------

    private Object write(Object data) {
        if (text) {
            checkOpen(CLOSED);
            if (!(BuiltinSubclasses.valueOf(data) instanceof String s)) {
                throw Errors.argumentType("write() argument", "str", data);
            }
            checkWritable();
            String out = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
            byte[] bytes = Codecs.encode(out, codecAt(decoded == null ? stream.tell() : decodedStart + 1), errors);
            stopDecoding();
            stream.write(bytes, bytes.length);
            return (long) Strings.length(s);
        }
        checkWritable();
        Object bytes = BytesOps.bytesArgument(data);
        stream.write(BytesOps.bytesOf(bytes), BytesOps.lengthOf(bytes));
        return (long) BytesOps.lengthOf(bytes);
    }

    private long tell() {
        if (decoded == null) {
            return stream.tell();
        }
        String consumed = decoded.substring(0, decodedPos);
        return decodedStart + skippedMark + Codecs.encode(consumed, codecAt(1), "surrogatepass").length;
    }

    /**
     * The codec for text at byte {@code position}: utf-8-sig's byte order mark belongs at the start of the file
     * only, so elsewhere it is plain UTF-8 (as CPython's text layer resets the codec after a seek).
     */
    private String codecAt(long position) {
        return position > 0 && codec.equals(Codecs.UTF_8_SIG) ? "utf-8" : codec;
    }

    private Object seek(long offset, long whence) {
        checkOpen(text ? CLOSED : "seek of closed file");
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (text && whence != 0 && offset != 0) {
            throw Errors.raise(UNSUPPORTED_OPERATION, whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        }
        if (text && whence == 0 && offset < 0) {
            throw Errors.valueError("negative seek position " + offset);
        }
        long base = whence == 0 ? 0 : whence == 1 ? tell() : stream.size();
        decoded = null;
        return stream.seek(base + offset);
    }

    private Object truncate(Object size) {
        checkOpen(text ? CLOSED : "truncate of closed file");
        if (!mode.writable()) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "truncate");
        }
        stopDecoding();
        long n = size == null || size == PyTypes.NONE ? stream.tell() : Ops.indexValue(size);
        stream.truncate(n);
        return n;
    }

    private void close() {
        if (!closed) {
            closed = true;
            decoded = null;
            stream.close();
        }
    }

    private String repr() {
        String shownName = name instanceof String s ? StrRepr.repr(s) : Ops.repr(name);
        if (!text) {
            return "<_io." + type().name + " name=" + shownName + ">";
        }
        return "<_io.TextIOWrapper name=" + shownName + " mode=" + StrRepr.repr(mode.given()) + " encoding="
                + StrRepr.repr(encodingName) + ">";
    }
}

package dev.krait.runtime;

/**
 * The builtin {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 * opener=None)}, checking its arguments in CPython's order: types, then the mode, then the file, then the text
 * layer's newline and encoding (so a file opened for writing is created even if the encoding is unknown).
 */
public final class FileOpen {
    private FileOpen() {}

    static Object open(Object[] a) {
        Object file = a[0];
        String path = path(file);
        Object modeArg = a[1] == null ? "r" : BuiltinSubclasses.valueOf(a[1]);
        if (!(modeArg instanceof String modeText)) {
            throw Errors.argumentType("open() argument 'mode'", "str", a[1]);
        }
        if (a[2] != null) {
            Ops.indexValue(a[2]);
        }
        String encoding = optionalText(a[3], "encoding");
        String errors = optionalText(a[4], "errors");
        String newline = optionalText(a[5], "newline");
        OpenMode mode = OpenMode.parse(modeText);
        if (mode.binary()) {
            String unwanted = encoding != null ? "an encoding" : errors != null ? "an errors"
                    : newline != null ? "a newline" : null;
            if (unwanted != null) {
                throw Errors.valueError("binary mode doesn't take " + unwanted + " argument");
            }
        }
        FileStream stream = FileStream.open(path, mode);
        if (mode.binary()) {
            return new PyFile(stream, mode, file, null, null, null, null);
        }
        try {
            if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                    && !newline.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: " + newline);
            }
            String codec = Codecs.codec(encoding, "open");
            return new PyFile(stream, mode, file, encoding == null ? "UTF-8" : encoding, codec,
                    errors == null ? "strict" : errors, newline);
        } catch (PyException e) {
            stream.close();
            throw e;
        }
    }

    /** The file argument of open(): a path, or a file descriptor. */
    private static String path(Object file) {
        Object value = BuiltinSubclasses.valueOf(file);
        if (value instanceof Long || value instanceof Boolean) {
            // File descriptors other than those of the standard streams are never open in a Krait program.
            throw FileStream.osError(9, "Bad file descriptor", null);
        }
        return fsPath(file);
    }

    /** A path argument: a str, bytes (a UTF-8 file name) or an object with {@code __fspath__}. */
    public static String fsPath(Object file) {
        Object value = BuiltinSubclasses.valueOf(file);
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof PyBytes b) {
            return Codecs.decode(b.array(), b.size(), "utf-8", "surrogateescape", b);
        }
        Object fspath = Ops.type(file).lookup("__fspath__");
        if (fspath != null) {
            Object path = Ops.callMethod(fspath, file);
            Object pathValue = BuiltinSubclasses.valueOf(path);
            if (!(pathValue instanceof String || pathValue instanceof PyBytes)) {
                throw Errors.typeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not "
                        + Ops.typeName(path));
            }
            return fsPath(path);
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
    }

    private static String optionalText(Object value, String name) {
        if (value == null || value == PyTypes.NONE) {
            return null;
        }
        if (BuiltinSubclasses.valueOf(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("open() argument '" + name + "' must be str or None, not " + Ops.typeName(value));
    }
}

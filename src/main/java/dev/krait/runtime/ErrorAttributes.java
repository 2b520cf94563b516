package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.Consumer;

/** The exception classes with structured attributes: OSError and its errno subclasses, SyntaxError, UnicodeError. */
final class ErrorAttributes {
    private ErrorAttributes() {}

    /**
     * The subclass {@code OSError(errno, ...)} makes for a (Linux) error number, as CPython does; null for
     * others. A method rather than a table: it runs after ExceptionTypes has finished initialising.
     */
    private static PyType errnoSubclass(long errno) {
        switch ((int) errno) {
            case 1: case 13: return ExceptionTypes.PERMISSION_ERROR;
            case 2: return ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 3: return ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 4: return ExceptionTypes.INTERRUPTED_ERROR;
            case 10: return ExceptionTypes.CHILD_PROCESS_ERROR;
            case 11: case 114: case 115: return ExceptionTypes.BLOCKING_IO_ERROR;
            case 17: return ExceptionTypes.FILE_EXISTS_ERROR;
            case 20: return ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 21: return ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 32: case 108: return ExceptionTypes.BROKEN_PIPE_ERROR;
            case 103: return ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 104: return ExceptionTypes.CONNECTION_RESET_ERROR;
            case 110: return ExceptionTypes.TIMEOUT_ERROR;
            case 111: return ExceptionTypes.CONNECTION_REFUSED_ERROR;
            default: return null;
        }
    }

    private static final String[] SYNTAX_FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    static Consumer<PyType> initializerFor(String name) {
        switch (name) {
            case "OSError":
                return ErrorAttributes::initOSError;
            case "SyntaxError":
                return ErrorAttributes::initSyntaxError;
            case "UnicodeEncodeError":
            case "UnicodeDecodeError":
                return t -> initUnicodeError(t, name.contains("Encode") ? "encode" : "decode");
            case "UnicodeTranslateError":
                return t -> initUnicodeError(t, "translate");
            default:
                return t -> {};
        }
    }

    // ---- OSError ---------------------------------------------------------------------------------------------

    private static void initOSError(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)", a -> {
            PyType cls = (PyType) a[0];
            PyTuple args = (PyTuple) a[1];
            PyType specific = args.size() >= 2 && args.size() <= 5 && args.get(0) instanceof Long errno
                    ? errnoSubclass(errno) : null;
            if (cls == ExceptionTypes.OS_ERROR && specific != null) {
                cls = specific;
            }
            return ExceptionMethods.newException(cls, args);
        }));
        method(t, "__init__(self, *args, **kwargs)", a -> {
            ExceptionMethods.refuseKeywords(a[0], a[2]);
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = ((PyTuple) a[1]).array();
            e.args = (PyTuple) a[1];
            if (args.length >= 2 && args.length <= 5) {
                e.dict.put("errno", args[0]);
                e.dict.put("strerror", args[1]);
                if (args.length >= 3 && e.type() == ExceptionTypes.BLOCKING_IO_ERROR && Numbers.isNumber(args[2])) {
                    // BlockingIOError's third argument is the number of characters written, not a file name.
                    e.dict.put("characters_written", Ops.index(args[2]));
                } else if (args.length >= 3) {
                    e.dict.put("filename", args[2]);
                    e.args = PyTuple.of(args[0], args[1]);
                    if (args.length == 5) {
                        e.dict.put("filename2", args[4]);
                    }
                }
            }
            return Ops.NONE;
        });
        for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) {
            ExceptionMethods.field(t, f);
        }
        method(t, "__str__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            Object errno = ExceptionMethods.orNone(e.dict.get("errno"));
            Object strerror = ExceptionMethods.orNone(e.dict.get("strerror"));
            Object filename = ExceptionMethods.orNone(e.dict.get("filename"));
            Object filename2 = ExceptionMethods.orNone(e.dict.get("filename2"));
            String prefix = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
            if (filename != Ops.NONE) {
                return prefix + ": " + Ops.repr(filename) + (filename2 != Ops.NONE ? " -> " + Ops.repr(filename2) : "");
            }
            if (errno != Ops.NONE && strerror != Ops.NONE) {
                return prefix;
            }
            return ExceptionMethods.argsText(e.args);
        });
    }

    // ---- SyntaxError -----------------------------------------------------------------------------------------

    private static void initSyntaxError(PyType t) {
        method(t, "__init__(self, *args, **kwargs)", a -> {
            ExceptionMethods.refuseKeywords(a[0], a[2]);
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = (PyTuple) a[1];
            e.args = args;
            if (args.size() >= 1) {
                e.dict.put("msg", args.get(0));
            }
            if (args.size() == 2) {
                // (filename, lineno, offset, text[, end_lineno, end_offset])
                Object[] details = Iteration.toArray(args.get(1));
                if (details.length < 4 || details.length > 6) {
                    throw Errors.typeError("function takes at " + (details.length < 4 ? "least 4" : "most 6")
                            + " arguments (" + details.length + " given)");
                }
                if (details.length == 5) {
                    throw Errors.typeError("end_offset must be provided when end_lineno is provided");
                }
                for (int i = 0; i < details.length; i++) {
                    e.dict.put(SYNTAX_FIELDS[i], details[i]);
                }
            }
            return Ops.NONE;
        });
        method(t, "__str__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            Object msg = e.dict.get("msg");
            // msg is None for SyntaxError(); runtime-raised errors carry only their args.
            String text = msg != null ? Ops.str(msg) : e.args.size() == 0 ? "None" : ExceptionMethods.argsText(e.args);
            Object file = e.dict.get("filename");
            Object line = e.dict.get("lineno");
            String where = file instanceof String f ? baseName(f) : null;
            if (line instanceof Long) {
                where = where == null ? "line " + line : where + ", line " + line;
            }
            return where == null ? text : text + " (" + where + ")";
        });
        ExceptionMethods.field(t, "msg");
        for (String f : SYNTAX_FIELDS) {
            ExceptionMethods.field(t, f);
        }
        ExceptionMethods.field(t, "print_file_and_line");
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    // ---- UnicodeError ----------------------------------------------------------------------------------------

    /** encoding, object, start, end, reason (translate errors have no encoding). */
    private static void initUnicodeError(PyType t, String action) {
        boolean translate = action.equals("translate");
        String[] fields = translate ? new String[] {"object", "start", "end", "reason"}
                : new String[] {"encoding", "object", "start", "end", "reason"};
        method(t, "__init__(self, *args, **kwargs)", a -> {
            ExceptionMethods.refuseKeywords(a[0], a[2]);
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = ((PyTuple) a[1]).array();
            if (args.length != fields.length) {
                throw Errors.typeError("function takes exactly " + fields.length + " arguments (" + args.length
                        + " given)");
            }
            checkUnicodeErrorArguments(args, fields, action);
            e.args = (PyTuple) a[1];
            for (int i = 0; i < fields.length; i++) {
                e.dict.put(fields[i], args[i]);
            }
            if (action.equals("decode") && !(args[1] instanceof PyBytes)) {
                // The object is kept as a bytes copy of whatever bytes-like value was given.
                Object data = BytesOps.bytesArgument(args[1]);
                e.dict.put("object", new PyBytes(java.util.Arrays.copyOf(BytesOps.bytesOf(data),
                        BytesOps.lengthOf(data))));
            }
            return Ops.NONE;
        });
        for (String f : fields) {
            ExceptionMethods.field(t, f);
        }
        method(t, "__str__(self, /)", a -> unicodeErrorText((PyBaseException) a[0], action));
    }

    /**
     * The argument types CPython's PyArg_ParseTuple formats ("UUnnU", "UOnnU", "UnnU") demand, checked in order:
     * str for the encoding, reason and (but when decoding) object, an index for start and end; a decoded object
     * must then be bytes-like.
     */
    private static void checkUnicodeErrorArguments(Object[] args, String[] fields, String action) {
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (f.equals("start") || f.equals("end")) {
                Ops.index(args[i]);
            } else if (!(f.equals("object") && action.equals("decode"))
                    && !(BuiltinSubclasses.valueOf(args[i]) instanceof String)) {
                throw Errors.argumentType("argument " + (i + 1), "str", args[i]);
            }
        }
        if (action.equals("decode")) {
            BytesOps.bytesArgument(args[1]);
        }
    }

    /** "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" and its relatives. */
    private static String unicodeErrorText(PyBaseException e, String action) {
        Object object = e.dict.get("object");
        if (object == null) {
            return ExceptionMethods.argsText(e.args);
        }
        long start = (Long) Numbers.asInt(e.dict.get("start"));
        long end = (Long) Numbers.asInt(e.dict.get("end"));
        String reason = Ops.str(e.dict.get("reason"));
        String head = action.equals("translate") ? "can't translate"
                : "'" + Ops.str(e.dict.get("encoding")) + "' codec can't " + action;
        if (end == start + 1) {
            String what;
            if (action.equals("decode")) {
                what = String.format("byte 0x%02x", BytesOps.bytesOf(object)[(int) start] & 0xFF);
            } else {
                int c = Strings.charAt((String) object, (int) start).codePointAt(0);
                what = "character '" + String.format(c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", c)
                        + "'";
            }
            return head + " " + what + " in position " + start + ": " + reason;
        }
        String plural = action.equals("decode") ? "bytes" : "characters";
        return head + " " + plural + " in position " + start + "-" + (end - 1) + ": " + reason;
    }

    static PyException unicodeError(PyType type, String codec, Object object, int start, int end, String reason) {
        PyBaseException e = ExceptionMethods.newException(type, PyTuple.of(codec, object, (long) start, (long) end,
                reason));
        e.dict.put("encoding", codec);
        e.dict.put("object", object);
        e.dict.put("start", (long) start);
        e.dict.put("end", (long) end);
        e.dict.put("reason", reason);
        return e.asThrowable();
    }
}

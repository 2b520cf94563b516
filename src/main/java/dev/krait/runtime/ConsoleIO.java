package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The builtins {@code print} and {@code input}, on the running context's standard streams. */
public final class ConsoleIO {
    private ConsoleIO() {}

    /** {@code print(*args, sep=' ', end='\n', file=None, flush=False)}; slots: args, sep, end, file, flush. */
    static Object print(Object[] a) {
        Object[] args = ((PyTuple) a[0]).array();
        String sep = separator(a[1], "sep", " ");
        String end = separator(a[2], "end", "\n");
        boolean flush = a[4] != null && Ops.isTrue(a[4]);
        Object file = a[3] == null || a[3] == Ops.NONE ? replaced("stdout") : a[3];
        if (file == null) {
            printToStream(ThreadState.current().context.stdout, args, sep, end, flush);
        } else if (file != Ops.NONE) {
            printToFile(file, args, sep, end, flush);
        }
        return Ops.NONE;
    }

    /**
     * Writes {@code text} to sys.stderr as the program sees it, as CPython's warnings do: to the object the
     * program assigned there (nothing if None), else straight to the context's stream.
     */
    public static void writeStderr(String text) {
        write("stderr", ThreadState.current().context.stderr, text);
    }

    /**
     * What the default {@code sys.displayhook} does with a value: nothing for None, else its repr on sys.stdout, with
     * {@code builtins._} bound to it.
     */
    public static void display(Object value) {
        if (value == Ops.NONE) {
            return;
        }
        PyDict builtins = ThreadState.current().context.builtins;
        builtins.put("_", Ops.NONE);
        writeStdout(Ops.repr(value));
        writeStdout("\n"); // a separate write, as CPython's displayhook does
        builtins.put("_", value);
    }

    /** Writes {@code text} to sys.stdout as the program sees it (for sys.displayhook). */
    public static void writeStdout(String text) {
        write("stdout", ThreadState.current().context.stdout, text);
    }

    private static void write(String stream, PrintStream original, String text) {
        Object file = replaced(stream);
        if (file == null) {
            emit(original, text, stream);
        } else if (file != Ops.NONE) {
            Ops.call(Attributes.get(file, "write"), text);
        }
    }

    /**
     * The object a program assigned to {@code sys.stdout} or {@code sys.stderr} (None included: nothing is
     * written then), or null while it is still the original stream, which is written to directly.
     */
    private static Object replaced(String stream) {
        Object sys = ThreadState.current().context.modules.get("sys");
        if (sys instanceof PyModuleLike m) {
            Object out = m.moduleDict().get(stream);
            if (out != null && out != m.moduleDict().get("__" + stream + "__")) {
                return out;
            }
        }
        return null;
    }

    private static String separator(Object value, String name, String dflt) {
        if (value == null || value == Ops.NONE) {
            return dflt;
        }
        if (BuiltinSubclasses.valueOf(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError(name + " must be None or a string, not " + Ops.typeName(value));
    }

    /**
     * The error handler of sys.stdout or sys.stderr, as CPython sets them with PYTHONIOENCODING=utf-8 (how the
     * golden outputs are made): a lone surrogate is an error on stdout and escaped on stderr.
     */
    public static String errorHandler(String stream) {
        return stream.equals("stdout") ? "strict" : "backslashreplace";
    }

    /**
     * Writes {@code text} to a standard stream in UTF-8 with the stream's error handler for lone surrogates,
     * which Java would replace by '?' (text without them, nearly all of it, takes the fast path).
     */
    public static void emit(PrintStream out, String text, String stream) {
        if (!hasLoneSurrogate(text)) {
            out.print(text);
        } else {
            byte[] bytes = Codecs.encode(text, "utf-8", errorHandler(stream));
            out.write(bytes, 0, bytes.length);
        }
        checkWritten(out);
    }

    /** Writes bytes to a standard stream (its {@code buffer}); a failure is an OSError. */
    static void emitBytes(PrintStream out, byte[] bytes, int length) {
        out.write(bytes, 0, length);
        checkWritten(out);
    }

    /** Flushes a standard stream; a failure is an OSError. */
    public static void flush(PrintStream out) {
        out.flush();
        checkWritten(out);
    }

    /**
     * Raises the OSError for a write to {@code out} that failed ({@code BrokenPipeError} when the reader of a pipe
     * has gone), when the stream keeps such failures (see {@link CheckedOutput}).
     */
    private static void checkWritten(PrintStream out) {
        if (out instanceof CheckedOutput checked) {
            java.io.IOException failure = checked.takeFailure();
            if (failure != null) {
                throw FileStream.ioFailure(failure);
            }
        }
    }

    /** Whether {@code s} has a surrogate that is not half of a pair (which UTF-8 cannot encode as it is). */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Builds the line first, but still writes what came before an argument whose str() fails, as CPython does.
     * A line with surrogates is written piece by piece (argument, separator, end), as CPython writes them, so
     * that an unencodable one is reported at its position in its piece, after the pieces before it.
     */
    private static void printToStream(PrintStream out, Object[] args, String sep, String end, boolean flush) {
        StringBuilder b = new StringBuilder();
        int[] pieceEnds = new int[2 * args.length + 1];
        int pieces = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    b.append(sep);
                    pieceEnds[pieces++] = b.length();
                }
                b.append(Ops.str(args[i]));
                pieceEnds[pieces++] = b.length();
            }
            b.append(end);
            pieceEnds[pieces++] = b.length();
        } finally {
            String line = b.toString();
            if (!hasLoneSurrogate(line)) {
                out.print(line);
                checkWritten(out);
            } else {
                for (int k = 0, start = 0; k < pieces; start = pieceEnds[k++]) {
                    emit(out, line.substring(start, pieceEnds[k]), "stdout");
                }
            }
            if (flush) {
                flush(out);
            }
        }
    }

    private static void printToFile(Object file, Object[] args, String sep, String end, boolean flush) {
        Object write = Attributes.get(file, "write");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                Ops.call(write, sep);
            }
            Ops.call(write, Ops.str(args[i]));
        }
        Ops.call(write, end);
        if (flush) {
            Ops.call(Attributes.get(file, "flush"));
        }
    }

    /** {@code input(prompt)}: writes the prompt to stdout, reads one line of stdin without its newline. */
    static Object input(Object prompt) {
        Context c = ThreadState.current().context;
        if (prompt != null) {
            emit(c.stdout, Ops.str(prompt), "stdout");
        }
        flush(c.stdout);
        String line = readLine(c.stdin, -1);
        if (line.isEmpty()) {
            throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * One UTF-8 line of standard input with its "\n", at most {@code limit} characters of it if {@code limit >= 0};
     * "" at end of input. Like CPython on Linux, standard input splits lines at "\n" only and translates no "\r".
     * Reads byte by byte so that nothing past the line is consumed from the stream input() and sys.stdin share.
     */
    public static String readLine(InputStream in, long limit) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            long chars = 0;
            int c = in == null || limit == 0 ? -1 : in.read();
            while (c >= 0) {
                line.write(c);
                for (int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0; more > 0; more--) {
                    int next = in.read();
                    if (next < 0) {
                        break;
                    }
                    line.write(next);
                }
                if (c == '\n' || ++chars == limit) {
                    break;
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}

package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The {@code buffer} of {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: the standard streams as bytes
 * ({@code _io.BufferedReader} and {@code _io.BufferedWriter}), as programs reading input fast use them
 * ({@code sys.stdin.buffer.read().split()}). Standard input is read from the context at each call, through the same
 * stream as {@code input()}; output goes to the text stream's Java stream, so the two stay in order.
 */
public final class ConsoleBuffer extends PyObject {
    static final PyType WRITER = PyTypes.fixedInModule("_io", "BufferedWriter", t -> {
        method(t, "write(self, buffer, /)", a -> {
            Object data = BytesOps.bytesArgument(a[1]);
            ConsoleIO.emitBytes(self(a).out, BytesOps.bytesOf(data), BytesOps.lengthOf(data));
            return (long) BytesOps.lengthOf(data);
        });
        method(t, "writelines(self, lines, /)", a -> {
            Object it = Iteration.iter(a[1]);
            for (Object line = Iteration.next(it); line != null; line = Iteration.next(it)) {
                Object data = BytesOps.bytesArgument(line);
                ConsoleIO.emitBytes(self(a).out, BytesOps.bytesOf(data), BytesOps.lengthOf(data));
            }
            return PyTypes.NONE;
        });
        method(t, "flush(self, /)", a -> {
            ConsoleIO.flush(self(a).out);
            return PyTypes.NONE;
        });
        common(t, false);
    });

    static final PyType READER = PyTypes.fixedInModule("_io", "BufferedReader", t -> {
        method(t, "read(self, size=-1, /)", a -> new PyBytes(readUpTo(size(a[1]))));
        method(t, "readline(self, size=-1, /)", a -> new PyBytes(readLine(size(a[1]))));
        method(t, "readlines(self, hint=-1, /)", a -> {
            long hint = size(a[1]);
            PyList lines = new PyList();
            long total = 0;
            for (byte[] line = readLine(-1); line.length > 0; line = readLine(-1)) {
                lines.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        method(t, "__iter__(self, /)", a -> a[0]);
        method(t, "__next__(self, /)", a -> {
            byte[] line = readLine(-1);
            if (line.length == 0) {
                throw Errors.stopIteration();
            }
            return new PyBytes(line);
        });
        common(t, true);
    });

    /** Where a writer's bytes go; null for the reader, which reads the context's standard input. */
    private final PrintStream out;
    /** "stdin", "stdout" or "stderr". */
    private final String name;

    private ConsoleBuffer(PrintStream out, String name) {
        this.out = out;
        this.name = name;
    }

    /** The buffer of sys.stdout or sys.stderr, writing to {@code out}. */
    public static ConsoleBuffer writer(PrintStream out, String name) {
        return new ConsoleBuffer(out, name);
    }

    /** The buffer of sys.stdin. */
    public static ConsoleBuffer reader() {
        return new ConsoleBuffer(null, "stdin");
    }

    @Override
    public PyType type() {
        return out == null ? READER : WRITER;
    }

    private static void common(PyType t, boolean reading) {
        method(t, "readable(self, /)", a -> reading);
        method(t, "writable(self, /)", a -> !reading);
        method(t, "seekable(self, /)", a -> false);
        method(t, "isatty(self, /)", a -> false);
        method(t, "fileno(self, /)", a -> (long) switch (self(a).name) {
            case "stdin" -> 0;
            case "stdout" -> 1;
            default -> 2;
        });
        method(t, "__repr__(self, /)", a -> "<_io." + t.name + " name='<" + self(a).name + ">'>");
        PyGetSet.readonly(t, "name", o -> "<" + ((ConsoleBuffer) o).name + ">");
        PyGetSet.readonly(t, "mode", o -> reading ? "rb" : "wb");
        PyGetSet.readonly(t, "closed", o -> false);
    }

    private static ConsoleBuffer self(Object[] a) {
        return (ConsoleBuffer) a[0];
    }

    /** A size or hint argument: an int, with None or a negative number meaning "all". */
    private static long size(Object size) {
        return size == null || size == PyTypes.NONE ? -1 : Ops.indexValue(size);
    }

    private static InputStream stdin() {
        return ThreadState.current().context.stdin;
    }

    /** At most {@code limit} bytes of standard input (all of it if negative), fewer at its end. */
    private static byte[] readUpTo(long limit) {
        InputStream in = stdin();
        try {
            if (in == null) {
                return new byte[0];
            }
            if (limit < 0) {
                return in.readAllBytes();
            }
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    /** The next line of standard input with its "\n", at most {@code limit} bytes if {@code limit >= 0}. */
    private static byte[] readLine(long limit) {
        InputStream in = stdin();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (in != null && line.size() != limit) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                line.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return line.toByteArray();
    }
}

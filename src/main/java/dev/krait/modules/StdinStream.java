package dev.krait.modules;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.ConsoleBuffer;
import dev.krait.runtime.ConsoleIO;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.Strings;
import dev.krait.runtime.ThreadState;

/**
 * {@code sys.stdin}: standard input as a text stream, read through the same stream as {@code input()} so that the
 * two can be mixed.
 */
final class StdinStream extends PyObject {
    static final PyType TYPE = PyTypes.fixedInModule("_io", "TextIOWrapper", t -> {
        // readline's size must be an int (None is a TypeError in CPython), read's and readlines' may be None
        method(t, "readline(self, size=-1, /)", a -> readLine(a[1] == null ? -1 : Ops.indexValue(a[1])));
        method(t, "read(self, size=-1, /)", a -> {
            long n = size(a[1]);
            StringBuilder b = new StringBuilder();
            long count = 0;
            while (n < 0 || count < n) {
                String line = readLine(n < 0 ? -1 : n - count);
                if (line.isEmpty()) {
                    break;
                }
                b.append(line);
                count += Strings.length(line);
            }
            return b.toString();
        });
        method(t, "readlines(self, hint=-1, /)", a -> {
            long hint = size(a[1]);
            PyList lines = new PyList();
            long total = 0;
            for (String line = readLine(-1); !line.isEmpty(); line = readLine(-1)) {
                lines.append(line);
                total += Strings.length(line);
                if (hint > 0 && total > hint) {
                    break;
                }
            }
            return lines;
        });
        method(t, "__iter__(self, /)", a -> a[0]);
        method(t, "__next__(self, /)", a -> {
            String line = readLine(-1);
            if (line.isEmpty()) {
                throw Errors.stopIteration();
            }
            return line;
        });
        for (String writer : new String[] {"write(self, text, /)", "writelines(self, lines, /)"}) {
            method(t, writer, a -> {
                throw Errors.unsupportedOperation("not writable");
            });
        }
        PyGetSet.readonly(t, "line_buffering", o -> false);
        PyGetSet.readonly(t, "write_through", o -> TextStream.writeThrough());
        method(t, "isatty(self, /)", a -> false);
        method(t, "readable(self, /)", a -> true);
        method(t, "writable(self, /)", a -> false);
        method(t, "fileno(self, /)", a -> 0L);
        method(t, "__repr__(self, /)", a -> "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
        PyGetSet.readonly(t, "encoding", o -> "utf-8");
        PyGetSet.readonly(t, "name", o -> "<stdin>");
        PyGetSet.readonly(t, "mode", o -> "r");
        PyGetSet.readonly(t, "closed", o -> false);
        PyGetSet.readonly(t, "buffer", o -> ((StdinStream) o).buffer);
    });

    private final ConsoleBuffer buffer = ConsoleBuffer.reader();

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A size argument: an int, with None or a negative number meaning "all". */
    private static long size(Object size) {
        return size == null || size == PyTypes.NONE ? -1 : Ops.indexValue(size);
    }

    /** The next line, at most {@code limit} characters of it if {@code limit >= 0}; "" at end of input. */
    private static String readLine(long limit) {
        return ConsoleIO.readLine(ThreadState.current().context.stdin, limit);
    }
}

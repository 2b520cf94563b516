package dev.krait.modules;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.ConsoleIO;
import dev.krait.runtime.Context;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code sys.stdin}: a text stream over the context's input, read a line at a time so that it and
 * {@code input()} can take turns on the same input.
 */
public final class StdinStream extends PyObject {
    static final PyType TYPE = PyTypes.fixed("TextIOWrapper", t -> {
        method(t, "readline(self, size=-1, /)", a -> {
            long size = a[1] == null ? -1 : Ops.asIndex(a[1]);
            String line = size < 0 ? ((StdinStream) a[0]).line() : ((StdinStream) a[0]).chars(size, true);
            return line == null ? "" : line;
        });
        method(t, "read(self, size=-1, /)", a -> {
            long size = size(a[1]);
            return size < 0 ? ((StdinStream) a[0]).rest() : ((StdinStream) a[0]).chars(size, false);
        });
        method(t, "readlines(self, hint=-1, /)", a -> {
            PyList lines = new PyList();
            for (String line = ((StdinStream) a[0]).line(); line != null; line = ((StdinStream) a[0]).line()) {
                lines.append(line);
            }
            return lines;
        });
        method(t, "__iter__(self, /)", a -> a[0]);
        method(t, "__next__(self, /)", a -> {
            String line = ((StdinStream) a[0]).line();
            if (line == null) {
                throw Errors.stopIteration();
            }
            return line;
        });
        method(t, "isatty(self, /)", a -> false);
        method(t, "readable(self, /)", a -> true);
        method(t, "writable(self, /)", a -> false);
        method(t, "__repr__(self, /)", a -> "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
        PyGetSet.readonly(t, "encoding", o -> "utf-8");
        PyGetSet.readonly(t, "name", o -> "<stdin>");
        PyGetSet.readonly(t, "closed", o -> false);
    });

    private final Context context;

    StdinStream(Context context) {
        this.context = context;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** read()'s size: absent or None means all. */
    private static long size(Object arg) {
        return arg == null || arg == PyTypes.NONE ? -1 : Ops.asIndex(arg);
    }

    /** Up to {@code limit} characters, stopping after a newline if {@code toNewline}. */
    private String chars(long limit, boolean toNewline) {
        StringBuilder b = new StringBuilder();
        try {
            while (b.length() < limit && context.stdin != null) {
                int first = context.stdin.read();
                if (first < 0) {
                    break;
                }
                int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0;
                byte[] bytes = new byte[extra + 1];
                bytes[0] = (byte) first;
                for (int i = 1; i <= extra; i++) {
                    bytes[i] = (byte) context.stdin.read();
                }
                b.append(new String(bytes, StandardCharsets.UTF_8));
                if (toNewline && first == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return b.toString();
    }

    private String line() {
        return ConsoleIO.readLine(context.stdin);
    }

    /** Everything left of the input; "\r\n" endings read as "\n". */
    private String rest() {
        if (context.stdin == null) {
            return "";
        }
        try {
            String text = new String(context.stdin.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }
}

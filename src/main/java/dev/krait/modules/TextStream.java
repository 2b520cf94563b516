package dev.krait.modules;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.CheckedOutput;
import dev.krait.runtime.ConsoleBuffer;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.Strings;
import dev.krait.runtime.ThreadState;

import java.io.PrintStream;

/** {@code sys.stdout} and {@code sys.stderr}: text streams over the context's Java streams. */
public final class TextStream extends PyObject {
    static final PyType TYPE = PyTypes.fixedInModule("_io", "TextIOWrapper", t -> {
        method(t, "write(self, text, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw Errors.typeError("write() argument must be str, not " + Ops.typeName(a[1]));
            }
            dev.krait.runtime.ConsoleIO.emit(((TextStream) a[0]).out, s, ((TextStream) a[0]).name);
            return (long) Strings.length(s);
        });
        method(t, "flush(self, /)", a -> {
            dev.krait.runtime.ConsoleIO.flush(((TextStream) a[0]).out);
            return PyTypes.NONE;
        });
        method(t, "writelines(self, lines, /)", a -> {
            Object it = dev.krait.runtime.Iteration.iter(a[1]);
            for (Object line = dev.krait.runtime.Iteration.next(it); line != null;
                    line = dev.krait.runtime.Iteration.next(it)) {
                if (!(line instanceof String s)) {
                    throw Errors.typeError("write() argument must be str, not " + Ops.typeName(line));
                }
                dev.krait.runtime.ConsoleIO.emit(((TextStream) a[0]).out, s, ((TextStream) a[0]).name);
            }
            return PyTypes.NONE;
        });
        method(t, "isatty(self, /)", a -> false);
        method(t, "writable(self, /)", a -> true);
        method(t, "readable(self, /)", a -> false);
        method(t, "seekable(self, /)", a -> false);
        method(t, "fileno(self, /)", a -> ((TextStream) a[0]).name.equals("stdout") ? 1L : 2L);
        for (String reader : new String[] {"read(self, size=-1, /)", "readline(self, size=-1, /)",
            "readlines(self, hint=-1, /)"}) {
            method(t, reader, a -> {
                throw Errors.unsupportedOperation("not readable");
            });
        }
        // CPython line-buffers stderr always and stdout on a terminal, unless -u makes both write through
        PyGetSet.readonly(t, "line_buffering", o -> ((TextStream) o).name.equals("stderr")
                ? !writeThrough() : ThreadState.current().context.stdout instanceof CheckedOutput c && c.lineBuffered());
        PyGetSet.readonly(t, "write_through", o -> writeThrough());
        PyGetSet.readonly(t, "closed", o -> false);
        PyGetSet.readonly(t, "mode", o -> "w");
        PyGetSet.readonly(t, "errors", o -> dev.krait.runtime.ConsoleIO.errorHandler(((TextStream) o).name));
        method(t, "__repr__(self, /)", a -> "<_io.TextIOWrapper name='<" + ((TextStream) a[0]).name
                + ">' mode='w' encoding='utf-8'>");
        PyGetSet.readonly(t, "encoding", o -> "utf-8");
        PyGetSet.readonly(t, "name", o -> "<" + ((TextStream) o).name + ">");
        PyGetSet.readonly(t, "buffer", o -> ((TextStream) o).buffer);
    });

    private final PrintStream out;
    private final String name;
    private final ConsoleBuffer buffer;

    TextStream(PrintStream out, String name) {
        this.out = out;
        this.name = name;
        this.buffer = ConsoleBuffer.writer(out, name);
    }

    /**
     * Whether the standard streams write through ({@code -u} or PYTHONUNBUFFERED), which the command line decides
     * for stdout; an embedder's own stream counts as buffered.
     */
    static boolean writeThrough() {
        return ThreadState.current().context.stdout instanceof CheckedOutput c && c.unbuffered();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}

package dev.krait.vm;

import dev.krait.runtime.Context;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTraceback;
import dev.krait.runtime.PyType;
import dev.krait.runtime.ExceptionTypes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Formats an uncaught exception the way CPython 3.11 prints it: chained exceptions first, each with its
 * "Traceback (most recent call last):" entries (file, line, function, source line, carets under the failing
 * expression), then "Type: message" and any notes; SyntaxErrors show the offending line and a caret.
 */
public final class TracebackPrinter {
    private final Context context;
    private final StringBuilder out = new StringBuilder();
    private final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private TracebackPrinter(Context context) {
        this.context = context;
    }

    public static String format(Context context, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(context);
        p.chain(exc);
        return p.out.toString();
    }

    private void chain(PyBaseException exc) {
        seen.add(exc);
        if (exc.cause != null && !seen.contains(exc.cause)) {
            chain(exc.cause);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.contains(exc.context)) {
            chain(exc.context);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(exc);
    }

    private void single(PyBaseException exc) {
        if (exc.traceback != null) {
            out.append("Traceback (most recent call last):\n");
            for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
                entry(tb);
            }
        }
        if (exc.isInstance(ExceptionTypes.SYNTAX_ERROR)) {
            syntaxErrorDetail(exc);
        }
        out.append(exceptionLine(exc));
        String hint = Suggestions.hint(exc);
        if (hint != null) {
            out.append(". Did you mean: '").append(hint).append("'?");
        }
        out.append('\n');
        Object notes = exc.dict.get("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                out.append(safeStr(l.get(i))).append('\n');
            }
        }
    }

    private void entry(PyTraceback tb) {
        out.append("  File \"").append(tb.filename).append("\", line ").append(tb.lineno).append(", in ")
                .append(tb.name).append('\n');
        String line = sourceLine(tb.filename, tb.lineno);
        if (line == null) {
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        int indent = line.indexOf(stripped);
        if (tb.col >= 0 && tb.endCol >= 0 && tb.endLineno == tb.lineno) {
            int from = tb.col - indent;
            int to = tb.endCol - indent;
            boolean wholeLine = from <= 0 && to >= stripped.length();
            if (!wholeLine && from >= 0 && to > from && to <= stripped.length()) {
                out.append("    ").append(" ".repeat(from)).append("^".repeat(to - from)).append('\n');
            }
        }
    }

    private void syntaxErrorDetail(PyBaseException exc) {
        Object file = exc.dict.get("filename");
        Object lineno = exc.dict.get("lineno");
        if (!(file instanceof String) || !(lineno instanceof Long)) {
            return;
        }
        out.append("  File \"").append(file).append("\", line ").append(lineno).append('\n');
        Object text = exc.dict.get("text");
        if (!(text instanceof String t)) {
            return;
        }
        String line = t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
        String stripped = line.stripLeading();
        int removed = line.length() - stripped.length();
        String shown = stripped.stripTrailing();
        out.append("    ").append(shown).append('\n');
        Object offset = exc.dict.get("offset");
        Object endOffset = exc.dict.get("end_offset");
        if (offset instanceof Long o && o >= 1) {
            int start = (int) (o - 1 - removed);
            int end = endOffset instanceof Long e && e > o && exc.dict.get("end_lineno") == lineno ? (int) (e - 1 - removed)
                    : start + 1;
            start = Math.max(0, Math.min(start, shown.length()));
            end = Math.max(start + 1, Math.min(end, shown.length() + 1));
            out.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
        }
    }

    /** "ZeroDivisionError: division by zero", with the module prefix CPython adds for non-builtin classes. */
    static String exceptionLine(PyBaseException exc) {
        PyType t = exc.type();
        String name = t.qualname();
        Object module = t.dict().get("__module__");
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            name = m + "." + name;
        }
        String msg = exc.isInstance(ExceptionTypes.SYNTAX_ERROR) && exc.dict.get("msg") instanceof String m2 ? m2
                : safeStr(exc);
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String safeStr(Object o) {
        try {
            return Ops.str(o);
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    private String sourceLine(String filename, int lineno) {
        String src = context.sources.get(filename);
        if (src == null) {
            try {
                Path p = Path.of(filename);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                src = Files.readString(p, StandardCharsets.UTF_8);
                context.sources.put(filename, src);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        String[] lines = src.split("\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }
}

package dev.krait.vm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import dev.krait.runtime.Builtins;
import dev.krait.runtime.Context;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Items;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyByteArray;
import dev.krait.runtime.PyBytes;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTraceback;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.SourceLines;

/**
 * Formats an uncaught exception the way CPython 3.11 prints it: chained exceptions first, each with its
 * "Traceback (most recent call last):" entries (file, line, function, source line, carets under the failing
 * expression), then "Type: message" and any notes; SyntaxErrors show the offending line and a caret.
 */
public final class TracebackPrinter {
    private final Context context;
    private StringBuilder out = new StringBuilder();
    private final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** How deep inside exception groups the text being printed is (0: not in a group). */
    private int groupDepth;
    /** Whether the innermost group still needs its closing line. */
    private boolean needClose;

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private TracebackPrinter(Context context) {
        this.context = context;
    }

    public static String format(Context context, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(context);
        p.chain(exc);
        return p.out.toString();
    }

    /** The exception alone, without the causes and contexts that led to it (as unraisable exceptions print). */
    static String formatWithoutChain(Context context, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(context);
        p.single(exc);
        return p.out.toString();
    }

    /** The exception with the chain of causes and contexts that led to it, oldest first. */
    private void chain(PyBaseException exc) {
        List<Object[]> output = new ArrayList<>();
        for (PyBaseException e = exc; e != null; ) {
            seen.add(e);
            String msg = null;
            PyBaseException next = null;
            if (e.cause != null && !seen.contains(e.cause)) {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = e.cause;
            } else if (e.context != null && !e.suppressContext && !seen.contains(e.context)) {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = e.context;
            }
            output.add(new Object[] {msg, e});
            e = next;
        }
        for (int i = output.size() - 1; i >= 0; i--) {
            if (output.get(i)[0] != null) {
                emit((String) output.get(i)[0], '|');
            }
            single((PyBaseException) output.get(i)[1]);
        }
    }

    private void single(PyBaseException exc) {
        if (!ExceptionGroupsView.isGroup(exc)) {
            if (exc.traceback != null) {
                emit("Traceback (most recent call last):\n", '|');
                emit(captured(() -> entries(exc.traceback)), '|');
            }
            emit(captured(() -> exceptionOnly(exc)), '|');
            return;
        }
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (exc.traceback != null) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(captured(() -> entries(exc.traceback)), '|');
        }
        emit(captured(() -> exceptionOnly(exc)), '|');
        Object[] members = ExceptionGroupsView.members(exc);
        int n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                chain((PyBaseException) members[i]);
            } else {
                int remaining = members.length - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** Appends text, each line prefixed by the group indentation and margin character when inside a group. */
    private void emit(String text, char margin) {
        if (groupDepth == 0) {
            out.append(text);
            return;
        }
        String prefix = indent() + margin + " ";
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, start, end);
            start = end;
        }
    }

    /** Runs a writer of {@link #out} and returns what it wrote instead. */
    private String captured(Runnable writer) {
        StringBuilder saved = out;
        out = new StringBuilder();
        writer.run();
        String text = out.toString();
        out = saved;
        return text;
    }

    /** The SyntaxError detail, "Type: message" with any hint, and the notes. */
    private void exceptionOnly(PyBaseException exc) {
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
        if (notes != null) {
            notes(notes);
        }
    }

    /**
     * The notes as CPython 3.11 prints them: each item of a sequence (a str too, character by character) as its
     * str() on a line of its own; anything else as its repr, with no newline after it.
     */
    private void notes(Object notes) {
        try {
            if (!isSequence(notes)) {
                out.append(Ops.repr(notes));
                return;
            }
            long n = Builtins.len(notes);
            for (long i = 0; i < n; i++) {
                Object note = Items.getItem(notes, i);
                String text;
                try {
                    text = Ops.str(note);
                } catch (PyException e) {
                    text = "<note str() failed>";
                }
                out.append(text).append('\n');
            }
        } catch (PyException e) {
            out.append("<__notes__ repr() failed>");
        }
    }

    /** CPython's PySequence_Check: a type with an item slot that is not a dict (str counts). */
    private static boolean isSequence(Object o) {
        PyType t = Ops.type(o);
        if (t.isSubtypeOf(PyTypes.DICT)) {
            return false;
        }
        if (!t.builtin) {
            return t.lookup("__getitem__") != null;
        }
        return o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyRange
                || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** Like CPython: at most the last {@link #LIMIT} entries, and runs of an identical entry cut after three. */
    private void entries(PyTraceback first) {
        int count = 0;
        for (PyTraceback tb = first; tb != null; tb = tb.next) {
            count++;
        }
        PyTraceback tb = first;
        for (; count > LIMIT; count--) {
            tb = tb.next;
        }
        PyTraceback last = null;
        int repeats = 0;
        for (; tb != null; tb = tb.next) {
            if (last == null || !tb.filename.equals(last.filename) || tb.lineno != last.lineno
                    || !tb.name.equals(last.name)) {
                repeated(repeats);
                last = tb;
                repeats = 0;
            }
            repeats++;
            if (repeats <= RECURSIVE_CUTOFF) {
                entry(tb);
            }
        }
        repeated(repeats);
    }

    private static final int LIMIT = 1000;
    private static final int RECURSIVE_CUTOFF = 3;

    private void repeated(int repeats) {
        if (repeats > RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void entry(PyTraceback tb) {
        out.append("  File \"").append(tb.filename).append("\", line ").append(tb.lineno).append(", in ")
                .append(tb.name).append('\n');
        String line = SourceLines.get(context, tb.filename, tb.lineno);
        if (line == null) {
            return;
        }
        // CPython removes only the indentation (spaces, tabs, form feeds); trailing blanks stay on show and count
        // when deciding whether the carets would span the whole line.
        String stripped = Carets.withoutIndent(line);
        if (stripped.isBlank()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        if (tb.col >= 0 && tb.endCol >= 0) {
            out.append(Carets.line(line, stripped, tb.col, tb.lineno == tb.endLineno ? tb.endCol : -1));
        }
    }

    /** The "File ..., line N", source line and caret block that CPython prints above a SyntaxError. */
    private void syntaxErrorDetail(PyBaseException exc) {
        Object file = exc.dict.get("filename");
        Object lineno = exc.dict.get("lineno");
        if (!(file instanceof String) || !(lineno instanceof Long)) {
            return;
        }
        out.append("  File \"").append(file).append("\", line ").append(lineno).append('\n');
        if (!(exc.dict.get("text") instanceof String text)) {
            return;
        }
        long offset = exc.dict.get("offset") instanceof Long o ? o : -1;
        long endOffset = exc.dict.get("end_offset") instanceof Long e ? e : -1;
        long endLineno = exc.dict.get("end_lineno") instanceof Long e ? e : -1;
        // CPython measures the line in UTF-8 bytes here, while the offsets count what the error says they count
        // (characters, or bytes for a parser error in a file), so non-ASCII text can shift the carets: as there.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (endLineno > (Long) lineno) {
            // Only the first line of a multi-line error is shown, marked to its end.
            endOffset = bytes.length;
        }
        endOffset = Math.min(endOffset, bytes.length + 1);
        // IndentationErrors get a single caret, whatever their end offset says.
        long carets = endOffset > 0 && endOffset > offset && !exc.isInstance(ExceptionTypes.INDENTATION_ERROR)
                ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
            start++;
            offset--;
        }
        int len = bytes.length - start;
        if (len > 0 && bytes[start + len - 1] == '\n') {
            len--;
        }
        offset = Math.min(offset, len);
        // An offset past a newline inside the text points into a later line, which is shown alone.
        for (int i = start; i < start + len && i - start < offset; i++) {
            if (bytes[i] == '\n') {
                offset -= i + 1 - start;
                len -= i + 1 - start;
                start = i + 1;
                i = start - 1;
            }
        }
        String shown = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        out.append("    ").append(shown);
        if (start + len >= bytes.length || bytes[start + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) carets)).append('\n');
    }

    /** "ZeroDivisionError: division by zero", with the module prefix CPython adds for non-builtin classes. */
    static String exceptionLine(PyBaseException exc) {
        PyType t = exc.type();
        String name = t.qualname();
        Object module = t.moduleName();
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
}

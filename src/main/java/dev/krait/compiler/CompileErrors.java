package dev.krait.compiler;

import java.nio.charset.StandardCharsets;

import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Loc;
import dev.krait.runtime.ConsoleIO;
import dev.krait.runtime.SourceLines;
import dev.krait.runtime.ThreadState;

/**
 * Builds the SyntaxErrors the compiler raises (after parsing succeeded), with CPython's location and source line,
 * and shows the SyntaxWarnings it finds. CPython quotes the line of either from the file named by the code's
 * filename, not from the source it compiled: code compiled from a string under a name like {@code "<string>"} has
 * no line to quote.
 */
final class CompileErrors {
    private final String filename;
    /** The source compiled, to count columns in; null when unknown. */
    private final String source;

    CompileErrors(String filename) {
        this(filename, null);
    }

    CompileErrors(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    SyntaxError at(String msg, Loc loc) {
        ThreadState ts = ThreadState.currentOrNull();
        String line = SourceLines.get(ts == null ? null : ts.context, filename, loc.line());
        return new SyntaxError("SyntaxError", msg, filename, loc.line(), byteColumn(loc.line(), loc.col()) + 1,
                loc.endLine(), byteColumn(loc.endLine(), loc.endCol()) + 1, line == null ? null : line + "\n");
    }

    /**
     * Code-point column {@code col} of source line {@code lineNumber} in UTF-8 bytes: CPython's compiler reports
     * the AST's byte columns as they are.
     */
    private int byteColumn(int lineNumber, int col) {
        String line = source == null || col <= 0 ? null : sourceLine(lineNumber);
        if (line == null) {
            return col;
        }
        int end = Math.min(col, line.codePointCount(0, line.length()));
        String prefix = line.substring(0, line.offsetByCodePoints(0, end));
        return prefix.getBytes(StandardCharsets.UTF_8).length + col - end;
    }

    /** Line {@code lineNumber} (from 1) of the source, or null. */
    private String sourceLine(int lineNumber) {
        int start = 0;
        for (int i = 1; i < lineNumber; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return source.substring(start, end < 0 ? source.length() : end);
    }

    /**
     * Shows a SyntaxWarning at the first line of {@code loc} on sys.stderr the way CPython's default warning
     * display does, while compiling (so before the code runs, and before a later SyntaxError): "file:line:
     * SyntaxWarning: message", then the stripped source line if the file has one. Every warning shows, even a
     * repeat from the same line, because CPython's compiler warns without a registry of warnings already shown.
     * A null message means nothing to warn about; compiling outside a running program (no context on this thread)
     * shows nothing.
     */
    void warn(String msg, Loc loc) {
        warn(msg, loc.line());
    }

    /** {@link #warn(String, Loc)} for file line {@code lineNumber}. */
    void warn(String msg, int lineNumber) {
        ThreadState ts = ThreadState.currentOrNull();
        if (msg == null || ts == null) {
            return;
        }
        StringBuilder b = new StringBuilder(filename).append(':').append(lineNumber).append(": SyntaxWarning: ")
                .append(msg).append('\n');
        String line = SourceLines.get(ts.context, filename, lineNumber);
        if (line != null) {
            b.append("  ").append(line.strip()).append('\n');
        }
        ConsoleIO.writeStderr(b.toString());
        ts.context.stderr.flush();
    }
}

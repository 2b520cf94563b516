package dev.krait.compiler;

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

    CompileErrors(String filename) {
        this.filename = filename;
    }

    SyntaxError at(String msg, Loc loc) {
        ThreadState ts = ThreadState.currentOrNull();
        String line = SourceLines.get(ts == null ? null : ts.context, filename, loc.line());
        return new SyntaxError("SyntaxError", msg, filename, loc.line(), loc.col() + 1, loc.endLine(),
                loc.endCol() + 1, line == null ? null : line + "\n");
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

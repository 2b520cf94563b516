package dev.krait.compiler;

import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Loc;
import dev.krait.runtime.ThreadState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the SyntaxErrors the compiler raises (after parsing succeeded), with CPython's location and source line.
 * CPython quotes such an error's line from the file named by the code's filename, not from the source it compiled:
 * code compiled from a string under a name like {@code "<string>"} has no line to quote.
 */
final class CompileErrors {
    private final String filename;
    /** The lines of the named file, read when the first error needs one; empty if there is no such file. */
    private String[] lines;

    CompileErrors(String filename) {
        this.filename = filename;
    }

    SyntaxError at(String msg, Loc loc) {
        String[] fileLines = fileLines();
        String text = null;
        if (loc.line() >= 1 && loc.line() <= fileLines.length) {
            text = fileLines[loc.line() - 1] + "\n";
        }
        return new SyntaxError("SyntaxError", msg, filename, loc.line(), loc.col() + 1, loc.endLine(),
                loc.endCol() + 1, text);
    }

    /**
     * Issues a SyntaxWarning at {@code loc} the way CPython's default warning filter shows it on stderr:
     * "file:line: SyntaxWarning: message" and the stripped source line, if the file has one. Compiling outside a
     * running program (no context on this thread) shows nothing.
     */
    void warn(String msg, Loc loc) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        StringBuilder b = new StringBuilder(filename).append(':').append(loc.line()).append(": SyntaxWarning: ")
                .append(msg).append('\n');
        String[] fileLines = fileLines();
        if (loc.line() >= 1 && loc.line() <= fileLines.length && !fileLines[loc.line() - 1].isBlank()) {
            b.append("  ").append(fileLines[loc.line() - 1].strip()).append('\n');
        }
        ts.context.stderr.print(b);
    }

    private String[] fileLines() {
        if (lines == null) {
            lines = new String[0];
            try {
                Path p = Path.of(filename);
                if (Files.isRegularFile(p)) {
                    lines = Files.readString(p, StandardCharsets.UTF_8).split("\n", -1);
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable or impossible path quotes no line, as in CPython.
            }
        }
        return lines;
    }
}

package dev.krait.compiler;

import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Loc;

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

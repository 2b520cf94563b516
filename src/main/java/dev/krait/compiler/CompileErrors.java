package dev.krait.compiler;

import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Loc;

/** Builds the SyntaxErrors the compiler raises, with CPython's location and source line. */
final class CompileErrors {
    private final String filename;
    private final String[] lines;

    CompileErrors(String source, String filename) {
        this.filename = filename;
        this.lines = source.split("\n", -1);
    }

    SyntaxError at(String msg, Loc loc) {
        String text = null;
        if (loc.line() >= 1 && loc.line() <= lines.length) {
            text = lines[loc.line() - 1] + "\n";
        }
        return new SyntaxError("SyntaxError", msg, filename, loc.line(), loc.col() + 1, loc.endLine(),
                loc.endCol() + 1, text);
    }
}

package dev.krait.compiler;

import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Loc;

import java.util.List;

/**
 * Builds the SyntaxErrors the compiler raises, with CPython's location and source line, and collects the
 * SyntaxWarnings it finds into the caller's list.
 */
final class CompileErrors {
    private final String filename;
    private final String[] lines;
    private final List<CompileWarning> warnings;

    CompileErrors(String source, String filename, List<CompileWarning> warnings) {
        this.filename = filename;
        this.lines = source.split("\n", -1);
        this.warnings = warnings;
    }

    /** Records a SyntaxWarning at the first line of {@code loc}; a null message means nothing to warn about. */
    void warn(String message, Loc loc) {
        if (message != null) {
            warnings.add(new CompileWarning(filename, loc.line(), message));
        }
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

package dev.krait.lexer;

/**
 * A compile-time error in Python source, raised by the lexer, parser and compiler. The runtime turns it into a
 * Python {@code SyntaxError} (or {@code IndentationError} / {@code TabError}) object with the same fields, and the
 * traceback printer shows it exactly as CPython does:
 *
 * <pre>
 *   File "prog.py", line 1
 *     x = (
 *         ^
 * SyntaxError: '(' was never closed
 * </pre>
 *
 * Lines are 1-based; offsets are 1-based code-point columns as in CPython's {@code SyntaxError.offset}, with
 * {@code endOffset} exclusive (0 when unknown). {@code text} is the offending source line including its newline,
 * or null.
 */
public final class SyntaxError extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError": the Python exception type to raise. */
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public SyntaxError(String type, String msg, String filename, int lineno, int offset, int endLineno,
                       int endOffset, String text) {
        super(msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public SyntaxError(String msg, String filename, int lineno, int offset, String text) {
        this("SyntaxError", msg, filename, lineno, offset, 0, 0, text);
    }

    @Override
    public String toString() {
        return type + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}

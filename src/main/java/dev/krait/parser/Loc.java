package dev.krait.parser;

/**
 * A source span: 1-based lines, 0-based columns counted in code points, end exclusive. The compiler copies spans
 * into the code object's location table so tracebacks can name the line and underline the failing expression.
 */
public record Loc(int line, int col, int endLine, int endCol) {
    public static final Loc NONE = new Loc(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Loc span(Loc a, Loc b) {
        return new Loc(a.line, a.col, b.endLine, b.endCol);
    }
}

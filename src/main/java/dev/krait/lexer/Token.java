package dev.krait.lexer;

/**
 * One token. Positions are file positions: 1-based lines, 0-based code-point columns, end exclusive. They follow
 * CPython's C tokenizer (not the {@code tokenize} module) because the parser's error locations derive from them:
 * a NEWLINE spans a trailing comment if there is one and is otherwise empty, placed where the newline character is;
 * an INDENT spans the indentation; a DEDENT is an empty token where the dedented line's text starts; the DEDENTs at
 * the end of input and the ENDMARKER are empty tokens at the end of the last line.
 *
 * <p>{@code value} holds what the lexer already knows about the token: for a NAME or keyword the identifier,
 * NFKC-normalised as CPython does; for a NUMBER its constant (Long, BigInteger, Double or
 * {@link dev.krait.parser.Expr.ComplexLiteral}); null for everything else. String literals are decoded by the parser
 * because f-strings contain expressions.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** This token's identifier, for NAME and keyword tokens. */
    public String name() {
        return (String) value;
    }

    /** A line in the format of {@code python3 -m tokenize}: {@code 1,0-1,5:  NAME  'print'}. */
    @Override
    public String toString() {
        String range = line + "," + col + "-" + endLine + "," + endCol + ":";
        String category = kind.category().name();
        return String.format("%-20s%-15s%s", range, category, PyRepr.str(text));
    }
}

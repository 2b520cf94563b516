package dev.krait.lexer;

import dev.krait.unicode.UnicodeChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Python source into tokens, one at a time ({@link #next()}, as the parser pulls them) or all at once
 * ({@link #tokenize}). Follows CPython 3.11's C tokenizer: INDENT/DEDENT from leading whitespace with tab stops of 8
 * and the tabs-versus-spaces consistency check, implicit line joining inside brackets, backslash continuation,
 * comments and blank lines skipped, every number and string literal form, and the same error messages at the same
 * places.
 *
 * <p>The first error ends tokenizing: {@link #next()} throws it, and throws it again on every later call.
 */
public final class Lexer {
    /** CPython's limit on bracket nesting (MAXLEVEL). */
    private static final int MAX_PAREN_LEVEL = 200;
    /** CPython's limit on indentation levels (MAXINDENT). */
    private static final int MAX_INDENT_LEVEL = 100;
    private static final int TAB_SIZE = 8;
    private static final int EOF = CharCursor.EOF;

    /**
     * How a tokenizer error found after the parser has already failed ranks against the parser's error. CPython
     * tokenizes the rest of the file when the parser fails and prefers most tokenizer errors to the parser's.
     */
    private enum Precedence {
        /** Errors CPython's tokenizer raises directly (bad literals, bad characters, unmatched brackets). */
        OVERRIDES_PARSER,
        /** An unclosed bracket wins only if it was opened on a line before the parser's error. */
        OVERRIDES_PARSER_ON_LATER_LINE,
        /** Indentation errors and the like, which the parser only sees when it reaches them. */
        YIELDS_TO_PARSER
    }

    private final SourceText src;
    private final CharCursor in;
    private final NumberScanner numbers;

    private final int[] indentCols = new int[MAX_INDENT_LEVEL];
    /** Indentation measured with tabs as one column: must order the same way as with tab stops of 8. */
    private final int[] altIndentCols = new int[MAX_INDENT_LEVEL];
    private int indentLevel;
    /** Positive: INDENTs to emit; negative: DEDENTs to emit. */
    private int pendingIndents;

    private final int[] parenChars = new int[MAX_PAREN_LEVEL];
    private final int[] parenLines = new int[MAX_PAREN_LEVEL];
    private final int[] parenCols = new int[MAX_PAREN_LEVEL];
    private int parenLevel;

    private boolean atLineStart = true;
    /** The current line holds only whitespace and a comment; it produces no tokens at all. */
    private boolean blankLine;
    private boolean finished;

    private SyntaxError failure;
    private Precedence failurePrecedence;
    private int failureLine;

    public Lexer(SourceText src) {
        this(src, WarningSink.IGNORE);
    }

    /** A lexer that passes its SyntaxWarnings to {@code warnings}. */
    public Lexer(SourceText src, WarningSink warnings) {
        this.src = src;
        this.in = new CharCursor(src);
        this.numbers = new NumberScanner(in, warnings);
        rejectNullBytes();
    }

    /** CPython refuses a source containing NUL before tokenizing it; the message names the line, no column. */
    private void rejectNullBytes() {
        for (int i = 0; i < src.length(); i++) {
            if (src.at(i) != 0) continue;
            int line = src.lineOf(i);
            String text = src.lineText(line, true).replace("\0", "");
            throw fail(new SyntaxError("SyntaxError", "source code cannot contain null bytes", src.filename(),
                    src.fileLine(line), 0, src.fileLine(line), 0, text), Precedence.OVERRIDES_PARSER);
        }
    }

    /** All tokens of {@code source}, ending with ENDMARKER; throws the first SyntaxError. */
    public static List<Token> tokenize(String source, String filename) {
        Lexer lexer = new Lexer(SourceText.of(source, filename));
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (t.kind() != TokenKind.ENDMARKER);
        return tokens;
    }

    /** The next token; after ENDMARKER, ENDMARKER again. */
    public Token next() {
        if (failure != null) throw failure;
        try {
            return scan();
        } catch (SyntaxError e) {
            // The number scanner's errors are not recorded where they are raised; like all errors CPython's
            // tokenizer raises itself, they take precedence over the parser's.
            if (failure == null) fail(e, Precedence.OVERRIDES_PARSER);
            throw e;
        }
    }

    /**
     * Called after the parser failed with an error on file line {@code parserErrorLine}: tokenizes the rest of the
     * input and returns the tokenizer error CPython would report instead of the parser's, or null.
     */
    public SyntaxError errorOverridingParser(int parserErrorLine) {
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                // Only the errors matter here.
            }
            return null;
        } catch (SyntaxError e) {
            return switch (failurePrecedence) {
                case OVERRIDES_PARSER -> e;
                case OVERRIDES_PARSER_ON_LATER_LINE -> failureLine < parserErrorLine ? e : null;
                case YIELDS_TO_PARSER -> null;
            };
        }
    }

    private SyntaxError fail(SyntaxError e, Precedence precedence) {
        failure = e;
        failurePrecedence = precedence;
        failureLine = e.lineno;
        return e;
    }

    /** An error raised by CPython's tokenizer itself: the caret on the last character read. */
    private SyntaxError failHere(String msg) {
        return fail(in.errorHere(msg), Precedence.OVERRIDES_PARSER);
    }

    private Token scan() {
        if (finished) return endMarker();
        if (atLineStart) {
            atLineStart = false;
            measureIndentation();
        }
        if (pendingIndents != 0) return indentToken();

        while (true) {
            while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\f') in.next();
            int start = in.pos();
            int startCol = in.col();
            if (in.peek() == '#') {
                while (in.peek() != '\n' && in.peek() != EOF) in.next();
            }
            int line = in.line();
            int endCol = in.col();
            int c = in.next();
            if (c == EOF) {
                return endOfInput();
            }
            if (c == '\n') {
                if (parenLevel > 0) {
                    // Inside brackets lines join implicitly; indentation means nothing.
                    blankLine = false;
                    continue;
                }
                if (blankLine) {
                    measureIndentation();
                    if (pendingIndents != 0) return indentToken();
                    continue;
                }
                // A NEWLINE token spans the comment before it, if any, and ends where the newline is.
                atLineStart = true;
                return token(TokenKind.NEWLINE, "", null, line, startCol, line, endCol);
            }
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            return tokenStartingWith(c, start, startCol);
        }
    }

    private Token tokenStartingWith(int c, int start, int startCol) {
        int line = in.line();
        if (isIdentifierStart(c)) return nameOrString(c, start, startCol);
        if (NumberScanner.isDigit(c) || (c == '.' && NumberScanner.isDigit(in.peek()))) {
            Object value = numbers.scan(c);
            return token(TokenKind.NUMBER, src.text(start, in.pos()), value, line, startCol, line, in.col());
        }
        if (c == '\'' || c == '"') return string(c, start, startCol);
        if (c < 128 && !UnicodeChars.isPrintable(c)) {
            throw failHere(String.format("invalid non-printable character U+%04X", c));
        }
        return operator(c, start, startCol);
    }

    /**
     * Processes the leading whitespace of a line: queues INDENT/DEDENTs or reports inconsistent indentation. A
     * backslash continuation inside the indentation is allowed; the first one fixes the indentation, unless it is
     * in column 0, which CPython takes for "not fixed" so that the next line's whitespace counts.
     */
    private void measureIndentation() {
        int col = 0;
        int altCol = 0;
        int continuationCol = 0;
        while (true) {
            int c = in.peek();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else if (c == '\\') {
                if (continuationCol == 0) continuationCol = col;
                in.next();
                lineContinuation();
                continue;
            } else {
                break;
            }
            in.next();
        }
        if (continuationCol > 0) {
            col = continuationCol;
            altCol = continuationCol;
        }
        int c = in.peek();
        blankLine = c == '#' || c == '\n';
        if (blankLine || parenLevel > 0) return;
        if (col == indentCols[indentLevel]) {
            if (altCol != altIndentCols[indentLevel]) throw inconsistentTabs();
        } else if (col > indentCols[indentLevel]) {
            if (indentLevel + 1 >= MAX_INDENT_LEVEL) {
                throw fail(indentationError("IndentationError", "too many levels of indentation"),
                        Precedence.YIELDS_TO_PARSER);
            }
            if (altCol <= altIndentCols[indentLevel]) throw inconsistentTabs();
            pendingIndents++;
            indentLevel++;
            indentCols[indentLevel] = col;
            altIndentCols[indentLevel] = altCol;
        } else {
            while (indentLevel > 0 && col < indentCols[indentLevel]) {
                pendingIndents--;
                indentLevel--;
            }
            if (col != indentCols[indentLevel]) {
                throw fail(src.error("IndentationError", "unindent does not match any outer indentation level",
                        in.line(), pastEndOfLine(in.line()), in.line(), -1, true), Precedence.YIELDS_TO_PARSER);
            }
            if (altCol != altIndentCols[indentLevel]) throw inconsistentTabs();
        }
    }

    private SyntaxError inconsistentTabs() {
        return fail(indentationError("TabError", "inconsistent use of tabs and spaces in indentation"),
                Precedence.YIELDS_TO_PARSER);
    }

    private SyntaxError indentationError(String type, String msg) {
        return src.error(type, msg, in.line(), 1, in.line(), 0, true);
    }

    private Token indentToken() {
        if (in.peek() == EOF) {
            pendingIndents++;
            return endToken(TokenKind.DEDENT);
        }
        int line = in.line();
        int col = in.col();
        if (pendingIndents > 0) {
            pendingIndents--;
            return token(TokenKind.INDENT, src.text(in.lineStart(), in.pos()), null, line, 0, line, col);
        }
        pendingIndents++;
        return token(TokenKind.DEDENT, "", null, line, col, line, col);
    }

    /**
     * End of input, always reached at the start of a line because the text ends with a newline, so the last NEWLINE
     * and the DEDENTs back to column 0 have been produced. Inside brackets it is an error.
     */
    private Token endOfInput() {
        if (parenLevel > 0) throw unclosedBracket();
        finished = true;
        return endMarker();
    }

    /** The end of input inside brackets: CPython points at the innermost bracket still open. */
    private SyntaxError unclosedBracket() {
        int level = parenLevel - 1;
        SyntaxError e = src.error("SyntaxError", "'" + (char) parenChars[level] + "' was never closed",
                parenLines[level], parenCols[level] + 1, parenLines[level], 0, true);
        return fail(e, Precedence.OVERRIDES_PARSER_ON_LATER_LINE);
    }

    private Token endMarker() {
        return endToken(TokenKind.ENDMARKER);
    }

    /** Tokens at the end of input sit at the end of the last line, where CPython reports errors about them. */
    private Token endToken(TokenKind kind) {
        int line = src.lineCount();
        int col = src.length() - 1 - src.lineStart(line);
        return token(kind, "", null, line, col, line, col);
    }

    /** A backslash outside a string: must be followed by a newline, and joins the next line to this one. */
    private void lineContinuation() {
        int backslashLine = in.line();
        int backslashCol = in.col();
        int c = in.next();
        if (c == '\n' && in.peek() == EOF && src.finalNewlineUnseen()) {
            // The string ended with the backslash: CPython's tokenizer finds no newline after it.
            throw fail(src.error("SyntaxError", "unexpected character after line continuation character",
                    backslashLine, backslashCol, backslashLine, 0, true), Precedence.YIELDS_TO_PARSER);
        }
        if (c != '\n') {
            throw fail(src.error("SyntaxError", "unexpected character after line continuation character",
                    in.line(), in.col(), in.line(), 0, true), Precedence.YIELDS_TO_PARSER);
        }
        if (in.peek() == EOF) {
            if (parenLevel > 0) throw unclosedBracket();
            throw fail(src.error("SyntaxError", "unexpected EOF while parsing", backslashLine,
                    pastEndOfLine(backslashLine), backslashLine, -1, true), Precedence.YIELDS_TO_PARSER);
        }
    }

    /** The offset CPython gives errors found when its tokenizer has read a whole line: just after the newline. */
    private int pastEndOfLine(int line) {
        return src.lineText(line, false).length() + 1;
    }

    /** An identifier or keyword, or the prefix of a string literal (b, r, u, f and their combinations). */
    private Token nameOrString(int c, int start, int startCol) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = in.next();
            if (c == '"' || c == '\'') return string(c, start, startCol);
        }
        boolean nonAscii = false;
        while (NumberScanner.isIdentifierChar(c)) {
            nonAscii |= c >= 128;
            c = in.next();
        }
        in.backup(c);
        String text = src.text(start, in.pos());
        String name = text;
        if (nonAscii) {
            verifyIdentifier(start);
            name = UnicodeChars.normalizeIdentifier(text);
        }
        // Keywords are recognised as written: a name that only normalises to one (bold "if") is a name.
        TokenKind keyword = nonAscii ? null : TokenKind.keyword(name);
        int line = in.line();
        return token(keyword != null ? keyword : TokenKind.NAME, text, name, line, startCol, line, in.col());
    }

    /** Rejects a would-be identifier containing characters that cannot be part of one, as CPython does. */
    private void verifyIdentifier(int start) {
        for (int i = start; i < in.pos(); i++) {
            int c = src.at(i);
            boolean ok = i == start ? UnicodeChars.isIdentifierStart(c) : UnicodeChars.isIdentifierPart(c);
            if (ok) continue;
            in.reset(i + 1, in.line());
            if (UnicodeChars.isPrintable(c)) {
                throw failHere(String.format("invalid character '%s' (U+%04X)", Character.toString(c), c));
            }
            throw failHere(String.format("invalid non-printable character U+%04X", c));
        }
    }

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    /**
     * The rest of a string literal whose opening quote {@code quote} has just been read. Escapes are only skipped
     * here (so an escaped quote does not end the string); the parser decodes them.
     */
    private Token string(int quote, int start, int startCol) {
        int startLine = in.line();
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = in.next();
        if (c == quote) {
            c = in.next();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) in.backup(c);
        while (endQuoteSize != quoteSize) {
            c = in.next();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // Either way the cursor has just left the line where the string ran out.
                int detectedAt = in.line() - 1;
                in.reset(start + 1, startLine);
                throw failHere(quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + src.fileLine(detectedAt) + ")"
                        : "unterminated string literal (detected at line " + src.fileLine(detectedAt) + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') in.next();
            }
        }
        return token(TokenKind.STRING, src.text(start, in.pos()), null, startLine, startCol, in.line(), in.col());
    }

    private Token operator(int c, int start, int startCol) {
        int line = in.line();
        if (c == '.' && in.peek() == '.' && in.peek(1) == '.') {
            in.next();
            in.next();
            return token(TokenKind.ELLIPSIS, "...", null, line, startCol, line, in.col());
        }
        TokenKind kind = null;
        int length = 0;
        for (int len = 3; len >= 1 && kind == null; len--) {
            if (start + len > src.length()) continue;
            kind = TokenKind.operator(src.text(start, start + len));
            length = len;
        }
        if (kind == null) {
            // '$', '?', '`', a lone '!': CPython lets the parser reject them, and so does '<>' below.
            length = 1;
            kind = TokenKind.ERRORTOKEN;
        } else if (kind == TokenKind.LESS && in.peek() == '>') {
            length = 2;
            kind = TokenKind.ERRORTOKEN;
        }
        for (int i = 1; i < length; i++) in.next();
        trackBrackets(c);
        return token(kind, src.text(start, in.pos()), null, line, startCol, line, in.col());
    }

    private void trackBrackets(int c) {
        switch (c) {
            case '(', '[', '{' -> {
                if (parenLevel >= MAX_PAREN_LEVEL) throw failHere("too many nested parentheses");
                parenChars[parenLevel] = c;
                parenLines[parenLevel] = in.line();
                parenCols[parenLevel] = in.col() - 1;
                parenLevel++;
            }
            case ')', ']', '}' -> {
                if (parenLevel == 0) throw failHere("unmatched '" + (char) c + "'");
                parenLevel--;
                int opening = parenChars[parenLevel];
                if (opening != matchingOpen(c)) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'";
                    if (parenLines[parenLevel] != in.line()) {
                        msg += " on line " + src.fileLine(parenLines[parenLevel]);
                    }
                    throw failHere(msg);
                }
            }
            default -> {
            }
        }
    }

    private static int matchingOpen(int close) {
        return close == ')' ? '(' : close == ']' ? '[' : '{';
    }

    private Token token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {
        return new Token(kind, text, value, src.fileLine(line), src.fileColumn(line, col), src.fileLine(endLine),
                src.fileColumn(endLine, endCol));
    }
}

package dev.krait.parser;

import dev.krait.lexer.SourceText;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;

/**
 * One f-string token: splits its text into literal pieces and {@code {expression!conversion:format_spec}}
 * replacement fields, following CPython 3.11 (which scans the string itself rather than tokenizing into it). Each
 * field's expression is parsed on its own, wrapped in parentheses, by a nested {@link Parser}; its nodes get their
 * true file positions. Format specs may contain fields themselves, one level deep.
 */
final class FStringParser {
    /** CPython's limit on bracket nesting inside one replacement field. */
    private static final int MAX_BRACKETS = 200;

    private final ParseState st;
    private final ParseErrors err;
    private final Token token;
    private final int[] text;
    private final int end;
    private final boolean raw;
    private final Loc whole;
    private int pos;

    FStringParser(ParseState st, Token token, StringToken parts, Loc whole) {
        this.st = st;
        this.err = st.errors;
        this.token = token;
        this.text = token.text().codePoints().toArray();
        this.end = text.length - (token.text().length() - parts.bodyEnd());
        this.pos = parts.bodyStart();
        this.raw = parts.raw();
        this.whole = whole;
    }

    void parseInto(JoinedStrBuilder out) {
        out.markFString();
        pieces(out, 0);
    }

    /** Literal pieces and fields up to the end of the string, or of the format spec at nesting level {@code level}. */
    private void pieces(JoinedStrBuilder out, int level) {
        while (true) {
            boolean doubledBrace = literal(out, level);
            if (doubledBrace) continue;
            if (pos >= end || text[pos] == '}') break;
            field(out, level);
        }
        if (level > 0 && (pos >= end || text[pos] != '}')) throw fail("f-string: expecting '}'");
    }

    /**
     * Literal text up to a single '{' (or, in a format spec, '}') or the end. Returns true after a doubled brace at
     * the top level, which stands for one brace and ends this piece of literal text.
     */
    private boolean literal(JoinedStrBuilder out, int level) {
        int start = pos;
        boolean doubled = false;
        int stop = -1;
        while (pos < end) {
            int ch = text[pos++];
            if (!raw && ch == '\\' && pos < end) {
                ch = text[pos++];
                if (ch == 'N') {
                    // Skip a \N{NAME} escape, whose braces are not fields.
                    if (pos < end && text[pos++] == '{') {
                        while (pos < end && text[pos++] != '}') {
                            // Inside the name.
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (pos < end && text[pos] == ch) {
                        stop = pos;
                        pos++;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        pos--;
                        throw fail("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                break;
            }
        }
        int literalEnd = stop >= 0 ? stop : pos;
        if (literalEnd > start) {
            String chunk = new String(text, start, literalEnd - start);
            out.addLiteral(raw ? chunk : EscapeDecoder.decodeStr(chunk, err::unicodeError));
        }
        return doubled;
    }

    /** A replacement field; the current character is its '{'. */
    private void field(JoinedStrBuilder out, int level) {
        if (level >= 2) throw fail("f-string: expressions nested too deeply");
        int brace = pos++;
        int exprStart = pos;
        scanExpression();
        int exprEnd = pos;
        if (pos >= end) throw fail("f-string: expecting '}'");
        Expr value = compile(brace, exprStart, exprEnd);
        String debugText = null;
        if (text[pos] == '=') {
            pos++;
            while (pos < end && isPythonSpace(text[pos])) pos++;
            if (pos >= end) throw fail("f-string: expecting '}'");
            debugText = new String(text, exprStart, pos - exprStart);
        }
        int conversion = -1;
        if (text[pos] == '!') {
            pos++;
            if (pos >= end) throw fail("f-string: expecting '}'");
            conversion = text[pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr.JoinedStr spec = null;
        if (pos < end && text[pos] == ':') {
            pos++;
            if (pos >= end) throw fail("f-string: expecting '}'");
            JoinedStrBuilder specPieces = out.specBuilder();
            pieces(specPieces, level + 1);
            spec = specPieces.finishSpec(Spans.of(token));
        }
        if (pos >= end || text[pos] != '}') throw fail("f-string: expecting '}'");
        pos++;
        if (debugText != null && spec == null && conversion == -1) conversion = 'r';
        if (debugText != null) out.addLiteral(debugText);
        out.addField(new Expr.FormattedValue(value, conversion, spec, whole));
    }

    /**
     * Moves to the end of a field's expression: the first '!', ':', '=' or '}' outside brackets and strings (but
     * not the operators != == <= >=). Reports the mistakes CPython reports while scanning.
     */
    private void scanExpression() {
        int quote = 0;
        boolean tripleQuoted = false;
        int[] brackets = new int[MAX_BRACKETS];
        int depth = 0;
        for (; pos < end; pos++) {
            int ch = text[pos];
            if (ch == '\\') throw fail("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (!tripleQuoted) {
                        quote = 0;
                    } else if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch) {
                        pos += 2;
                        quote = 0;
                    }
                }
                continue;
            }
            switch (ch) {
                case '\'', '"' -> {
                    tripleQuoted = pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch;
                    if (tripleQuoted) pos += 2;
                    quote = ch;
                }
                case '[', '{', '(' -> {
                    if (depth >= MAX_BRACKETS) throw fail("f-string: too many nested parenthesis");
                    brackets[depth++] = ch;
                }
                case '#' -> throw fail("f-string expression part cannot include '#'");
                case ']', '}', ')' -> {
                    if (depth == 0) {
                        if (ch == '}') return;
                        throw fail("f-string: unmatched '" + (char) ch + "'");
                    }
                    int opening = brackets[--depth];
                    if (opening != (ch == ')' ? '(' : ch == ']' ? '[' : '{')) {
                        throw fail("f-string: closing parenthesis '" + (char) ch
                                + "' does not match opening parenthesis '" + (char) opening + "'");
                    }
                }
                case '!', ':', '=', '<', '>' -> {
                    if (depth > 0) continue;
                    boolean twoCharOperator = pos + 1 < end && text[pos + 1] == '=' && ch != ':';
                    if (twoCharOperator) {
                        pos++;
                        continue;
                    }
                    if (ch == '<' || ch == '>') continue;
                    return;
                }
                default -> {
                    // Part of the expression.
                }
            }
        }
        if (quote != 0) throw fail("f-string: unterminated string");
        if (depth > 0) throw fail("f-string: unmatched '" + (char) brackets[depth - 1] + "'");
    }

    /** Parses the expression between {@code start} and {@code stop}; {@code brace} indexes its '{'. */
    private Expr compile(int brace, int start, int stop) {
        int firstSolid = start;
        while (firstSolid < stop && isExpressionSpace(text[firstSolid])) firstSolid++;
        if (firstSolid == stop) {
            int terminator = text[stop];
            if (terminator == '!' || terminator == ':' || terminator == '=') {
                throw fail("f-string: expression required before '" + (char) terminator + "'");
            }
            throw fail("f-string: empty expression not allowed");
        }
        int line = token.line();
        int col = token.col();
        for (int i = 0; i < brace; i++) {
            if (text[i] == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        String expression = "(" + new String(text, start, stop - start) + ")\n";
        SourceText fragment = SourceText.fragment(expression, st.source.filename(), line, col);
        return Parser.parseFStringField(fragment, st.guard.used(), st.warnings);
    }

    private static boolean isExpressionSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    private static boolean isPythonSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private SyntaxError fail(String msg) {
        return err.atLastToken(msg);
    }
}

package dev.krait.parser;

import dev.krait.lexer.SourceText;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;

/**
 * Builds the parser's SyntaxErrors with the locations CPython 3.11 gives them. CPython's parser reports at a token
 * (its start and end), at a node or a range of nodes, or "at the last token read"; the last form places INDENT,
 * DEDENT and ENDMARKER tokens specially because CPython's tokens of those kinds have no column. Errors inside an
 * f-string replacement field are prefixed "f-string: " and quote the field's own text, as in CPython 3.11.
 */
final class ParseErrors {
    static final String INVALID_SYNTAX = "invalid syntax";

    private final SourceText src;
    private final TokenStream tokens;
    private final String prefix;
    /** The last "unexpected indent/unindent" made: CPython reports it without looking for tokenizer errors. */
    private SyntaxError unexpectedIndentation;
    /** The last generic error made, to tell it from specific ones. */
    private SyntaxError lastGeneric;

    ParseErrors(SourceText src, TokenStream tokens, boolean fstringField) {
        this.src = src;
        this.tokens = tokens;
        this.prefix = fstringField ? "f-string: " : "";
    }

    /**
     * An error spanning token {@code t}. CPython's INDENT, DEDENT and ENDMARKER tokens have no columns, which it
     * reports as offset 0, except that a DEDENT at the end of input is placed past the end of the last line.
     */
    SyntaxError at(String msg, Token t) {
        if (src.isEmpty()) {
            // CPython's tokenizer has read no line of an empty source (eval('')), so reports line 0.
            return src.errorBeforeFirstLine("SyntaxError", prefix + msg);
        }
        if (isUnseenFinalNewline(t)) return make("SyntaxError", msg, t.line(), -1, t.line(), -1);
        if (!hasNoColumn(t)) return make("SyntaxError", msg, t.line(), t.col(), t.endLine(), t.endCol());
        if (!t.is(TokenKind.DEDENT)) return make("SyntaxError", msg, t.line(), -1, t.line(), -1);
        int line = src.localLine(t.line());
        int offset = atEndOfInput(t) ? endOfInputOffset(t) : 0;
        return src.error("SyntaxError", prefix + msg, line, src.parserOffset(line, offset), line, -1, true);
    }

    /** An error spanning source range {@code loc}. */
    SyntaxError at(String msg, Loc loc) {
        return make("SyntaxError", msg, loc.line(), loc.col(), loc.endLine(), loc.endCol());
    }

    /** An error at explicit file positions (0-based columns; -1 for an end CPython leaves unknown). */
    SyntaxError at(String msg, int line, int col, int endLine, int endCol) {
        return make("SyntaxError", msg, line, col, endLine, endCol);
    }

    /** An error from the start of {@code from} to the end of {@code to}. */
    SyntaxError range(String msg, Loc from, Loc to) {
        return make("SyntaxError", msg, from.line(), from.col(), to.endLine(), to.endCol());
    }

    /** An error from the start of {@code from} to the end of the last token consumed. */
    SyntaxError startingFrom(String msg, Loc from) {
        Token last = tokens.previous();
        return make("SyntaxError", msg, from.line(), from.col(), last.endLine(), last.endCol());
    }

    /** CPython's plain RAISE_SYNTAX_ERROR: located at the last token read. */
    SyntaxError atLastToken(String msg) {
        return atLastToken("SyntaxError", msg);
    }

    /** A malformed escape in a str literal, reported as CPython reports its codec's error. */
    SyntaxError unicodeError(String codecMessage) {
        return atLastToken("(unicode error) " + codecMessage);
    }

    /** An IndentationError at the last token read. */
    SyntaxError indentationAtLastToken(String msg) {
        return atLastToken("IndentationError", msg);
    }

    /**
     * The generic error, at the last token read; when that is an INDENT or DEDENT the line is indented wrongly, and
     * CPython says so.
     */
    SyntaxError invalidSyntax() {
        Token t = tokens.furthest();
        if (t.is(TokenKind.INDENT) || t.is(TokenKind.DEDENT)) {
            unexpectedIndentation = indentationAtLastToken(t.is(TokenKind.INDENT) ? "unexpected indent"
                    : "unexpected unindent");
            lastGeneric = unexpectedIndentation;
        } else {
            lastGeneric = at(INVALID_SYNTAX, t);
        }
        return lastGeneric;
    }

    /** Whether {@code e}, just thrown, is the generic error rather than a specific diagnosis. */
    boolean isGeneric(SyntaxError e) {
        return e == lastGeneric;
    }

    /** Whether {@code e} is final: an unexpected indentation is reported even if the tokenizer fails later. */
    boolean isUnexpectedIndentation(SyntaxError e) {
        return e == unexpectedIndentation;
    }

    private SyntaxError atLastToken(String type, String msg) {
        Token t = tokens.furthest();
        if (isUnseenFinalNewline(t)) {
            // CPython's tokenizer is past the whole last line, comments included.
            int line = src.localLine(t.line());
            int offset = src.lineText(line, false).length();
            return src.error(type, prefix + msg, line, src.parserOffset(line, offset), line, -1, true);
        }
        if (!hasNoColumn(t)) return make(type, msg, t.line(), t.col(), t.endLine(), t.endCol());
        // CPython uses its tokenizer's position instead: after the indentation, or past the end of the last line.
        int line = src.localLine(t.line());
        int offset = atEndOfInput(t) ? endOfInputOffset(t)
                : src.localColumn(t.line(), t.is(TokenKind.INDENT) ? t.endCol() : t.col());
        return src.error(type, prefix + msg, line, src.parserOffset(line, offset), line, -1, true);
    }

    /** DEDENTs and the ENDMARKER at the end of input sit at the end of the last line. */
    private boolean atEndOfInput(Token t) {
        int line = src.localLine(t.line());
        return line == src.lineCount() && t.col() == src.lineText(line, false).length();
    }

    /**
     * The offset CPython gives a token at the end of input: past the end of the last line, except in a program file,
     * where its tokenizer has already left that line and reports no column, and at the end of the line when that
     * line has no newline for it to be past (in modes "eval" and "single").
     */
    private int endOfInputOffset(Token t) {
        if (src.isProgramFile()) return 0;
        return src.localColumn(t.line(), src.finalNewlineUnseen() ? t.col() : t.col() + 1);
    }

    /** The NEWLINE ending the last line when CPython's parser sees the ENDMARKER there instead. */
    private boolean isUnseenFinalNewline(Token t) {
        return t.is(TokenKind.NEWLINE) && src.finalNewlineUnseen() && src.localLine(t.line()) == src.lineCount();
    }

    private static boolean hasNoColumn(Token t) {
        return switch (t.kind()) {
            case INDENT, DEDENT, ENDMARKER -> true;
            default -> false;
        };
    }

    /**
     * An error at file positions; {@code col}/{@code endCol} are 0-based file columns (or -1 for "none", which
     * CPython reports as offset 0).
     */
    private SyntaxError make(String type, String msg, int line, int col, int endLine, int endCol) {
        int localLine = src.localLine(line);
        int localEndLine = src.localLine(endLine);
        int offset = col < 0 ? 0 : src.parserOffset(localLine, src.localColumn(line, col) + 1);
        int endOffset = endCol < 0 ? 0 : src.parserOffset(localEndLine, src.localColumn(endLine, endCol) + 1);
        return src.error(type, prefix + msg, localLine, offset, localEndLine, endOffset, true);
    }
}

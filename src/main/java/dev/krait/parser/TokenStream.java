package dev.krait.parser;

import dev.krait.lexer.Lexer;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;

import java.util.Arrays;

/**
 * The parser's view of the token sequence: pulls tokens from the {@link Lexer} as it needs them, keeps them so the
 * parser can back up to a mark (soft keywords and some error messages need to try a parse and undo it), and records
 * for each token the bracket nesting level at which it was produced, which CPython consults for some messages.
 */
final class TokenStream {
    private final Lexer lexer;
    private Token[] tokens = new Token[256];
    private int[] levels = new int[256];
    private int count;
    private int pos;
    /** The highest index the parser has looked at; see {@link #furthest()}. */
    private int furthest;
    private int level;
    private boolean lexerFailed;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    /** The current token. */
    Token peek() {
        return at(pos);
    }

    /** The token {@code ahead} positions after the current one. */
    Token peek(int ahead) {
        return at(pos + ahead);
    }

    /** Like {@link #peek(int)}, but for an error diagnosis only: does not count as the parser looking ahead. */
    Token peekForDiagnosis(int ahead) {
        int saved = furthest;
        Token t = at(pos + ahead);
        furthest = saved;
        return t;
    }

    TokenKind kind() {
        return peek().kind();
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    /** Whether the current token is the identifier {@code name} (a soft keyword such as {@code match}). */
    boolean atName(String name) {
        Token t = peek();
        return t.kind() == TokenKind.NAME && t.text().equals(name);
    }

    /** Consumes and returns the current token. */
    Token next() {
        Token t = at(pos);
        pos++;
        return t;
    }

    /** Consumes the current token if it is of {@code kind}. */
    boolean accept(TokenKind kind) {
        if (peek().kind() != kind) return false;
        pos++;
        return true;
    }

    /** The token just consumed. */
    Token previous() {
        return tokens[pos - 1];
    }

    /** The last token consumed that is not a NEWLINE, INDENT or DEDENT: where a statement's location ends. */
    Token lastRealToken() {
        int i = pos - 1;
        while (i > 0 && isLayout(tokens[i].kind())) i--;
        return tokens[i];
    }

    private static boolean isLayout(TokenKind kind) {
        return kind == TokenKind.NEWLINE || kind == TokenKind.INDENT || kind == TokenKind.DEDENT;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /** The token at absolute index {@code index}. */
    Token get(int index) {
        return at(index);
    }

    /** The bracket nesting level after the token at {@code index} (an opening bracket counts itself). */
    int levelAt(int index) {
        at(index);
        return levels[index];
    }

    /**
     * The furthest token the parser has looked at. CPython reports generic syntax errors there, and some specific
     * ones too. Looking ahead only to diagnose an error must not move it: see {@link #save()}.
     */
    Token furthest() {
        return at(furthest);
    }

    /** The last token taken from the lexer, looking ahead for a diagnosis included. */
    Token lastFetched() {
        return tokens[count - 1];
    }

    /** A saved read position, including how far the parser had looked. */
    record Position(int mark, int furthest) {}

    Position save() {
        return new Position(pos, furthest);
    }

    void restore(Position p) {
        pos = p.mark();
        furthest = p.furthest();
    }

    /** Whether the lexer has thrown: then its error is final and nothing after it is tokenized. */
    boolean lexerFailed() {
        return lexerFailed;
    }

    private Token at(int index) {
        while (index >= count) fetch();
        if (index > furthest) furthest = index;
        return tokens[index];
    }

    private void fetch() {
        if (count > 0 && tokens[count - 1].kind() == TokenKind.ENDMARKER) {
            append(tokens[count - 1]);
            return;
        }
        Token t;
        try {
            t = lexer.next();
        } catch (SyntaxError e) {
            lexerFailed = true;
            throw e;
        }
        switch (t.kind()) {
            case LPAR, LSQB, LBRACE -> level++;
            case RPAR, RSQB, RBRACE -> level--;
            default -> {
            }
        }
        append(t);
    }

    private void append(Token t) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
            levels = Arrays.copyOf(levels, count * 2);
        }
        tokens[count] = t;
        levels[count] = level;
        count++;
    }
}

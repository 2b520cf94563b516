package dev.krait.parser;

import dev.krait.lexer.Token;

/** Node locations from tokens: from the start of the first token to the end of the last. */
final class Spans {
    private Spans() {}

    static Loc of(Token t) {
        return new Loc(t.line(), t.col(), t.endLine(), t.endCol());
    }

    static Loc of(Token first, Token last) {
        return new Loc(first.line(), first.col(), last.endLine(), last.endCol());
    }
}

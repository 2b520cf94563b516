package dev.krait.parser;

import dev.krait.lexer.SyntaxError;

/**
 * Bounds the recursion of the recursive-descent parser so that deeply nested input ends in a SyntaxError instead
 * of a Java StackOverflowError. Brackets are already limited to 200 levels by the lexer, as in CPython; this guard
 * counts the other ways to nest (unary operators, {@code not}, {@code lambda} bodies, conditional expressions, and
 * each bracket level's pass through the expression rules). The limit keeps the deepest accepted input well inside a
 * 512 KB thread stack even before the JIT has compiled the parser; CPython, whose own limit is similar, reports
 * the overflow as a MemoryError, which Krait reports as a SyntaxError.
 */
final class NestingGuard {
    static final int MAX_DEPTH = 1000;
    static final String MESSAGE = "too complex";

    private final ParseErrors errors;
    private final TokenStream tokens;
    private int depth;
    private boolean overflowed;

    /** A guard starting at {@code depth}: f-string replacement fields continue their enclosing parser's count. */
    NestingGuard(ParseErrors errors, TokenStream tokens, int depth) {
        this.errors = errors;
        this.tokens = tokens;
        this.depth = depth;
    }

    /** Called on entering a nested rule; pair with {@link #leave()} in a finally block. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            overflowed = true;
            throw tooDeep();
        }
    }

    void leave() {
        depth--;
    }

    int depth() {
        return depth;
    }

    /** Whether the limit was hit: such an error must not be mistaken for a failed attempt at one alternative. */
    boolean overflowed() {
        return overflowed;
    }

    private SyntaxError tooDeep() {
        return errors.at(MESSAGE, tokens.peek());
    }
}

package dev.krait.parser;

import dev.krait.lexer.SyntaxError;

/**
 * Bounds the recursion of the recursive-descent parser so that deeply nested input ends in a SyntaxError instead
 * of a Java StackOverflowError. Each kind of nesting is charged roughly the Java stack it uses per level (measured
 * with the JIT on and off), against a budget that keeps a parse within the JVM's default 1 MB thread stack with
 * room to spare. Brackets are also limited to 200 levels by the lexer, as in CPython, and indentation to 100 levels.
 *
 * <p>So the limits are: CPython's 200 levels of brackets, with about 370 levels of unary operators, {@code not},
 * {@code **}, {@code lambda} bodies or conditional expressions inside them; or about 1,250 of those operators
 * alone; or mixtures in proportion. CPython goes further (its parser's stack allows some 5,000 levels of unary
 * operators, its compiler 3,000 levels of expression) and reports MemoryError or RecursionError beyond; Krait
 * reports a SyntaxError "too complex", unless the lexer finds an error further on (such as too many brackets),
 * which it reports instead, as CPython prefers tokenizer errors.
 */
final class NestingGuard {
    /** Kinds of nesting, with their approximate stack use in bytes per level. */
    enum Kind {
        /** One level of parentheses, brackets or braces: a pass through all the expression rules. */
        BRACKET(2800),
        /** A unary operator, {@code not}, the right operand of {@code **}, a lambda body, an else branch. */
        OPERATOR(640),
        /** A nested pattern. */
        PATTERN(1300),
        /** An indented block. */
        BLOCK(1000);

        final int cost;

        Kind(int cost) {
            this.cost = cost;
        }
    }

    private static final int BUDGET = 800 * 1024;
    static final String MESSAGE = "too complex";

    private final ParseErrors errors;
    private final TokenStream tokens;
    private int used;
    private boolean overflowed;

    /** A guard starting with {@code used} spent: f-string replacement fields continue their enclosing parse's. */
    NestingGuard(ParseErrors errors, TokenStream tokens, int used) {
        this.errors = errors;
        this.tokens = tokens;
        this.used = used;
    }

    /** Called on entering a nested rule; pair with {@link #leave} in a finally block. */
    void enter(Kind kind) {
        used += kind.cost;
        if (used > BUDGET) {
            overflowed = true;
            throw tooDeep();
        }
    }

    void leave(Kind kind) {
        used -= kind.cost;
    }

    int used() {
        return used;
    }

    /** Whether the limit was hit: such an error must not be mistaken for a failed attempt at one alternative. */
    boolean overflowed() {
        return overflowed;
    }

    private SyntaxError tooDeep() {
        return errors.at(MESSAGE, tokens.peek());
    }
}

package dev.krait.parser;

import dev.krait.lexer.SourceText;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.WarningSink;

import java.util.function.Supplier;

/**
 * What the parts of one parse share: the tokens, the error builder, the nesting guard, and whether specific error
 * diagnoses are enabled.
 *
 * <p>CPython parses twice when the first attempt fails, the second time with extra rules that recognise common
 * mistakes and raise precise messages. Krait parses once and checks for those mistakes where the parse goes wrong;
 * a check may need to try parsing what follows, which {@link #attempt} does with the diagnoses switched off, as
 * CPython switches them off inside its {@code *_without_invalid} rules.
 */
final class ParseState {
    final SourceText source;
    final TokenStream tokens;
    final ParseErrors errors;
    final NestingGuard guard;
    /** Where the tokenizer's SyntaxWarnings go, f-string fields' included. */
    final WarningSink warnings;
    private boolean diagnosing = true;
    private SyntaxError actionError;

    ParseState(SourceText source, TokenStream tokens, boolean fstringField, int nestingUsed, WarningSink warnings) {
        this.source = source;
        this.warnings = warnings;
        this.tokens = tokens;
        this.errors = new ParseErrors(source, tokens, fstringField);
        this.guard = new NestingGuard(errors, tokens, nestingUsed);
    }

    /** Whether specific error messages should be looked for (false while trying a parse for a diagnosis). */
    boolean diagnosing() {
        return diagnosing;
    }

    /**
     * Records {@code e} as raised while building a node (processing a string literal), which CPython reports at
     * once, even in the middle of trying one alternative.
     */
    SyntaxError actionError(SyntaxError e) {
        actionError = e;
        return e;
    }

    /**
     * Tries {@code parse} with diagnoses on, as CPython's error rules parse their parts: a specific error found on
     * the way propagates; on a generic failure this backs up and returns null.
     */
    <T> T attemptDiagnosing(Supplier<T> parse) {
        TokenStream.Position start = tokens.save();
        try {
            return parse.get();
        } catch (SyntaxError e) {
            if (!errors.isGeneric(e) || tokens.lexerFailed()) throw e;
            tokens.restore(start);
            return null;
        }
    }

    /**
     * Tries {@code parse} without specific diagnoses; returns its result, or null after backing up if it fails.
     * A failed attempt does not count as looking ahead (CPython reports generic errors where its first, plain
     * parse stopped). Tokenizer errors, errors from string literals and nesting overflow are final and propagate.
     */
    <T> T attempt(Supplier<T> parse) {
        TokenStream.Position start = tokens.save();
        boolean wasDiagnosing = diagnosing;
        diagnosing = false;
        try {
            return parse.get();
        } catch (SyntaxError e) {
            if (e == actionError || tokens.lexerFailed() || guard.overflowed()) throw e;
            tokens.restore(start);
            return null;
        } finally {
            diagnosing = wasDiagnosing;
        }
    }
}

package dev.krait.parser;

import dev.krait.lexer.Lexer;
import dev.krait.lexer.SourceText;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.WarningSink;

import static dev.krait.lexer.TokenKind.*;

/**
 * Entry points of the Python 3.11 parser. Parsing is thread-safe: every call builds its own lexer and parser
 * state.
 *
 * <p>Errors follow CPython: when the parser fails, the rest of the file is still tokenized, and a tokenizer error
 * found there (an unterminated string, an invalid character, a bracket never closed on an earlier line...) is
 * reported instead of the parser's error, because CPython does so.
 */
public final class Parser {
    private Parser() {}

    /** Parses a whole file (mode "exec"). */
    public static Module parseModule(String source, String filename) {
        return parseModule(source, filename, WarningSink.IGNORE);
    }

    /** Parses a whole file (mode "exec"), passing the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Module parseModule(String source, String filename, WarningSink warnings) {
        return parseModule(SourceText.of(source, filename), warnings);
    }

    /** Parses a module's file for {@code import} (see {@link SourceText#moduleFile}). */
    public static Module parseModuleFile(String source, String filename, WarningSink warnings) {
        return parseModule(SourceText.moduleFile(source, filename), warnings);
    }

    /** Parses the file of the program being run (see {@link SourceText#programFile}). */
    public static Module parseProgramFile(String source, String filename) {
        return parseProgramFile(source, filename, WarningSink.IGNORE);
    }

    /** {@link #parseProgramFile(String, String)}, passing the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Module parseProgramFile(String source, String filename, WarningSink warnings) {
        return parseModule(SourceText.programFile(source, filename), warnings);
    }

    /** Parses interactive input (mode "single"): statements, without the final newline "exec" implies. */
    public static Module parseInteractive(String source, String filename) {
        return parseInteractive(source, filename, WarningSink.IGNORE);
    }

    /** {@link #parseInteractive(String, String)}, passing the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Module parseInteractive(String source, String filename, WarningSink warnings) {
        return parseModule(SourceText.evalInput(source, filename), warnings);
    }

    private static Module parseModule(SourceText source, WarningSink warnings) {
        return run(source, false, 0, warnings,
                (st, expr) -> new Module(new StmtParser(st, expr).file(), source.filename()));
    }

    /**
     * Parses one expression (mode "eval"), possibly a tuple without parentheses. Blank lines around it are allowed,
     * indentation before it is not (eval() removes it first).
     */
    public static Expr parseExpression(String source, String filename) {
        return parseExpression(source, filename, WarningSink.IGNORE);
    }

    /** {@link #parseExpression(String, String)}, passing the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Expr parseExpression(String source, String filename, WarningSink warnings) {
        return run(SourceText.evalInput(source, filename), false, 0, warnings, (st, expr) -> {
            TokenStream ts = st.tokens;
            Expr e = expr.expressions();
            ts.accept(NEWLINE);
            if (!ts.at(ENDMARKER)) throw st.errors.invalidSyntax();
            return e;
        });
    }

    /**
     * Parses the expression of an f-string replacement field, given as {@code (expression)} located where its
     * braces are, continuing the nesting count {@code nestingUsed} of the enclosing parse.
     */
    static Expr parseFStringField(SourceText fragment, int nestingUsed, WarningSink warnings) {
        return run(fragment, true, nestingUsed, warnings, (st, expr) -> expr.starExpressions());
    }

    private interface Rule<T> {
        T parse(ParseState st, ExprParser expr);
    }

    private static <T> T run(SourceText source, boolean fstringField, int nestingUsed, WarningSink warnings,
                             Rule<T> rule) {
        Lexer lexer = new Lexer(source, warnings);
        TokenStream tokens = new TokenStream(lexer);
        ParseState st = new ParseState(source, tokens, fstringField, nestingUsed, warnings);
        try {
            return rule.parse(st, new ExprParser(st));
        } catch (SyntaxError e) {
            if (tokens.lexerFailed() || st.errors.isUnexpectedIndentation(e)) throw e;
            SyntaxError tokenizerError = lexer.errorOverridingParser(tokens.lastFetched().line());
            throw tokenizerError != null ? tokenizerError : e;
        } catch (StackOverflowError e) {
            // The nesting guard keeps the parser within a 1 MB stack; a thread with an even smaller stack gets the
            // error the guard would have given. The lexer may have been cut off mid-token, so it is not asked again.
            throw st.errors.at(NestingGuard.MESSAGE, tokens.furthest());
        }
    }
}

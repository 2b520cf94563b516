package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.parser.Expr.Arg;
import dev.krait.parser.Expr.Arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.krait.lexer.TokenKind.*;

/**
 * Parameter lists of {@code def} (with annotations, up to the closing parenthesis) and {@code lambda} (without,
 * up to the colon): positional-only parameters before {@code /}, defaults, {@code *args} or a bare {@code *},
 * keyword-only parameters and {@code **kwargs}, with CPython's messages for misplaced pieces.
 */
final class ParamsParser {
    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;
    private final ExprParser expr;

    ParamsParser(ParseState st, ExprParser expr) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
        this.expr = expr;
    }

    /** The parameters of a {@code def}, the current token being the first after '('; stops at ')'. */
    Arguments functionParameters() {
        return parameters(true);
    }

    /** The parameters of a {@code lambda}, the current token being the first after the keyword; stops at ':'. */
    Arguments lambdaParameters() {
        return parameters(false);
    }

    private Arguments parameters(boolean function) {
        TokenKind close = function ? RPAR : COLON;
        if (ts.at(close)) return Arguments.EMPTY;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        while (!ts.at(close)) {
            Token t = ts.peek();
            if (kwarg != null && (t.is(NAME) || t.is(STAR) || t.is(DOUBLESTAR) || t.is(SLASH))) {
                if (t.is(NAME)) throw fail("arguments cannot follow var-keyword argument", parameter(function, false).loc());
                throw fail("arguments cannot follow var-keyword argument", Spans.of(t));
            }
            switch (t.kind()) {
                case SLASH -> {
                    if (sawStar) throw fail("/ must be ahead of *", Spans.of(t));
                    if (sawSlash) throw fail("/ may appear only once", Spans.of(t));
                    if (args.isEmpty()) {
                        if (ts.peekForDiagnosis(1).is(COMMA)) throw fail("at least one argument must precede /", Spans.of(t));
                        throw err.invalidSyntax();
                    }
                    ts.next();
                    sawSlash = true;
                    posonly.addAll(args);
                    args.clear();
                    if (ts.at(STAR)) throw fail("expected comma between / and *", Spans.of(ts.peek()));
                }
                case STAR -> {
                    if (sawStar) throw fail("* argument may appear only once", Spans.of(t));
                    ts.next();
                    sawStar = true;
                    if (ts.at(COMMA) || ts.at(close)) {
                        TokenKind after = ts.at(COMMA) ? ts.peek(1).kind() : close;
                        if (after == close || after == DOUBLESTAR) {
                            // CPython locates this at the '*' for def, at the last token read for lambda.
                            if (function || !st.diagnosing()) throw fail("named arguments must follow bare *", Spans.of(t));
                            throw err.atLastToken("named arguments must follow bare *");
                        }
                    } else {
                        vararg = parameter(function, true);
                        // With a starred annotation (*args: *Ts) CPython's rule for this message does not apply.
                        if (ts.at(EQUAL) && vararg.annotation() instanceof Expr.Starred) {
                            throw err.invalidSyntax();
                        }
                        if (ts.at(EQUAL)) {
                            throw fail("var-positional argument cannot have default value", Spans.of(ts.peek()));
                        }
                    }
                }
                case DOUBLESTAR -> {
                    ts.next();
                    kwarg = parameter(function, false);
                    if (ts.at(EQUAL)) {
                        throw fail("var-keyword argument cannot have default value", Spans.of(ts.peek()));
                    }
                }
                case NAME -> {
                    Arg param = parameter(function, false);
                    Expr dflt = defaultValue(function, close);
                    if (sawStar) {
                        kwonly.add(param);
                        kwDefaults.add(dflt);
                    } else if (dflt != null) {
                        args.add(param);
                        defaults.add(dflt);
                    } else {
                        boolean complete = ts.at(COMMA) || ts.at(close);
                        if (!defaults.isEmpty() && complete) {
                            throw fail("non-default argument follows default argument", param.loc());
                        }
                        args.add(param);
                    }
                }
                case LPAR -> throw parenthesizedParameters(function);
                default -> throw err.invalidSyntax();
            }
            if (!ts.accept(COMMA)) break;
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    /** {@code NAME [':' annotation]}; only {@code *args} may be annotated with a starred expression (PEP 646). */
    private Arg parameter(boolean function, boolean starAnnotation) {
        Token name = expr.expect(NAME);
        Expr annotation = null;
        if (function && ts.accept(COLON)) {
            if (ts.at(STAR) && !starAnnotation) throw err.invalidSyntax();
            annotation = ts.at(STAR) ? expr.starExpression() : expr.expression();
        }
        return new Arg(name.name(), annotation, Spans.of(name, ts.previous()));
    }

    private Expr defaultValue(boolean function, TokenKind close) {
        if (!ts.at(EQUAL)) return null;
        Token equal = ts.next();
        // A lambda's missing default before its ':' is plain invalid syntax in CPython's grammar.
        if (ts.at(COMMA) || function && ts.at(close)) throw fail("expected default value expression", Spans.of(equal));
        return expr.expression();
    }

    /** {@code def f((a, b)):}, Python 2's tuple parameters. */
    private SyntaxError parenthesizedParameters(boolean function) {
        Token open = ts.peek();
        Token closeParen = st.attempt(() -> {
            ts.next();
            do {
                parameter(function, false);
            } while (ts.accept(COMMA) && !ts.at(RPAR));
            return ts.at(RPAR) ? ts.peek() : null;
        });
        if (closeParen == null || !st.diagnosing()) return err.invalidSyntax();
        String what = function ? "Function parameters" : "Lambda expression parameters";
        return err.range(what + " cannot be parenthesized", Spans.of(open), Spans.of(closeParen));
    }

    private SyntaxError fail(String msg, Loc where) {
        return st.diagnosing() ? err.at(msg, where) : err.invalidSyntax();
    }
}

package dev.krait.parser;

import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.parser.Expr.Ctx;

import java.util.ArrayList;
import java.util.List;

import static dev.krait.lexer.TokenKind.*;

/**
 * Patterns of {@code case} clauses: literals (numbers, signed and complex numbers, strings, None/True/False),
 * captures, the wildcard {@code _}, dotted value names, groups, sequences, mappings, class patterns, {@code |}
 * alternatives and {@code as} bindings.
 */
final class PatternParser {
    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;
    private final ExprParser expr;

    PatternParser(ParseState st, ExprParser expr) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
        this.expr = expr;
    }

    /** {@code patterns}: a pattern, or an unparenthesized sequence of them ({@code case a, *rest:}). */
    Pattern patterns() {
        Token start = ts.peek();
        Pattern first = maybeStarPattern();
        if (!ts.at(COMMA)) {
            if (first instanceof Pattern.MatchStar) throw err.invalidSyntax();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA) && !ts.at(COLON) && !ts.at(IF)) items.add(maybeStarPattern());
        return new Pattern.MatchSequence(List.copyOf(items), Spans.of(start, ts.previous()));
    }

    /** {@code pattern}: an or-pattern, optionally bound with {@code as NAME}. */
    private Pattern pattern() {
        st.guard.enter(NestingGuard.Kind.PATTERN);
        try {
            Token start = ts.peek();
            Pattern p = orPattern();
            if (!ts.at(AS)) return p;
            ts.next();
            Token target = ts.peek();
            if (target.is(NAME) && !target.text().equals("_")) {
                ts.next();
                return new Pattern.MatchAs(p, target.name(), Spans.of(start, target));
            }
            if (st.diagnosing()) {
                if (target.is(NAME)) throw err.at("cannot use '_' as a target", target);
                Expr bad = st.attempt(expr::expression);
                if (bad != null) throw err.at("invalid pattern target", bad.loc());
            }
            throw err.invalidSyntax();
        } finally {
            st.guard.leave(NestingGuard.Kind.PATTERN);
        }
    }

    private Pattern orPattern() {
        Token start = ts.peek();
        Pattern first = closedPattern();
        if (!ts.at(VBAR)) return first;
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (ts.accept(VBAR)) alternatives.add(closedPattern());
        return new Pattern.MatchOr(List.copyOf(alternatives), Spans.of(start, ts.previous()));
    }

    private Pattern closedPattern() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER, MINUS, STRING -> {
                Expr value = literalExpression();
                return new Pattern.MatchValue(value, value.loc());
            }
            case NONE, TRUE, FALSE -> {
                ts.next();
                return new Pattern.MatchSingleton(ExprParser.constantValue(t.kind()), Spans.of(t));
            }
            case NAME -> {
                return namePattern();
            }
            case LPAR -> {
                return parenthesizedPattern();
            }
            case LSQB -> {
                ts.next();
                List<Pattern> items = sequenceItems(RSQB);
                expect(RSQB);
                return new Pattern.MatchSequence(items, Spans.of(t, ts.previous()));
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> throw err.invalidSyntax();
        }
    }

    /** A capture, the wildcard, a dotted value, or a class pattern. */
    private Pattern namePattern() {
        Token first = ts.next();
        boolean dotted = ts.at(DOT);
        if (!dotted && !ts.at(LPAR)) {
            if (ts.at(EQUAL)) throw err.invalidSyntax();
            String name = first.text().equals("_") ? null : first.name();
            return new Pattern.MatchAs(null, name, Spans.of(first));
        }
        Expr value = dottedName(first);
        if (ts.at(LPAR)) return classPattern(first, value);
        if (ts.at(EQUAL)) throw err.invalidSyntax();
        return new Pattern.MatchValue(value, value.loc());
    }

    private Pattern classPattern(Token start, Expr cls) {
        ts.next();
        List<Pattern> positional = new ArrayList<>();
        List<String> keywordNames = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!ts.at(RPAR)) {
            if (ts.at(NAME) && ts.peek(1).is(EQUAL)) {
                keywordNames.add(ts.next().name());
                ts.next();
                keywordPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!keywordNames.isEmpty()) throw positionalAfterKeyword(p);
                positional.add(p);
            }
            if (!ts.accept(COMMA)) break;
        }
        expect(RPAR);
        return new Pattern.MatchClass(cls, List.copyOf(positional), List.copyOf(keywordNames),
                List.copyOf(keywordPatterns), Spans.of(start, ts.previous()));
    }

    /** CPython reports the whole run of positional patterns after the keywords. */
    private RuntimeException positionalAfterKeyword(Pattern first) {
        if (!st.diagnosing()) return err.invalidSyntax();
        Pattern last = first;
        while (ts.at(COMMA) && !ts.peek(1).is(RPAR) && !(ts.peek(1).is(NAME) && ts.peek(2).is(EQUAL))) {
            ts.next();
            last = pattern();
        }
        return err.range("positional patterns follow keyword patterns", first.loc(), last.loc());
    }

    /** {@code (pattern)} is a group; {@code ()} and {@code (p,)} are sequences. */
    private Pattern parenthesizedPattern() {
        Token open = ts.next();
        if (ts.at(RPAR)) return new Pattern.MatchSequence(List.of(), Spans.of(open, ts.next()));
        Pattern first = maybeStarPattern();
        if (ts.at(RPAR) && !(first instanceof Pattern.MatchStar)) {
            ts.next();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        expect(COMMA);
        if (!ts.at(RPAR)) items.addAll(sequenceItems(RPAR));
        expect(RPAR);
        return new Pattern.MatchSequence(List.copyOf(items), Spans.of(open, ts.previous()));
    }

    /** Comma-separated patterns and star patterns up to {@code close} (not consumed), trailing comma allowed. */
    private List<Pattern> sequenceItems(TokenKind close) {
        List<Pattern> items = new ArrayList<>();
        while (!ts.at(close)) {
            items.add(maybeStarPattern());
            if (!ts.accept(COMMA)) break;
        }
        return List.copyOf(items);
    }

    private Pattern maybeStarPattern() {
        if (!ts.at(STAR)) return pattern();
        Token star = ts.next();
        Token name = expect(NAME);
        return new Pattern.MatchStar(name.text().equals("_") ? null : name.name(), Spans.of(star, name));
    }

    /** {@code {key: pattern, ..., **rest}}; keys are literals or dotted names. */
    private Pattern mappingPattern() {
        Token open = ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!ts.at(RBRACE)) {
            if (ts.accept(DOUBLESTAR)) {
                Token name = expect(NAME);
                if (name.text().equals("_")) throw err.invalidSyntax();
                rest = name.name();
                ts.accept(COMMA);
                break;
            }
            keys.add(mappingKey());
            expect(COLON);
            values.add(pattern());
            if (!ts.accept(COMMA)) break;
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(List.copyOf(keys), List.copyOf(values), rest, Spans.of(open, ts.previous()));
    }

    private Expr mappingKey() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER, MINUS, STRING -> {
                return literalExpression();
            }
            case NONE, TRUE, FALSE -> {
                ts.next();
                return new Expr.Constant(ExprParser.constantValue(t.kind()), null, Spans.of(t));
            }
            case NAME -> {
                if (!ts.peek(1).is(DOT)) throw err.invalidSyntax();
                return dottedName(ts.next());
            }
            default -> throw err.invalidSyntax();
        }
    }

    /** {@code name(.name)*} as a Name or Attribute chain, {@code first} having been consumed. */
    private Expr dottedName(Token first) {
        Expr value = new Expr.Name(first.name(), Ctx.LOAD, Spans.of(first));
        while (ts.accept(DOT)) {
            Token attr = expect(NAME);
            value = new Expr.Attribute(value, attr.name(), Ctx.LOAD, Spans.of(first, attr));
        }
        return value;
    }

    /**
     * A literal usable in a pattern: strings, a number with an optional minus, or a real and an imaginary number
     * joined by + or -.
     */
    private Expr literalExpression() {
        if (ts.at(STRING)) return expr.strings().parse();
        Token start = ts.peek();
        Expr number = signedNumber();
        if (!ts.at(PLUS) && !ts.at(MINUS)) return number;
        if (isImaginary(number)) {
            if (st.diagnosing()) throw err.at("real number required in complex literal", number.loc());
            throw err.invalidSyntax();
        }
        Expr.BinOpKind op = ts.next().is(PLUS) ? Expr.BinOpKind.ADD : Expr.BinOpKind.SUB;
        Token imagToken = expect(NUMBER);
        Expr imag = new Expr.Constant(imagToken.value(), null, Spans.of(imagToken));
        if (!isImaginary(imag)) {
            if (st.diagnosing()) throw err.at("imaginary number required in complex literal", imag.loc());
            throw err.invalidSyntax();
        }
        return new Expr.BinOp(number, op, imag, Spans.of(start, imagToken));
    }

    private Expr signedNumber() {
        Token start = ts.peek();
        if (!ts.accept(MINUS)) {
            Token number = expect(NUMBER);
            return new Expr.Constant(number.value(), null, Spans.of(number));
        }
        Token number = expect(NUMBER);
        Expr operand = new Expr.Constant(number.value(), null, Spans.of(number));
        return new Expr.UnaryOp(Expr.UnaryOpKind.USUB, operand, Spans.of(start, number));
    }

    private static boolean isImaginary(Expr e) {
        Expr operand = e instanceof Expr.UnaryOp u ? u.operand() : e;
        return operand instanceof Expr.Constant c && c.value() instanceof Expr.ComplexLiteral;
    }

    private Token expect(TokenKind kind) {
        return expr.expect(kind);
    }
}

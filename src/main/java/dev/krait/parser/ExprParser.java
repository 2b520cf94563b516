package dev.krait.parser;

import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.parser.Expr.BinOpKind;
import dev.krait.parser.Expr.CmpOpKind;
import dev.krait.parser.Expr.Comprehension;
import dev.krait.parser.Expr.Ctx;
import dev.krait.parser.Expr.Keyword;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static dev.krait.lexer.TokenKind.*;

/**
 * Expressions: recursive descent for the atoms, displays, comprehensions, calls and subscripts, and precedence
 * climbing for the operators from {@code or} down to {@code *}. Every node's location runs from the first to the
 * last token its rule consumed, as CPython's does (so {@code (a) + b} starts at the parenthesis, while the group
 * {@code (a)} itself is just {@code a}).
 */
final class ExprParser {
    // Binding strength of the operators handled by precedence climbing; higher binds tighter.
    private static final int PREC_OR = 1;
    private static final int PREC_AND = 2;
    private static final int PREC_NOT = 3;
    private static final int PREC_COMPARE = 4;
    private static final int PREC_BITOR = 5;
    private static final int PREC_BITXOR = 6;
    private static final int PREC_BITAND = 7;
    private static final int PREC_SHIFT = 8;
    private static final int PREC_SUM = 9;
    private static final int PREC_TERM = 10;

    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;
    private final StringLiteralParser strings;
    private final ParamsParser params;
    /**
     * Expressions written in parentheses of their own (groups and tuple displays), which CPython's rules sometimes
     * treat differently.
     */
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    ExprParser(ParseState st) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
        this.strings = new StringLiteralParser(st);
        this.params = new ParamsParser(st, this);
    }

    ParamsParser params() {
        return params;
    }

    StringLiteralParser strings() {
        return strings;
    }

    boolean isParenthesized(Expr e) {
        return parenthesized.contains(e);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expression levels

    /**
     * {@code item (',' item)* [',']}: a single item, or an unparenthesized tuple if there is a comma, located from
     * the first item to the last token, a trailing comma included, as in CPython.
     */
    Expr itemOrTuple(Supplier<Expr> item) {
        Token start = ts.peek();
        Expr first = item.get();
        if (!ts.at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && canStartStarExpression(ts.kind())) elts.add(item.get());
        return new Expr.Tuple(List.copyOf(elts), Ctx.LOAD, Spans.of(start, ts.previous()));
    }

    /** {@code star_expressions}: one expression or starred item, or an unparenthesized tuple of them. */
    Expr starExpressions() {
        return itemOrTuple(this::starExpression);
    }

    /** {@code expressions}: one expression, or an unparenthesized tuple of them. */
    Expr expressions() {
        return itemOrTuple(this::expression);
    }

    /** {@code star_expression}: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        return ts.at(STAR) ? starredBitwiseOr() : expression();
    }

    /** {@code star_named_expression}: {@code *bitwise_or} or a named expression. */
    Expr starNamedExpression() {
        return ts.at(STAR) ? starredBitwiseOr() : namedExpression();
    }

    /** {@code '*' bitwise_or}, the current token being the star. */
    private Expr starredBitwiseOr() {
        Token star = ts.next();
        Expr value = bitwiseOr();
        return new Expr.Starred(value, Ctx.LOAD, Spans.of(star, ts.previous()));
    }

    /** {@code starred_expression}: {@code '*' expression}, the current token being the star. */
    private Expr starredExpression() {
        Token star = ts.next();
        Expr value = expression();
        return new Expr.Starred(value, Ctx.LOAD, Spans.of(star, ts.previous()));
    }

    /** {@code named_expression}: {@code NAME := expression}, or an expression not followed by {@code :=}. */
    Expr namedExpression() {
        Token start = ts.peek();
        if (start.is(NAME) && ts.peek(1).is(COLONEQUAL)) return assignmentExpression();
        int startMark = ts.mark();
        Expr e = expression();
        if (ts.at(COLONEQUAL)) {
            if (st.diagnosing()) {
                throw err.at("cannot use assignment expressions with " + Targets.describe(e), e.loc());
            }
            throw err.invalidSyntax();
        }
        if (ts.at(EQUAL) && st.diagnosing()) diagnoseAssignmentInExpression(startMark, e);
        return e;
    }

    /** {@code NAME := expression}, the current token being the name. */
    private Expr assignmentExpression() {
        Token name = ts.next();
        ts.next();
        Expr value = expression();
        Expr.Name target = new Expr.Name(name.name(), Ctx.STORE, Spans.of(name));
        return new Expr.NamedExpr(target, value, Spans.of(name, ts.previous()));
    }

    /** {@code expression}: a conditional expression, a lambda, or a disjunction. */
    Expr expression() {
        if (ts.at(LAMBDA)) return lambda();
        int startMark = ts.mark();
        Expr body = operators(PREC_OR);
        if (ts.at(IF)) return conditional(ts.get(startMark), body);
        if (st.diagnosing() && canStartExpression(ts.kind())) diagnoseJuxtaposed(startMark);
        return body;
    }

    private Expr conditional(Token start, Expr body) {
        st.guard.enter(NestingGuard.Kind.OPERATOR);
        try {
            ts.next();
            Expr test = disjunction();
            if (!ts.accept(ELSE)) {
                if (st.diagnosing() && !ts.at(COLON)) {
                    throw err.range("expected 'else' after 'if' expression", body.loc(), test.loc());
                }
                throw err.invalidSyntax();
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.OPERATOR);
        }
    }

    private Expr lambda() {
        Token start = ts.next();
        Expr.Arguments args = params.lambdaParameters();
        expect(COLON);
        st.guard.enter(NestingGuard.Kind.OPERATOR);
        try {
            Expr body = expression();
            return new Expr.Lambda(args, body, Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.OPERATOR);
        }
    }

    /** {@code disjunction}: everything from {@code or} down, i.e. an expression without {@code if}/lambda. */
    private Expr disjunction() {
        return operators(PREC_OR);
    }

    /** {@code bitwise_or}: operators binding at least as tightly as {@code |}. */
    Expr bitwiseOr() {
        return operators(PREC_BITOR);
    }

    /** Precedence climbing over the operators binding at least as tightly as {@code minPrec}. */
    private Expr operators(int minPrec) {
        Token start = ts.peek();
        Expr left;
        if (start.is(NOT) && minPrec <= PREC_NOT) {
            ts.next();
            st.guard.enter(NestingGuard.Kind.OPERATOR);
            try {
                Expr operand = operators(PREC_NOT);
                left = new Expr.UnaryOp(Expr.UnaryOpKind.NOT, operand, Spans.of(start, ts.previous()));
            } finally {
                st.guard.leave(NestingGuard.Kind.OPERATOR);
            }
        } else {
            left = factor();
        }
        while (true) {
            TokenKind kind = ts.kind();
            int prec = precedence(kind);
            if (prec < minPrec) return left;
            if (prec == PREC_OR || prec == PREC_AND) {
                List<Expr> values = new ArrayList<>();
                values.add(left);
                while (ts.accept(kind)) values.add(operators(prec + 1));
                Expr.BoolOpKind op = kind == OR ? Expr.BoolOpKind.OR : Expr.BoolOpKind.AND;
                left = new Expr.BoolOp(op, List.copyOf(values), Spans.of(start, ts.previous()));
            } else if (prec == PREC_COMPARE) {
                List<CmpOpKind> ops = new ArrayList<>();
                List<Expr> comparators = new ArrayList<>();
                CmpOpKind op;
                while ((op = comparisonOperator()) != null) {
                    ops.add(op);
                    comparators.add(operators(PREC_COMPARE + 1));
                }
                left = new Expr.Compare(left, List.copyOf(ops), List.copyOf(comparators),
                        Spans.of(start, ts.previous()));
            } else {
                ts.next();
                Expr right = operators(prec + 1);
                left = new Expr.BinOp(left, binaryOperator(kind), right, Spans.of(start, ts.previous()));
            }
        }
    }

    /** The binding strength of {@code kind} as an infix operator, or -1. */
    private int precedence(TokenKind kind) {
        return switch (kind) {
            case OR -> PREC_OR;
            case AND -> PREC_AND;
            case EQEQUAL, NOTEQUAL, LESS, LESSEQUAL, GREATER, GREATEREQUAL, IN, IS -> PREC_COMPARE;
            case NOT -> ts.peek(1).is(IN) ? PREC_COMPARE : -1;
            case VBAR -> PREC_BITOR;
            case CIRCUMFLEX -> PREC_BITXOR;
            case AMPER -> PREC_BITAND;
            case LEFTSHIFT, RIGHTSHIFT -> PREC_SHIFT;
            case PLUS, MINUS -> PREC_SUM;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> PREC_TERM;
            default -> -1;
        };
    }

    private static BinOpKind binaryOperator(TokenKind kind) {
        return switch (kind) {
            case VBAR -> BinOpKind.BITOR;
            case CIRCUMFLEX -> BinOpKind.BITXOR;
            case AMPER -> BinOpKind.BITAND;
            case LEFTSHIFT -> BinOpKind.LSHIFT;
            case RIGHTSHIFT -> BinOpKind.RSHIFT;
            case PLUS -> BinOpKind.ADD;
            case MINUS -> BinOpKind.SUB;
            case STAR -> BinOpKind.MULT;
            case SLASH -> BinOpKind.DIV;
            case DOUBLESLASH -> BinOpKind.FLOORDIV;
            case PERCENT -> BinOpKind.MOD;
            case AT -> BinOpKind.MATMULT;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Consumes a comparison operator ({@code not in} and {@code is not} are two tokens) or returns null. */
    private CmpOpKind comparisonOperator() {
        CmpOpKind op = switch (ts.kind()) {
            case EQEQUAL -> CmpOpKind.EQ;
            case NOTEQUAL -> CmpOpKind.NOTEQ;
            case LESS -> CmpOpKind.LT;
            case LESSEQUAL -> CmpOpKind.LTE;
            case GREATER -> CmpOpKind.GT;
            case GREATEREQUAL -> CmpOpKind.GTE;
            case IN -> CmpOpKind.IN;
            case IS -> ts.peek(1).is(NOT) ? CmpOpKind.ISNOT : CmpOpKind.IS;
            case NOT -> ts.peek(1).is(IN) ? CmpOpKind.NOTIN : null;
            default -> null;
        };
        if (op == null) return null;
        ts.next();
        if (op == CmpOpKind.ISNOT || op == CmpOpKind.NOTIN) ts.next();
        return op;
    }

    /** {@code factor}: unary {@code + - ~}, binding more loosely than {@code **} on their right. */
    private Expr factor() {
        Token start = ts.peek();
        Expr.UnaryOpKind op = switch (start.kind()) {
            case PLUS -> Expr.UnaryOpKind.UADD;
            case MINUS -> Expr.UnaryOpKind.USUB;
            case TILDE -> Expr.UnaryOpKind.INVERT;
            default -> null;
        };
        if (op == null) return power();
        ts.next();
        st.guard.enter(NestingGuard.Kind.OPERATOR);
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.OPERATOR);
        }
    }

    /**
     * {@code power}: {@code ['await'] primary ['**' factor]}, so {@code **} is right-associative. (The await is
     * read here rather than in a rule of its own to keep the recursion through brackets shallow.)
     */
    private Expr power() {
        Token start = ts.peek();
        Expr base;
        if (ts.accept(AWAIT)) {
            Expr value = primary();
            base = new Expr.Await(value, Spans.of(start, ts.previous()));
        } else {
            base = primary();
        }
        if (!ts.accept(DOUBLESTAR)) return base;
        st.guard.enter(NestingGuard.Kind.OPERATOR);
        try {
            Expr exponent = factor();
            return new Expr.BinOp(base, BinOpKind.POW, exponent, Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.OPERATOR);
        }
    }

    /** {@code primary}: an atom followed by attribute accesses, calls and subscripts. */
    private Expr primary() {
        Token start = ts.peek();
        Expr e = atom();
        while (true) {
            switch (ts.kind()) {
                case DOT -> {
                    ts.next();
                    Token name = expect(NAME);
                    e = new Expr.Attribute(e, name.name(), Ctx.LOAD, Spans.of(start, name));
                }
                case LPAR -> e = call(start, e);
                case LSQB -> e = subscript(start, e);
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr subscript(Token start, Expr value) {
        st.guard.enter(NestingGuard.Kind.BRACKET);
        try {
            ts.next();
            Expr slice = slices();
            expect(RSQB);
            return new Expr.Subscript(value, slice, Ctx.LOAD, Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.BRACKET);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Atoms and displays

    private Expr atom() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NAME -> {
                ts.next();
                return new Expr.Name(t.name(), Ctx.LOAD, Spans.of(t));
            }
            case NUMBER -> {
                ts.next();
                return new Expr.Constant(t.value(), null, Spans.of(t));
            }
            case STRING -> {
                return strings.parse();
            }
            case TRUE, FALSE, NONE, ELLIPSIS -> {
                ts.next();
                return new Expr.Constant(constantValue(t.kind()), null, Spans.of(t));
            }
            case LPAR, LSQB, LBRACE -> {
                st.guard.enter(NestingGuard.Kind.BRACKET);
                try {
                    return t.is(LPAR) ? parenthesizedAtom() : t.is(LSQB) ? listDisplay() : braceDisplay();
                } finally {
                    st.guard.leave(NestingGuard.Kind.BRACKET);
                }
            }
            default -> throw err.invalidSyntax();
        }
    }

    static Object constantValue(TokenKind kind) {
        return switch (kind) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NONE -> Expr.Constant.NONE;
            default -> Expr.Constant.ELLIPSIS;
        };
    }

    /** {@code ( )}: an empty tuple, a group, a tuple, a generator expression or a parenthesized yield. */
    private Expr parenthesizedAtom() {
        Token open = ts.next();
        if (ts.at(RPAR)) return new Expr.Tuple(List.of(), Ctx.LOAD, Spans.of(open, ts.next()));
        if (ts.at(YIELD)) {
            Expr y = yieldExpression();
            expect(RPAR);
            parenthesized.add(y);
            return y;
        }
        if (ts.at(DOUBLESTAR) && st.diagnosing()) diagnoseDoubleStarredGroup();
        Expr first = starNamedExpression();
        if (atFor()) {
            rejectStarredComprehensionElement(first);
            List<Comprehension> generators = comprehensionClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(first, generators, Spans.of(open, ts.previous()));
        }
        if (ts.at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (ts.accept(COMMA) && !ts.at(RPAR)) elts.add(starNamedExpression());
            expect(RPAR);
            Expr tuple = new Expr.Tuple(List.copyOf(elts), Ctx.LOAD, Spans.of(open, ts.previous()));
            parenthesized.add(tuple);
            return tuple;
        }
        if (first instanceof Expr.Starred && ts.at(RPAR) && st.diagnosing()) {
            throw err.at("cannot use starred expression here", first.loc());
        }
        expect(RPAR);
        parenthesized.add(first);
        return first;
    }

    /** {@code (**x)}: a dict unpacking written where only an expression may go. */
    private void diagnoseDoubleStarredGroup() {
        Token star = ts.peek();
        Boolean matches = st.attempt(() -> {
            ts.next();
            expression();
            return ts.at(RPAR);
        });
        if (Boolean.TRUE.equals(matches)) throw err.at("cannot use double starred expression here", star);
    }

    private Expr listDisplay() {
        Token open = ts.next();
        if (ts.at(RSQB)) return new Expr.List_(List.of(), Ctx.LOAD, Spans.of(open, ts.next()));
        Expr first = starNamedExpression();
        if (atFor()) {
            rejectStarredComprehensionElement(first);
            List<Comprehension> generators = comprehensionClauses();
            expect(RSQB);
            return new Expr.ListComp(first, generators, Spans.of(open, ts.previous()));
        }
        List<Expr> elts = elementsAfter(first, RSQB);
        expect(RSQB);
        return new Expr.List_(elts, Ctx.LOAD, Spans.of(open, ts.previous()));
    }

    /** The elements of a list or set display after the first, up to (not including) {@code close}. */
    private List<Expr> elementsAfter(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.at(COMMA)) {
            Token comma = ts.next();
            if (ts.at(close)) break;
            if (atFor() && st.diagnosing()) diagnoseUnparenthesizedTarget(elts, comma);
            elts.add(starNamedExpression());
        }
        if (atFor() && st.diagnosing() && elts.size() > 1) diagnoseUnparenthesizedTarget(elts, null);
        return List.copyOf(elts);
    }

    /** {@code [a, b for ...]}: a tuple as comprehension element needs parentheses. */
    private void diagnoseUnparenthesizedTarget(List<Expr> elts, Token trailingComma) {
        if (st.attempt(this::comprehensionClauses) == null) return;
        Loc end = trailingComma != null && elts.size() == 1 ? Spans.of(trailingComma) : elts.get(elts.size() - 1).loc();
        throw err.range("did you forget parentheses around the comprehension target?", elts.get(0).loc(), end);
    }

    /** {@code { }}: a dict, set, dict comprehension or set comprehension. */
    private Expr braceDisplay() {
        Token open = ts.next();
        if (ts.at(RBRACE)) return new Expr.Dict(List.of(), List.of(), Spans.of(open, ts.next()));
        if (ts.at(DOUBLESTAR)) {
            Token stars = ts.next();
            Expr mapping = bitwiseOr();
            if (atFor() && st.diagnosing()) {
                throw err.at("dict unpacking cannot be used in dict comprehension", stars);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(null);
            values.add(mapping);
            return dictRest(open, keys, values);
        }
        Expr first = starNamedExpression();
        if (ts.at(COLON) && !(first instanceof Expr.Starred)) {
            Expr value = dictValue();
            if (atFor()) {
                List<Comprehension> generators = comprehensionClauses();
                expect(RBRACE);
                return new Expr.DictComp(first, value, generators, Spans.of(open, ts.previous()));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            return dictRest(open, keys, values);
        }
        if (atFor()) {
            rejectStarredComprehensionElement(first);
            List<Comprehension> generators = comprehensionClauses();
            expect(RBRACE);
            return new Expr.SetComp(first, generators, Spans.of(open, ts.previous()));
        }
        List<Expr> elts = elementsAfter(first, RBRACE);
        expect(RBRACE);
        return new Expr.Set(elts, Spans.of(open, ts.previous()));
    }

    /** The ':' and value of a dict entry, the key having been parsed and ':' being the current token. */
    private Expr dictValue() {
        Token colon = ts.next();
        if (st.diagnosing()) {
            if (ts.at(STAR)) {
                Token star = ts.next();
                if (st.attempt(this::bitwiseOr) != null) {
                    throw err.startingFrom("cannot use a starred expression in a dictionary value", Spans.of(star));
                }
                throw err.invalidSyntax();
            }
            if (ts.at(RBRACE) || ts.at(COMMA)) {
                throw err.at("expression expected after dictionary key and ':'", colon);
            }
        }
        return expression();
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (ts.accept(COMMA) && !ts.at(RBRACE)) {
            if (ts.accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
                continue;
            }
            Expr key = expression();
            if (!ts.at(COLON)) {
                if (!st.diagnosing()) throw err.invalidSyntax();
                // CPython puts the caret on the key's last character.
                Loc k = key.loc();
                throw err.at("':' expected after dictionary key", k.line(), k.endCol() - 1, k.endLine(), -1);
            }
            keys.add(key);
            values.add(dictValue());
        }
        expect(RBRACE);
        return new Expr.Dict(Collections.unmodifiableList(keys), List.copyOf(values), Spans.of(open, ts.previous()));
    }

    private void rejectStarredComprehensionElement(Expr element) {
        if (element instanceof Expr.Starred && st.diagnosing()) {
            throw err.at("iterable unpacking cannot be used in comprehension", element.loc());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comprehensions and targets

    private boolean atFor() {
        return ts.at(FOR) || (ts.at(ASYNC) && ts.peek(1).is(FOR));
    }

    /** {@code for_if_clauses}: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (atFor()) {
            boolean isAsync = ts.accept(ASYNC);
            ts.next();
            Expr target = forTargetIn();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.accept(IF)) ifs.add(disjunction());
            generators.add(new Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(generators);
    }

    /**
     * The target of a {@code for} loop or comprehension clause ({@code star_targets}) and the {@code in} after it,
     * the current token being the first after {@code for}. The target is parsed at the level of {@code |} so that
     * {@code in} ends it, then made a STORE. If either is wrong, CPython reads what follows {@code for} as
     * expressions with its error rules on, which may find the mistake.
     */
    Expr forTargetIn() {
        int start = ts.mark();
        Expr target = Targets.convert(targetList(), Ctx.STORE);
        if (target != null && ts.accept(IN)) return target;
        if (st.diagnosing()) diagnoseInvalidTarget(start, Targets.Use.FOR);
        throw err.invalidSyntax();
    }

    /** Comma-separated {@code ['*'] bitwise_or} items: a tuple if there is a comma. */
    private Expr targetList() {
        return itemOrTuple(this::starTarget);
    }

    /** {@code star_target}, read as {@code ['*'] bitwise_or} and still in the LOAD context. */
    Expr starTarget() {
        return ts.at(STAR) ? starredBitwiseOr() : bitwiseOr();
    }

    /**
     * After a target failed to convert: re-reads what follows {@code start} as expressions, as CPython's
     * invalid-target rules do, and reports the part that cannot be assigned to (or deleted), if there is one.
     */
    void diagnoseInvalidTarget(int start, Targets.Use use) {
        TokenStream.Position failed = ts.save();
        ts.reset(start);
        Expr e = st.attemptDiagnosing(this::starExpressions);
        Expr bad = e == null ? null : Targets.invalidPart(e, use);
        if (bad != null) throw err.at(Targets.message(bad, use), bad.loc());
        ts.restore(failed);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calls and subscripts

    /** The positional and keyword arguments of a call or class definition. */
    record CallArguments(List<Expr> args, List<Keyword> keywords) {
        static final CallArguments NONE = new CallArguments(List.of(), List.of());
    }

    private Expr call(Token start, Expr func) {
        st.guard.enter(NestingGuard.Kind.BRACKET);
        try {
            CallArguments arguments = callArguments(true);
            return new Expr.Call(func, arguments.args(), arguments.keywords(), Spans.of(start, ts.previous()));
        } finally {
            st.guard.leave(NestingGuard.Kind.BRACKET);
        }
    }

    /**
     * A parenthesized argument list, the current token being '('. A call may take a bare generator expression as
     * its sole argument ({@code bareGenerator}); a class statement may not.
     */
    CallArguments callArguments(boolean bareGenerator) {
        Token open = ts.next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        String misplacedPositional = null;
        while (!ts.at(RPAR)) {
            Token argStart = ts.peek();
            if (argStart.is(STAR)) {
                if (hasKeywordUnpacking(keywords) && st.diagnosing()) {
                    throw err.at("iterable argument unpacking follows keyword argument unpacking", argStart);
                }
                args.add(starredExpression());
            } else if (ts.accept(DOUBLESTAR)) {
                Expr value = expression();
                keywords.add(new Keyword(null, value, Spans.of(argStart, ts.previous())));
            } else if ((argStart.is(NAME) || isSingletonKeyword(argStart)) && ts.peek(1).is(EQUAL)) {
                keywords.add(keywordArgument());
            } else {
                Expr value = positionalArgument();
                if (atFor()) {
                    value = generatorArgument(open, value, args.isEmpty() && keywords.isEmpty(), bareGenerator);
                }
                if (!keywords.isEmpty() && misplacedPositional == null) {
                    misplacedPositional = hasKeywordUnpacking(keywords)
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(value);
            }
            if (!ts.accept(COMMA)) break;
        }
        if (misplacedPositional != null) {
            if (st.diagnosing()) throw err.atLastToken(misplacedPositional);
            throw err.invalidSyntax();
        }
        expect(RPAR);
        return new CallArguments(List.copyOf(args), List.copyOf(keywords));
    }

    private static boolean hasKeywordUnpacking(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.arg() == null) return true;
        }
        return false;
    }

    private static boolean isSingletonKeyword(Token t) {
        return t.is(TRUE) || t.is(FALSE) || t.is(NONE);
    }

    /** {@code NAME = expression}; the current token is the name (or True/False/None, which is an error). */
    private Keyword keywordArgument() {
        Token name = ts.next();
        Token equal = ts.next();
        if (!name.is(NAME)) {
            if (st.diagnosing()) throw err.range("cannot assign to " + name.text(), Spans.of(name), Spans.of(equal));
            throw err.invalidSyntax();
        }
        Expr value = expression();
        if (atFor() && st.diagnosing()) {
            throw err.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Spans.of(name),
                    Spans.of(equal));
        }
        return new Keyword(name.name(), value, Spans.of(name, ts.previous()));
    }

    /** A positional argument: {@code NAME := expression} or an expression not followed by {@code =}. */
    private Expr positionalArgument() {
        if (ts.at(NAME) && ts.peek(1).is(COLONEQUAL)) return assignmentExpression();
        Expr value = expression();
        if (ts.at(EQUAL) && st.diagnosing()) {
            throw err.range("expression cannot contain assignment, perhaps you meant \"==\"?", value.loc(),
                    Spans.of(ts.peek()));
        }
        return value;
    }

    /**
     * {@code f(x for x in y)}: a generator expression is only allowed unparenthesized as the sole argument of a
     * call, and then spans the call's parentheses.
     */
    private Expr generatorArgument(Token open, Expr element, boolean first, boolean allowed) {
        Token keyword = ts.peek();
        List<Comprehension> generators = comprehensionClauses();
        if (first && ts.at(RPAR)) {
            if (!allowed) throw err.at(ParseErrors.INVALID_SYNTAX, keyword);
            return new Expr.GeneratorExp(element, generators, Spans.of(open, ts.peek()));
        }
        if (st.diagnosing()) {
            Comprehension last = generators.get(generators.size() - 1);
            Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
            throw err.range("Generator expression must be parenthesized", element.loc(), lastItem.loc());
        }
        throw err.invalidSyntax();
    }

    /** {@code slices}: one slice or expression, or a tuple of them (with starred items) if there is a comma. */
    private Expr slices() {
        Token start = ts.peek();
        Expr first = sliceItem();
        if (!ts.at(COMMA) && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && !ts.at(RSQB)) elts.add(sliceItem());
        return new Expr.Tuple(List.copyOf(elts), Ctx.LOAD, Spans.of(start, ts.previous()));
    }

    /** {@code slice | starred_expression}: {@code [lower] : [upper] [: [step]]}, a named expression, or {@code *e}. */
    private Expr sliceItem() {
        if (ts.at(STAR)) return starredExpression();
        Token start = ts.peek();
        Expr lower = null;
        if (!ts.at(COLON)) {
            lower = namedExpression();
            if (!ts.at(COLON)) return lower;
            if (lower instanceof Expr.NamedExpr && !isParenthesized(lower)) throw err.invalidSyntax();
        }
        ts.next();
        Expr upper = atSliceBoundary() ? null : expression();
        Expr step = null;
        if (ts.accept(COLON) && !atSliceBoundary()) step = expression();
        return new Expr.Slice(lower, upper, step, Spans.of(start, ts.previous()));
    }

    private boolean atSliceBoundary() {
        TokenKind k = ts.kind();
        return k == COLON || k == COMMA || k == RSQB;
    }

    // ---------------------------------------------------------------------------------------------------------
    // yield

    /** {@code yield_expr}: {@code yield from expression} or {@code yield [star_expressions]}. */
    Expr yieldExpression() {
        Token start = ts.next();
        if (ts.accept(FROM)) {
            Expr value = expression();
            return new Expr.YieldFrom(value, Spans.of(start, ts.previous()));
        }
        if (!canStartStarExpression(ts.kind())) return new Expr.Yield(null, Spans.of(start));
        Expr value = starExpressions();
        return new Expr.Yield(value, Spans.of(start, ts.previous()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Error diagnosis

    /** Tokens that are a complete atom on their own. */
    static boolean isSingleTokenAtom(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** Tokens that can begin an expression. */
    static boolean canStartExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, NONE, TRUE,
                    FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    static boolean canStartStarExpression(TokenKind k) {
        return k == STAR || canStartExpression(k);
    }

    /**
     * An expression directly followed by another: inside brackets a comma is probably missing; after
     * {@code print} or {@code exec} parentheses are. CPython's rule for {@code print x} reads an expression after
     * any leading name not followed by '(' and applies all its error rules to that expression again; so in a run
     * of names every position gets the comma and missing-'else' checks, left to right, and then the innermost
     * print or exec is reported.
     */
    private void diagnoseJuxtaposed(int startMark) {
        TokenStream.Position here = ts.save();
        int end = startMark;
        while (ts.get(end).is(NAME) && !ts.peekForDiagnosis(end - ts.mark() + 1).is(LPAR)) end++;
        for (int start = startMark; start <= end; start++) {
            diagnoseMissingComma(start);
            if (start > startMark) diagnoseMissingElse(start);
        }
        for (int name = end - 1; name >= startMark; name--) {
            Token keyword = ts.get(name);
            if (!isLegacyStatement(keyword)) continue;
            ts.reset(name + 1);
            Expr rest = st.attempt(this::starExpressions);
            if (rest != null) {
                throw err.range("Missing parentheses in call to '" + keyword.text() + "'. Did you mean "
                        + keyword.text() + "(...)?", Spans.of(keyword), rest.loc());
            }
        }
        ts.restore(here);
    }

    /**
     * Two expressions in a row inside brackets, at {@code mark}. Not reported when the first is print or exec,
     * starts with a soft keyword, or is a name followed by a string, since those begin valid statements and
     * f-string fields.
     */
    private void diagnoseMissingComma(int mark) {
        Token first = ts.get(mark);
        if (first.is(NAME) && (isSoftKeyword(first.text()) || ts.get(mark + 1).is(STRING))) return;
        ts.reset(mark);
        Expr a = st.attempt(this::disjunction);
        if (a == null || (a instanceof Expr.Name && isLegacyStatement(first))) return;
        Expr b = st.attempt(this::expression);
        if (b != null && ts.levelAt(ts.mark() - 1) > 0) {
            throw err.range("invalid syntax. Perhaps you forgot a comma?", a.loc(), b.loc());
        }
    }

    /** {@code a if b} with neither 'else' nor ':' after it, at {@code mark}. */
    private void diagnoseMissingElse(int mark) {
        ts.reset(mark);
        Expr body = st.attempt(this::disjunction);
        if (body == null || !ts.accept(IF)) return;
        Expr test = st.attempt(this::disjunction);
        if (test != null && !ts.at(ELSE) && !ts.at(COLON)) {
            throw err.range("expected 'else' after 'if' expression", body.loc(), test.loc());
        }
    }

    private static boolean isLegacyStatement(Token t) {
        return t.is(NAME) && (t.text().equals("print") || t.text().equals("exec"));
    }

    /**
     * Whether CPython 3.11's error rules treat {@code name} as a soft keyword. They compare only as many characters
     * as the name has, so any prefix of "match", "case" or "_" counts: {@code [c d]} gets no comma suggestion.
     */
    private static boolean isSoftKeyword(String name) {
        return "match".startsWith(name) || "case".startsWith(name) || "_".startsWith(name);
    }

    /**
     * A named expression followed by '=', where an assignment is not allowed: {@code if x = 1:} probably meant
     * {@code ==}. Reports nothing (leaving the generic error) unless the right-hand side parses.
     */
    private void diagnoseAssignmentInExpression(int startMark, Expr target) {
        TokenStream.Position here = ts.save();
        ts.next();
        Expr value = st.attempt(this::bitwiseOr);
        boolean followedByAssignment = ts.at(EQUAL) || ts.at(COLONEQUAL);
        int mark = here.mark();
        ts.restore(here);
        if (value == null || followedByAssignment) return;
        Token first = ts.get(startMark);
        if (first.is(NAME) && mark == startMark + 1) {
            throw err.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.loc(), value.loc());
        }
        if (!isBitwiseOrLevel(target) || startsWithDisplayOrSingleton(startMark, target)) return;
        throw err.at("cannot assign to " + Targets.describe(target) + " here. Maybe you meant '==' instead of '='?",
                target.loc());
    }

    /** Whether {@code e} could have been parsed by {@code bitwise_or}, i.e. has no looser operator on top. */
    private boolean isBitwiseOrLevel(Expr e) {
        if (isParenthesized(e)) return true;
        if (e instanceof Expr.UnaryOp u) return u.op() != Expr.UnaryOpKind.NOT;
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred);
    }

    /**
     * CPython does not suggest '==' when the target begins with a list or tuple display, a generator expression,
     * or True/False/None ({@code [a] = 1} and {@code None = 1} get the plain "cannot assign" message).
     */
    private boolean startsWithDisplayOrSingleton(int startMark, Expr target) {
        Token first = ts.get(startMark);
        if (isSingletonKeyword(first)) return true;
        if (!first.is(LSQB) && !first.is(LPAR)) return false;
        Expr leftmost = target;
        while (true) {
            if (leftmost instanceof Expr.BinOp b) leftmost = b.left();
            else if (leftmost instanceof Expr.Call c) leftmost = c.func();
            else if (leftmost instanceof Expr.Attribute a) leftmost = a.value();
            else if (leftmost instanceof Expr.Subscript s) leftmost = s.value();
            else break;
        }
        boolean display = leftmost instanceof Expr.List_ || leftmost instanceof Expr.Tuple
                || leftmost instanceof Expr.GeneratorExp;
        return display && leftmost.loc().line() == first.line() && leftmost.loc().col() == first.col();
    }

    // ---------------------------------------------------------------------------------------------------------

    Token expect(TokenKind kind) {
        if (!ts.at(kind)) throw err.invalidSyntax();
        return ts.next();
    }
}

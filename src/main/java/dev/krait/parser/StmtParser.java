package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.parser.Expr.Ctx;
import dev.krait.parser.Stmt.Alias;

import java.util.ArrayList;
import java.util.List;

import static dev.krait.lexer.TokenKind.*;

/**
 * Statements: the simple ones, assignments in all their forms, and the compound statements with their blocks.
 * Compound statements and blocks are in this class too because they share the block and header-colon handling;
 * {@code match} is delegated to {@link MatchParser}. A statement's location ends at its last token that is not a
 * NEWLINE, INDENT or DEDENT, as in CPython.
 */
final class StmtParser {
    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;
    private final ExprParser expr;
    private final MatchParser match;

    StmtParser(ParseState st, ExprParser expr) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
        this.expr = expr;
        this.match = new MatchParser(st, expr, this);
    }

    /** {@code file}: statements up to ENDMARKER. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!ts.at(ENDMARKER)) statement(body);
        return List.copyOf(body);
    }

    /** One statement; a line of simple statements adds several. */
    void statement(List<Stmt> out) {
        switch (ts.kind()) {
            case DEF -> out.add(functionDef(List.of()));
            case CLASS -> out.add(classDef(List.of()));
            case AT -> out.add(decorated());
            case IF -> out.add(ifStatement());
            case WHILE -> out.add(whileStatement());
            case FOR -> out.add(forStatement());
            case WITH -> out.add(withStatement());
            case TRY -> out.add(tryStatement());
            case ASYNC -> out.add(asyncStatement(List.of()));
            case NAME -> {
                Stmt m = ts.atName("match") ? match.matchStatement() : null;
                if (m != null) {
                    out.add(m);
                } else {
                    simpleStatements(out);
                }
            }
            default -> simpleStatements(out);
        }
    }

    /** {@code simple_stmts}: simple statements separated by ';' up to NEWLINE. */
    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (ts.accept(SEMI) && !ts.at(NEWLINE)) out.add(simpleStatement());
        expect(NEWLINE);
    }

    private Stmt simpleStatement() {
        Token start = ts.peek();
        switch (start.kind()) {
            case PASS -> {
                ts.next();
                return new Stmt.Pass(Spans.of(start));
            }
            case BREAK -> {
                ts.next();
                return new Stmt.Break(Spans.of(start));
            }
            case CONTINUE -> {
                ts.next();
                return new Stmt.Continue(Spans.of(start));
            }
            case RETURN -> {
                ts.next();
                Expr value = ExprParser.canStartStarExpression(ts.kind()) ? expr.starExpressions() : null;
                return new Stmt.Return(value, end(start));
            }
            case RAISE -> {
                return raiseStatement();
            }
            case GLOBAL, NONLOCAL -> {
                return globalStatement();
            }
            case DEL -> {
                return delStatement();
            }
            case ASSERT -> {
                ts.next();
                Expr test = expr.expression();
                Expr msg = ts.accept(COMMA) ? expr.expression() : null;
                return new Stmt.Assert(test, msg, end(start));
            }
            case IMPORT -> {
                return importStatement();
            }
            case FROM -> {
                return fromImportStatement();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt raiseStatement() {
        Token start = ts.next();
        if (!ExprParser.canStartExpression(ts.kind())) return new Stmt.Raise(null, null, end(start));
        Expr exc = expr.expression();
        Expr cause = ts.accept(FROM) ? expr.expression() : null;
        return new Stmt.Raise(exc, cause, end(start));
    }

    private Stmt globalStatement() {
        Token start = ts.next();
        List<String> names = new ArrayList<>();
        do {
            names.add(expect(NAME).name());
        } while (ts.accept(COMMA));
        Loc loc = end(start);
        return start.is(GLOBAL) ? new Stmt.Global(List.copyOf(names), loc) : new Stmt.Nonlocal(List.copyOf(names), loc);
    }

    /** {@code del targets}: each must be a name, attribute, subscript, or a tuple or list of those. */
    private Stmt delStatement() {
        Token start = ts.next();
        int targetsStart = ts.mark();
        List<Expr> targets = new ArrayList<>();
        boolean valid = true;
        do {
            if (!ExprParser.canStartExpression(ts.kind())) break;
            Expr target = Targets.convert(expr.bitwiseOr(), Ctx.DEL);
            valid &= target != null;
            targets.add(target);
        } while (ts.accept(COMMA));
        if (valid && !targets.isEmpty() && (ts.at(SEMI) || ts.at(NEWLINE))) {
            return new Stmt.Delete(List.copyOf(targets), end(start));
        }
        if (st.diagnosing()) expr.diagnoseInvalidTarget(targetsStart, Targets.Use.DELETE);
        throw err.invalidSyntax();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Imports

    private Stmt importStatement() {
        Token start = ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = ts.peek();
            String name = dottedName();
            String asName = ts.accept(AS) ? expect(NAME).name() : null;
            names.add(new Alias(name, asName, Spans.of(first, ts.previous())));
        } while (ts.accept(COMMA));
        return new Stmt.Import(List.copyOf(names), end(start));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expect(NAME).name());
        while (ts.at(DOT) && ts.peek(1).is(NAME)) {
            ts.next();
            name.append('.').append(ts.next().name());
        }
        return name.toString();
    }

    private Stmt fromImportStatement() {
        Token start = ts.next();
        int level = 0;
        while (ts.at(DOT) || ts.at(ELLIPSIS)) level += ts.next().is(DOT) ? 1 : 3;
        String module = level == 0 || ts.at(NAME) ? dottedName() : null;
        expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        if (ts.at(STAR)) {
            Token star = ts.next();
            names.add(new Alias("*", null, Spans.of(star)));
        } else if (ts.accept(LPAR)) {
            importedNames(names);
            ts.accept(COMMA);
            expect(RPAR);
        } else {
            importedNames(names);
            if (ts.at(COMMA)) {
                ts.next();
                if (ts.at(NEWLINE) && st.diagnosing()) {
                    throw err.atLastToken("trailing comma not allowed without surrounding parentheses");
                }
                throw err.invalidSyntax();
            }
        }
        return new Stmt.ImportFrom(module, List.copyOf(names), level, end(start));
    }

    /** {@code NAME [as NAME]} items separated by commas; a comma not followed by a name is left to the caller. */
    private void importedNames(List<Alias> names) {
        while (true) {
            Token name = expect(NAME);
            String asName = ts.accept(AS) ? expect(NAME).name() : null;
            names.add(new Alias(name.name(), asName, Spans.of(name, ts.previous())));
            if (!ts.at(COMMA) || !ts.peek(1).is(NAME)) return;
            ts.next();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expression statements and assignments

    private Stmt expressionStatement() {
        Token start = ts.peek();
        int startMark = ts.mark();
        Expr first = ts.at(YIELD) ? expr.yieldExpression() : expr.starExpressions();
        TokenKind next = ts.kind();
        if (next == EQUAL) return assignment(start, startMark, first);
        if (next == COLON) return annotatedAssignment(start, first);
        if (next == COLONEQUAL && st.diagnosing() && !(first instanceof Expr.Name)) diagnoseWalrusTarget(first);
        Expr.BinOpKind op = augmentedOperator(next);
        if (op != null) return augmentedAssignment(start, first, op);
        return new Stmt.ExprStmt(first, end(start));
    }

    /** {@code target := value} as a statement, where the target is not even a name. */
    private void diagnoseWalrusTarget(Expr target) {
        TokenStream.Position here = ts.save();
        ts.next();
        if (st.attempt(expr::expression) != null) {
            throw err.at("cannot use assignment expressions with " + Targets.describe(target), target.loc());
        }
        ts.restore(here);
    }

    /**
     * {@code a = b = value}: every part but the last is a target. An invalid first target is reported before the
     * rest is read, as CPython's error rules match it first.
     */
    private Stmt assignment(Token start, int startMark, Expr first) {
        if (Targets.convert(first, Ctx.STORE) == null) throw invalidAssignment(startMark, List.of(first));
        List<Expr> parts = new ArrayList<>();
        parts.add(first);
        while (ts.accept(EQUAL)) parts.add(ts.at(YIELD) ? expr.yieldExpression() : expr.starExpressions());
        Expr value = parts.remove(parts.size() - 1);
        List<Expr> targets = new ArrayList<>(parts.size());
        for (Expr part : parts) {
            Expr target = Targets.convert(part, Ctx.STORE);
            if (target == null) throw invalidAssignment(startMark, parts);
            targets.add(target);
        }
        return new Stmt.Assign(List.copyOf(targets), value, end(start));
    }

    /**
     * The error for an assignment with an invalid target, chosen as CPython's rules choose it: first "maybe you
     * meant '=='" for the item right before the first '=', then the assignment to a yield, then the invalid part
     * of the first bad target.
     */
    private SyntaxError invalidAssignment(int startMark, List<Expr> targets) {
        if (!st.diagnosing()) return err.invalidSyntax();
        TokenStream.Position failed = ts.save();
        ts.reset(startMark);
        if (!ts.at(YIELD)) {
            // A statement starting with 'yield' cannot be the "maybe you meant '=='" case.
            do {
                expr.starNamedExpression();
            } while (ts.accept(COMMA) && ExprParser.canStartStarExpression(ts.kind()));
        }
        ts.restore(failed);
        for (Expr target : targets) {
            if (Targets.convert(target, Ctx.STORE) != null) continue;
            if ((target instanceof Expr.Yield || target instanceof Expr.YieldFrom) && !expr.isParenthesized(target)) {
                return err.at("assignment to yield expression not possible", target.loc());
            }
            Expr bad = Targets.invalidPart(target, Targets.Use.ASSIGN);
            if (bad != null) return err.at(Targets.message(bad, Targets.Use.ASSIGN), bad.loc());
        }
        return err.invalidSyntax();
    }

    /** {@code target: annotation [= value]}. */
    private Stmt annotatedAssignment(Token start, Expr first) {
        if (!Targets.isSingle(first)) throw invalidAnnotationTarget(first);
        ts.next();
        Expr annotation = expr.expression();
        boolean simple = first instanceof Expr.Name && !start.is(LPAR);
        Expr value = null;
        if (ts.accept(EQUAL)) value = ts.at(YIELD) ? expr.yieldExpression() : expr.starExpressions();
        Expr target = Targets.convert(first, Ctx.STORE);
        return new Stmt.AnnAssign(target, annotation, value, simple, end(start));
    }

    /**
     * The error for {@code target: annotation} with a target that cannot be annotated, once an annotation is seen.
     * Mistakes in the annotation itself are reported first, as CPython's error rules parse it with diagnoses on;
     * like those rules, a valid start of an expression is enough ({@code f(): int +} is an illegal target).
     */
    private SyntaxError invalidAnnotationTarget(Expr target) {
        if (!st.diagnosing()) return err.invalidSyntax();
        TokenStream.Position colon = ts.save();
        ts.next();
        boolean startsAtom = ExprParser.isSingleTokenAtom(ts.kind());
        try {
            expr.expression();
        } catch (SyntaxError e) {
            if (!err.isGeneric(e)) throw e;
            if (!startsAtom) {
                ts.restore(colon);
                return err.invalidSyntax();
            }
        }
        ts.restore(colon);
        if (target instanceof Expr.List_ || (target instanceof Expr.Tuple t
                && (expr.isParenthesized(target) || t.elts().isEmpty()))) {
            return err.at("only single target (not " + Targets.describe(target) + ") can be annotated", target.loc());
        }
        if (target instanceof Expr.Tuple t) {
            return err.at("only single target (not tuple) can be annotated", t.elts().get(0).loc());
        }
        return err.at("illegal target for annotation", target.loc());
    }

    private Stmt augmentedAssignment(Token start, Expr first, Expr.BinOpKind op) {
        if (!Targets.isSingle(first)) {
            if (!st.diagnosing()) throw err.invalidSyntax();
            throw err.at("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                    first.loc());
        }
        ts.next();
        Expr value = ts.at(YIELD) ? expr.yieldExpression() : expr.starExpressions();
        return new Stmt.AugAssign(Targets.convert(first, Ctx.STORE), op, value, end(start));
    }

    private static Expr.BinOpKind augmentedOperator(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> Expr.BinOpKind.ADD;
            case MINEQUAL -> Expr.BinOpKind.SUB;
            case STAREQUAL -> Expr.BinOpKind.MULT;
            case ATEQUAL -> Expr.BinOpKind.MATMULT;
            case SLASHEQUAL -> Expr.BinOpKind.DIV;
            case PERCENTEQUAL -> Expr.BinOpKind.MOD;
            case AMPEREQUAL -> Expr.BinOpKind.BITAND;
            case VBAREQUAL -> Expr.BinOpKind.BITOR;
            case CIRCUMFLEXEQUAL -> Expr.BinOpKind.BITXOR;
            case LEFTSHIFTEQUAL -> Expr.BinOpKind.LSHIFT;
            case RIGHTSHIFTEQUAL -> Expr.BinOpKind.RSHIFT;
            case DOUBLESTAREQUAL -> Expr.BinOpKind.POW;
            case DOUBLESLASHEQUAL -> Expr.BinOpKind.FLOORDIV;
            default -> null;
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Compound statements

    /**
     * {@code if} with its {@code elif}s and {@code else}. Each elif is an If nested in the orelse of the one before,
     * all ending where the whole statement ends; the chain is read in a loop so that a long one does not recurse.
     */
    private Stmt ifStatement() {
        List<Token> keywords = new ArrayList<>();
        List<Expr> tests = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        do {
            Token keyword = ts.next();
            keywords.add(keyword);
            tests.add(expr.namedExpression());
            headerColon();
            bodies.add(block("'" + keyword.text() + "' statement", keyword));
        } while (ts.at(ELIF));
        List<Stmt> orelse = elseBlock();
        Token last = ts.lastRealToken();
        for (int i = keywords.size() - 1; i >= 0; i--) {
            orelse = List.of(new Stmt.If(tests.get(i), bodies.get(i), orelse, Spans.of(keywords.get(i), last)));
        }
        return orelse.get(0);
    }

    /** An optional {@code else:} block. */
    private List<Stmt> elseBlock() {
        if (!ts.at(ELSE)) return List.of();
        Token keyword = ts.next();
        forcedColon();
        return block("'else' statement", keyword);
    }

    private Stmt whileStatement() {
        Token keyword = ts.next();
        Expr test = expr.namedExpression();
        headerColon();
        List<Stmt> body = block("'while' statement", keyword);
        return new Stmt.While(test, body, elseBlock(), end(keyword));
    }

    private Stmt forStatement() {
        return forStatement(ts.peek(), false);
    }

    private Stmt forStatement(Token start, boolean isAsync) {
        Token keyword = ts.next();
        Expr target = expr.forTargetIn();
        Expr iter = expr.starExpressions();
        headerColon();
        List<Stmt> body = block("'for' statement", keyword);
        return new Stmt.For(target, iter, body, elseBlock(), isAsync, end(start));
    }

    private Stmt withStatement() {
        return withStatement(ts.peek(), false);
    }

    private Stmt withStatement(Token start, boolean isAsync) {
        Token keyword = ts.next();
        List<Stmt.WithItem> items = ts.at(LPAR) ? st.attempt(() -> parenthesizedWithItems(COLON)) : null;
        if (items == null && ts.at(LPAR) && st.diagnosing()
                && st.attempt(() -> parenthesizedWithItems(NEWLINE)) != null) {
            throw err.atLastToken("expected ':'");
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.accept(COMMA));
            items = List.copyOf(items);
        }
        headerColon();
        List<Stmt> body = block("'with' statement", keyword);
        return new Stmt.With(items, body, isAsync, end(start));
    }

    /**
     * {@code with (a as b, c as d):}: only taken when the closing parenthesis is followed by {@code next} (':', or a
     * newline when looking for a forgotten colon).
     */
    private List<Stmt.WithItem> parenthesizedWithItems(TokenKind next) {
        ts.next();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            if (ts.at(RPAR) && !items.isEmpty()) break;
            items.add(withItem());
        } while (ts.accept(COMMA));
        expect(RPAR);
        if (!ts.at(next)) throw err.invalidSyntax();
        return List.copyOf(items);
    }

    private Stmt.WithItem withItem() {
        Expr context = expr.expression();
        if (!ts.accept(AS)) return new Stmt.WithItem(context, null);
        int targetStart = ts.mark();
        Expr target = Targets.convert(expr.starTarget(), Ctx.STORE);
        if (target != null) return new Stmt.WithItem(context, target);
        if (st.diagnosing()) {
            TokenStream.Position failed = ts.save();
            ts.reset(targetStart);
            Expr e = st.attempt(expr::expression);
            Expr bad = e == null ? null : Targets.invalidPart(e, Targets.Use.ASSIGN);
            if (bad != null && (ts.at(COMMA) || ts.at(RPAR) || ts.at(COLON))) {
                throw err.at(Targets.message(bad, Targets.Use.ASSIGN), bad.loc());
            }
            ts.restore(failed);
        }
        throw err.invalidSyntax();
    }

    private Stmt tryStatement() {
        Token keyword = ts.next();
        forcedColon();
        List<Stmt> body = block("'try' statement", keyword);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (ts.at(EXCEPT)) {
            Token except = ts.peek();
            boolean isStar = ts.peek(1).is(STAR);
            if (star != null && star != isStar && st.diagnosing()) {
                throw isStar ? err.range("cannot have both 'except' and 'except*' on the same 'try'",
                        Spans.of(except), Spans.of(ts.peek(1)))
                        : err.at("cannot have both 'except' and 'except*' on the same 'try'", except);
            }
            star = isStar;
            handlers.add(exceptHandler());
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (ts.at(FINALLY)) {
            Token finallyKeyword = ts.next();
            forcedColon();
            finalbody = block("'finally' statement", finallyKeyword);
        } else if (handlers.isEmpty()) {
            if (!st.diagnosing()) throw err.invalidSyntax();
            // CPython points at what follows the block, or at the block's end when the file ends there.
            Token where = ts.at(ENDMARKER) ? ts.previous() : ts.peek();
            throw err.at("expected 'except' or 'finally' block", where);
        }
        return new Stmt.Try(body, List.copyOf(handlers), orelse, finalbody, Boolean.TRUE.equals(star), end(keyword));
    }

    private Stmt.ExceptHandler exceptHandler() {
        Token keyword = ts.next();
        boolean isStar = ts.accept(STAR);
        Expr type = null;
        String name = null;
        if (isStar && (ts.at(COLON) || ts.at(NEWLINE)) && st.diagnosing()) {
            throw err.at("expected one or more exception types", ts.peek());
        }
        if (!ts.at(COLON) && !ts.at(NEWLINE)) {
            type = expr.expression();
            if (ts.at(COMMA) && st.diagnosing()) diagnoseUnparenthesizedExceptTypes(type);
            if (ts.accept(AS)) name = expect(NAME).name();
        }
        headerColon();
        List<Stmt> body = block(isStar ? "'except*' statement" : "'except' statement", keyword);
        return new Stmt.ExceptHandler(type, name, body, end(keyword));
    }

    /** {@code except A, B:} is Python 2 syntax for what is now {@code except (A, B):}. */
    private void diagnoseUnparenthesizedExceptTypes(Expr first) {
        TokenStream.Position here = ts.save();
        Boolean matches = st.attempt(() -> {
            ts.next();
            expr.expression();
            while (ts.accept(COMMA) && ExprParser.canStartExpression(ts.kind())) expr.expression();
            if (ts.accept(AS)) expect(NAME);
            return ts.at(COLON);
        });
        if (Boolean.TRUE.equals(matches)) {
            throw err.startingFrom("multiple exception types must be parenthesized", first.loc());
        }
        ts.restore(here);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Function and class definitions

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.accept(AT)) {
            decorators.add(expr.namedExpression());
            expect(NEWLINE);
        }
        List<Expr> list = List.copyOf(decorators);
        return switch (ts.kind()) {
            case DEF -> functionDef(list);
            case CLASS -> classDef(list);
            case ASYNC -> {
                if (!ts.peek(1).is(DEF)) throw err.invalidSyntax();
                yield asyncStatement(list);
            }
            default -> throw err.invalidSyntax();
        };
    }

    /** {@code async def}, {@code async for} or {@code async with}. */
    private Stmt asyncStatement(List<Expr> decorators) {
        Token start = ts.next();
        return switch (ts.kind()) {
            case DEF -> functionDef(start, decorators, true);
            case FOR -> forStatement(start, true);
            case WITH -> withStatement(start, true);
            default -> throw err.invalidSyntax();
        };
    }

    private Stmt functionDef(List<Expr> decorators) {
        return functionDef(ts.peek(), decorators, false);
    }

    private Stmt functionDef(Token start, List<Expr> decorators, boolean isAsync) {
        Token keyword = ts.next();
        String name = expect(NAME).name();
        if (!ts.at(LPAR)) throw err.at("expected '('", ts.peek());
        ts.next();
        Expr.Arguments args = expr.params().functionParameters();
        expect(RPAR);
        Expr returns = null;
        if (ts.at(RARROW)) {
            // CPython's grammar makes "-> expression" optional: when no expression follows, it backs up and its
            // forced ':' fails at the arrow.
            Token arrow = ts.peek();
            TokenStream.Position beforeArrow = ts.save();
            ts.next();
            returns = st.diagnosing() ? st.attemptDiagnosing(expr::expression) : st.attempt(expr::expression);
            if (returns == null) {
                ts.restore(beforeArrow);
                throw err.at("expected ':'", arrow);
            }
        }
        forcedColon();
        List<Stmt> body = block("function definition", keyword);
        return new Stmt.FunctionDef(name, args, body, decorators, returns, isAsync, end(start));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token keyword = ts.next();
        String name = expect(NAME).name();
        ExprParser.CallArguments arguments = ExprParser.CallArguments.NONE;
        if (ts.at(LPAR)) arguments = expr.callArguments(false);
        headerColon();
        List<Stmt> body = block("class definition", keyword);
        return new Stmt.ClassDef(name, arguments.args(), arguments.keywords(), body, decorators, end(keyword));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Blocks

    /**
     * The ':' ending a compound statement's header. CPython says "expected ':'" when the line ends instead, and
     * "invalid syntax" when something else follows.
     */
    void headerColon() {
        if (ts.accept(COLON)) return;
        if (ts.at(NEWLINE) && st.diagnosing()) throw err.atLastToken("expected ':'");
        throw err.invalidSyntax();
    }

    /** A ':' that CPython requires outright ({@code else}, {@code try}, {@code finally}, {@code def}). */
    private void forcedColon() {
        if (!ts.at(COLON)) throw err.at("expected ':'", ts.peek());
        ts.next();
    }

    /**
     * {@code block}: simple statements on the header's line, or NEWLINE INDENT statements DEDENT. {@code what} names
     * the header for the "expected an indented block after ..." message.
     */
    List<Stmt> block(String what, Token keyword) {
        List<Stmt> body = new ArrayList<>();
        if (!ts.at(NEWLINE)) {
            simpleStatements(body);
            return List.copyOf(body);
        }
        expectBlockStart(what, keyword);
        st.guard.enter(NestingGuard.Kind.BLOCK);
        try {
            while (!ts.at(DEDENT)) statement(body);
        } finally {
            st.guard.leave(NestingGuard.Kind.BLOCK);
        }
        ts.next();
        return List.copyOf(body);
    }

    /** NEWLINE INDENT, starting an indented block after the header of {@code what}. */
    void expectBlockStart(String what, Token keyword) {
        expect(NEWLINE);
        if (!ts.at(INDENT)) {
            throw err.indentationAtLastToken("expected an indented block after " + what + " on line "
                    + keyword.line());
        }
        ts.next();
    }

    /** The location from {@code start} to the last token consumed that is not NEWLINE, INDENT or DEDENT. */
    Loc end(Token start) {
        return Spans.of(start, ts.lastRealToken());
    }

    private Token expect(TokenKind kind) {
        return expr.expect(kind);
    }
}

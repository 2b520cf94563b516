package dev.krait.parser;

import dev.krait.lexer.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.krait.lexer.TokenKind.*;

/**
 * The {@code match} statement. {@code match} and {@code case} are soft keywords: a statement starting with the
 * name {@code match} is a match statement only if a subject expression and ':' follow; otherwise it is an ordinary
 * statement such as {@code match = 1} or {@code match(x)}.
 */
final class MatchParser {
    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;
    private final ExprParser expr;
    private final StmtParser stmt;
    private final PatternParser patterns;

    MatchParser(ParseState st, ExprParser expr, StmtParser stmt) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
        this.expr = expr;
        this.stmt = stmt;
        this.patterns = new PatternParser(st, expr);
    }

    /**
     * A match statement, the current token being the name {@code match}; or null, with nothing consumed, if the
     * statement is not one.
     */
    Stmt.Match matchStatement() {
        int start = ts.mark();
        Token keyword = ts.next();
        Expr subject = st.attempt(this::subject);
        if (subject == null) {
            ts.reset(start);
            return null;
        }
        if (!ts.at(COLON)) {
            boolean lineEnds = ts.at(NEWLINE);
            ts.reset(start);
            if (lineEnds && st.diagnosing() && st.attempt(this::simpleStatementFits) == null) {
                throw err.atLastToken("expected ':'");
            }
            ts.reset(start);
            return null;
        }
        ts.next();
        stmt.expectBlockStart("'match' statement", keyword);
        List<Stmt.MatchCase> cases = new ArrayList<>();
        do {
            cases.add(caseBlock());
        } while (!ts.at(DEDENT));
        ts.next();
        return new Stmt.Match(subject, List.copyOf(cases), stmt.end(keyword));
    }

    /** {@code subject_expr}: a named expression, or a tuple of starred and named expressions. */
    private Expr subject() {
        Expr subject = expr.itemOrTuple(expr::starNamedExpression);
        if (subject instanceof Expr.Starred) throw err.invalidSyntax();
        return subject;
    }

    /** Whether the line parses as ordinary simple statements (then {@code match x} was not meant as a match). */
    private Boolean simpleStatementFits() {
        stmt.statement(new ArrayList<>());
        return Boolean.TRUE;
    }

    private Stmt.MatchCase caseBlock() {
        if (!ts.atName("case")) throw err.invalidSyntax();
        Token keyword = ts.next();
        Pattern pattern = patterns.patterns();
        Expr guard = ts.accept(IF) ? expr.namedExpression() : null;
        stmt.headerColon();
        List<Stmt> body = stmt.block("'case' statement", keyword);
        return new Stmt.MatchCase(pattern, guard, body);
    }
}

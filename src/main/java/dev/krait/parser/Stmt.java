package dev.krait.parser;

import java.util.List;

/** Statement nodes, one record each, mirroring CPython 3.11's {@code ast} module. */
public sealed interface Stmt extends Node {

    record FunctionDef(String name, Expr.Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync, Loc loc) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, Loc loc) implements Stmt {}

    /** {@code value} is {@code null} for a bare {@code return}. */
    record Return(Expr value, Loc loc) implements Stmt {}

    record Delete(List<Expr> targets, Loc loc) implements Stmt {}

    /** {@code a = b = value} has two targets. */
    record Assign(List<Expr> targets, Expr value, Loc loc) implements Stmt {}

    record AugAssign(Expr target, Expr.BinOpKind op, Expr value, Loc loc) implements Stmt {}

    /** {@code simple} is true for a bare, unparenthesised name target. {@code value} may be null. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Loc loc) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Loc loc)
            implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Loc loc) implements Stmt {}

    record Match(Expr subject, List<MatchCase> cases, Loc loc) implements Stmt {}

    /** {@code exc} and {@code cause} may be null. */
    record Raise(Expr exc, Expr cause, Loc loc) implements Stmt {}

    /** {@code isStar} marks {@code except*}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean isStar, Loc loc) implements Stmt {}

    record Assert(Expr test, Expr msg, Loc loc) implements Stmt {}

    record Import(List<Alias> names, Loc loc) implements Stmt {}

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, Loc loc) implements Stmt {}

    record Global(List<String> names, Loc loc) implements Stmt {}

    record Nonlocal(List<String> names, Loc loc) implements Stmt {}

    record ExprStmt(Expr value, Loc loc) implements Stmt {}

    record Pass(Loc loc) implements Stmt {}

    record Break(Loc loc) implements Stmt {}

    record Continue(Loc loc) implements Stmt {}

    /** {@code type} and {@code name} may be null (bare {@code except:}). */
    record ExceptHandler(Expr type, String name, List<Stmt> body, Loc loc) implements Node {}

    record WithItem(Expr contextExpr, Expr optionalVars) {}

    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    /** {@code import a.b as c}: name "a.b", asname "c" (or null). {@code *} is name "*". */
    record Alias(String name, String asname, Loc loc) implements Node {}
}

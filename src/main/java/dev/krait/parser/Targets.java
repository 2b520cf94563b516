package dev.krait.parser;

import dev.krait.parser.Expr.Ctx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assignment and deletion targets. The parser reads targets as ordinary expressions and converts them here to the
 * STORE or DEL context; when an expression cannot be a target this class finds the offending part and names it the
 * way CPython's messages do ("cannot assign to function call", "cannot delete literal").
 */
final class Targets {
    /** What the target is for; CPython words and searches invalid targets slightly differently for each. */
    enum Use { ASSIGN, FOR, DELETE }

    private Targets() {}

    /** Whether {@code e} is a single target (a name, attribute or subscript), as annotations and {@code +=} need. */
    static boolean isSingle(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** {@code e} in the given context, or null if it cannot be a target of that kind. */
    static Expr convert(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ctx, n.loc());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ctx, a.loc());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ctx, s.loc());
        if (e instanceof Expr.Starred s) {
            if (ctx == Ctx.DEL) return null;
            Expr inner = convert(s.value(), ctx);
            return inner == null ? null : new Expr.Starred(inner, ctx, s.loc());
        }
        if (e instanceof Expr.Tuple t) {
            List<Expr> elts = convertAll(t.elts(), ctx);
            return elts == null ? null : new Expr.Tuple(elts, ctx, t.loc());
        }
        if (e instanceof Expr.List_ l) {
            List<Expr> elts = convertAll(l.elts(), ctx);
            return elts == null ? null : new Expr.List_(elts, ctx, l.loc());
        }
        return null;
    }

    private static List<Expr> convertAll(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            Expr c = convert(e, ctx);
            if (c == null) return null;
            out.add(c);
        }
        return List.copyOf(out);
    }

    /**
     * The part of {@code e} that makes it an invalid target, or null if there is none. Only tuples and lists are
     * searched, since only they can hold valid targets; for a {@code for} target, {@code x in y} was parsed as a
     * comparison, so its left side is searched.
     */
    static Expr invalidPart(Expr e, Use use) {
        if (e instanceof Expr.List_ l) return firstInvalid(l.elts(), use);
        if (e instanceof Expr.Tuple t) return firstInvalid(t.elts(), use);
        if (e instanceof Expr.Starred s) return use == Use.DELETE ? e : invalidPart(s.value(), use);
        if (e instanceof Expr.Compare c && use == Use.FOR) {
            return c.ops().get(0) == Expr.CmpOpKind.IN ? invalidPart(c.left(), use) : null;
        }
        return isSingle(e) ? null : e;
    }

    private static Expr firstInvalid(List<Expr> elts, Use use) {
        for (Expr e : elts) {
            Expr bad = invalidPart(e, use);
            if (bad != null) return bad;
        }
        return null;
    }

    /** "cannot assign to X" or "cannot delete X" for the invalid part {@code bad}. */
    static String message(Expr bad, Use use) {
        return (use == Use.DELETE ? "cannot delete " : "cannot assign to ") + describe(bad);
    }

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Expr.Attribute.class, "attribute"),
            Map.entry(Expr.Subscript.class, "subscript"),
            Map.entry(Expr.Starred.class, "starred"),
            Map.entry(Expr.Name.class, "name"),
            Map.entry(Expr.List_.class, "list"),
            Map.entry(Expr.Tuple.class, "tuple"),
            Map.entry(Expr.Lambda.class, "lambda"),
            Map.entry(Expr.Call.class, "function call"),
            Map.entry(Expr.BoolOp.class, "expression"),
            Map.entry(Expr.BinOp.class, "expression"),
            Map.entry(Expr.UnaryOp.class, "expression"),
            Map.entry(Expr.GeneratorExp.class, "generator expression"),
            Map.entry(Expr.Yield.class, "yield expression"),
            Map.entry(Expr.YieldFrom.class, "yield expression"),
            Map.entry(Expr.Await.class, "await expression"),
            Map.entry(Expr.ListComp.class, "list comprehension"),
            Map.entry(Expr.SetComp.class, "set comprehension"),
            Map.entry(Expr.DictComp.class, "dict comprehension"),
            Map.entry(Expr.Dict.class, "dict literal"),
            Map.entry(Expr.Set.class, "set display"),
            Map.entry(Expr.JoinedStr.class, "f-string expression"),
            Map.entry(Expr.FormattedValue.class, "f-string expression"),
            Map.entry(Expr.Compare.class, "comparison"),
            Map.entry(Expr.IfExp.class, "conditional expression"),
            Map.entry(Expr.NamedExpr.class, "named expression"),
            Map.entry(Expr.Slice.class, "slice"));

    /** How CPython's messages name an expression. */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) return describeConstant(c.value());
        return NAMES.get(e.getClass());
    }

    private static String describeConstant(Object value) {
        if (value == Expr.Constant.NONE) return "None";
        if (value == Expr.Constant.ELLIPSIS) return "ellipsis";
        if (value instanceof Boolean b) return b ? "True" : "False";
        return "literal";
    }
}

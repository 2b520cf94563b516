package dev.krait.compiler;

import dev.krait.parser.Expr;
import dev.krait.runtime.Ops;

import java.util.List;

/**
 * Turns an expression back into source text the way CPython does for postponed annotations ({@code from
 * __future__ import annotations}): canonical spacing, constants as their repr, and only the parentheses that
 * operator precedence needs.
 */
final class Unparser {
    // Precedence levels, loosest first; an operand printed at a tighter level than its context needs no parens.
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();
    /** The first walrus, yield or await met, which a postponed annotation may not contain. */
    private Expr forbidden;

    private Unparser() {}

    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    /**
     * The first node of {@code e} that cannot appear in a postponed annotation, with its description ("named
     * expression", "yield expression", "await expression"), or null.
     */
    static Expr forbiddenInAnnotation(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.forbidden;
    }

    static String describe(Expr forbidden) {
        return forbidden instanceof Expr.NamedExpr ? "named expression"
                : forbidden instanceof Expr.Await ? "await expression" : "yield expression";
    }

    private void expr(Expr e, int level) {
        if (forbidden == null && (e instanceof Expr.NamedExpr || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.Await)) {
            forbidden = e;
        }
        if (e instanceof Expr.Name n) {
            out.append(n.id());
        } else if (e instanceof Expr.Constant c) {
            constant(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), ATOM);
            if (a.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof
                    java.math.BigInteger)) {
                out.append(' '); // "1 .real": a dot right after an int literal would read as a float
            }
            out.append('.').append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), ATOM);
            out.append('[');
            if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                items(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    out.append(',');
                }
            } else {
                expr(s.slice(), TUPLE);
            }
            out.append(']');
        } else if (e instanceof Expr.Slice s) {
            optional(s.lower());
            out.append(':');
            optional(s.upper());
            if (s.step() != null) {
                out.append(':');
                expr(s.step(), TEST);
            }
        } else if (e instanceof Expr.Tuple t) {
            tuple(t, level);
        } else if (e instanceof Expr.List_ l) {
            out.append('[');
            items(l.elts(), TEST);
            out.append(']');
        } else if (e instanceof Expr.Set s) {
            out.append('{');
            items(s.elts(), TEST);
            out.append('}');
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Starred s) {
            out.append('*');
            expr(s.value(), BOR);
        } else if (e instanceof Expr.BinOp b) {
            binOp(b, level);
        } else if (e instanceof Expr.UnaryOp u) {
            unaryOp(u, level);
        } else if (e instanceof Expr.BoolOp b) {
            int pr = b.op() == Expr.BoolOpKind.AND ? AND : OR;
            open(level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                out.append(i == 0 ? "" : b.op() == Expr.BoolOpKind.AND ? " and " : " or ");
                expr(b.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.Compare c) {
            open(level > CMP);
            expr(c.left(), CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(cmpOp(c.ops().get(i))).append(' ');
                expr(c.comparators().get(i), CMP + 1);
            }
            close(level > CMP);
        } else if (e instanceof Expr.IfExp i) {
            open(level > TEST);
            expr(i.body(), TEST + 1);
            out.append(" if ");
            expr(i.test(), TEST + 1);
            out.append(" else ");
            expr(i.orelse(), TEST);
            close(level > TEST);
        } else if (e instanceof Expr.Lambda l) {
            open(level > TEST);
            // As CPython writes it, the space after "lambda" comes only with positional parameters: "lambda*, k: k".
            boolean positional = !l.args().posonlyargs().isEmpty() || !l.args().args().isEmpty();
            out.append(positional ? "lambda " : "lambda").append(parameters(l.args())).append(": ");
            expr(l.body(), TEST);
            close(level > TEST);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.NamedExpr n) {
            open(level > TUPLE);
            out.append(n.target().id()).append(" := ");
            expr(n.value(), ATOM);
            close(level > TUPLE);
        } else if (e instanceof Expr.Await a) {
            open(level > AWAIT);
            out.append("await ");
            expr(a.value(), ATOM);
            close(level > AWAIT);
        } else if (e instanceof Expr.Yield y) {
            out.append(y.value() == null ? "(yield)" : "(yield ");
            if (y.value() != null) {
                expr(y.value(), TEST);
                out.append(')');
            }
        } else if (e instanceof Expr.YieldFrom y) {
            out.append("(yield from ");
            expr(y.value(), TEST);
            out.append(')');
        } else if (e instanceof Expr.ListComp c) {
            comprehension("[", c.elt(), null, c.generators(), "]");
        } else if (e instanceof Expr.SetComp c) {
            comprehension("{", c.elt(), null, c.generators(), "}");
        } else if (e instanceof Expr.DictComp c) {
            comprehension("{", c.key(), c.value(), c.generators(), "}");
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension("(", g.elt(), null, g.generators(), ")");
        } else if (e instanceof Expr.JoinedStr j) {
            out.append('f').append(Ops.repr(fStringBody(j)));
        } else {
            out.append("...");
        }
    }

    private void constant(Expr.Constant c) {
        Object v = c.value();
        if (v == Expr.Constant.ELLIPSIS) {
            out.append("...");
        } else if (v instanceof Double d && d.isInfinite()) {
            out.append(d > 0 ? "1e309" : "-1e309"); // what CPython writes for an infinite literal
        } else {
            out.append(Ops.repr(ConstantFolder.literal(v)));
        }
    }

    private void tuple(Expr.Tuple t, int level) {
        if (t.elts().isEmpty()) {
            out.append("()");
            return;
        }
        open(level > TUPLE);
        items(t.elts(), TEST);
        if (t.elts().size() == 1) {
            out.append(',');
        }
        close(level > TUPLE);
    }

    private void dict(Expr.Dict d) {
        out.append('{');
        for (int i = 0; i < d.keys().size(); i++) {
            out.append(i == 0 ? "" : ", ");
            if (d.keys().get(i) == null) {
                out.append("**");
                expr(d.values().get(i), BOR);
            } else {
                expr(d.keys().get(i), TEST);
                out.append(": ");
                expr(d.values().get(i), TEST);
            }
        }
        out.append('}');
    }

    private void binOp(Expr.BinOp b, int level) {
        int pr = binaryPrecedence(b.op());
        boolean rightAssociative = b.op() == Expr.BinOpKind.POW;
        open(level > pr);
        expr(b.left(), rightAssociative ? pr + 1 : pr);
        out.append(' ').append(binarySymbol(b.op())).append(' ');
        expr(b.right(), rightAssociative ? pr : pr + 1);
        close(level > pr);
    }

    private void unaryOp(Expr.UnaryOp u, int level) {
        int pr = u.op() == Expr.UnaryOpKind.NOT ? NOT : FACTOR;
        open(level > pr);
        out.append(switch (u.op()) {
            case NOT -> "not ";
            case INVERT -> "~";
            case UADD -> "+";
            case USUB -> "-";
        });
        expr(u.operand(), pr);
        close(level > pr);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            comprehension("(", g.elt(), null, g.generators(), ")");
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            out.append(first ? "" : ", ");
            first = false;
            expr(a, TEST);
        }
        for (Expr.Keyword k : c.keywords()) {
            out.append(first ? "" : ", ");
            first = false;
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    private void comprehension(String open, Expr elt, Expr value, List<Expr.Comprehension> gens, String close) {
        out.append(open);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Expr.Comprehension g : gens) {
            out.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(close);
    }

    /** A lambda's parameter list as written: defaults, / and * markers, *args and **kwargs. */
    private static String parameters(Expr.Arguments a) {
        Unparser p = new Unparser();
        List<Expr.Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            p.separator();
            p.out.append(positional.get(i).arg());
            if (i >= firstDefault) {
                p.out.append('=');
                p.expr(a.defaults().get(i - firstDefault), TEST);
            }
            if (i == a.posonlyargs().size() - 1) {
                p.out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            p.separator();
            p.out.append('*').append(a.vararg() != null ? a.vararg().arg() : "");
            for (int i = 0; i < a.kwonlyargs().size(); i++) {
                p.out.append(", ").append(a.kwonlyargs().get(i).arg());
                if (a.kwDefaults().get(i) != null) {
                    p.out.append('=');
                    p.expr(a.kwDefaults().get(i), TEST);
                }
            }
        }
        if (a.kwarg() != null) {
            p.separator();
            p.out.append("**").append(a.kwarg().arg());
        }
        return p.out.toString();
    }

    private void separator() {
        if (out.length() > 0) {
            out.append(", ");
        }
    }

    /** The text between the quotes of an f-string: literal parts with braces doubled, fields re-rendered. */
    private String fStringBody(Expr.JoinedStr j) {
        StringBuilder body = new StringBuilder();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (part instanceof Expr.FormattedValue f) {
                String inner = unparseAt(f.value(), TEST + 1);
                body.append(inner.startsWith("{") ? "{ " : "{").append(inner);
                if (f.conversion() >= 0) {
                    body.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    body.append(':').append(fStringBody(spec));
                }
                body.append('}');
            }
        }
        return body.toString();
    }

    private static String unparseAt(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void items(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            expr(elts.get(i), level);
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e, TEST);
        }
    }

    private void open(boolean parens) {
        if (parens) {
            out.append('(');
        }
    }

    private void close(boolean parens) {
        if (parens) {
            out.append(')');
        }
    }

    private static int binaryPrecedence(Expr.BinOpKind op) {
        return switch (op) {
            case BITOR -> BOR;
            case BITXOR -> BXOR;
            case BITAND -> BAND;
            case LSHIFT, RSHIFT -> SHIFT;
            case ADD, SUB -> ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
            case POW -> POWER;
        };
    }

    private static String binarySymbol(Expr.BinOpKind op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MULT -> "*";
            case MATMULT -> "@";
            case DIV -> "/";
            case MOD -> "%";
            case POW -> "**";
            case LSHIFT -> "<<";
            case RSHIFT -> ">>";
            case BITOR -> "|";
            case BITXOR -> "^";
            case BITAND -> "&";
            case FLOORDIV -> "//";
        };
    }

    private static String cmpOp(Expr.CmpOpKind op) {
        return switch (op) {
            case EQ -> "==";
            case NOTEQ -> "!=";
            case LT -> "<";
            case LTE -> "<=";
            case GT -> ">";
            case GTE -> ">=";
            case IS -> "is";
            case ISNOT -> "is not";
            case IN -> "in";
            case NOTIN -> "not in";
        };
    }
}

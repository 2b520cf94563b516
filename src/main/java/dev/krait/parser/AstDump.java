package dev.krait.parser;

import dev.krait.lexer.PyRepr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree, indent=1)} does (and, with positions, as
 * {@code ast.dump(tree, indent=1, include_attributes=True)}), so a Krait parse can be diffed against python3's.
 * Node and field names are CPython's: {@code Expr} statements, {@code AsyncFunctionDef}, {@code TryStar},
 * {@code decorator_list}, and so on. Columns are Krait's code-point columns, which equal CPython's byte offsets
 * on ASCII lines.
 */
public final class AstDump {
    private final boolean indented;
    private final boolean positions;

    private AstDump(boolean indented, boolean positions) {
        this.indented = indented;
        this.positions = positions;
    }

    /** {@code ast.dump(module, indent=1)}. */
    public static String dump(Module module) {
        return dump(module, true, false);
    }

    /** {@code ast.dump(expr, indent=1)} of a single expression node. */
    public static String dump(Expr expr) {
        return dump(expr, true, false);
    }

    /**
     * {@code ast.dump(module, indent=1 if indented else None, include_attributes=positions)}: without indentation
     * the whole tree is on one line.
     */
    public static String dump(Module module, boolean indented, boolean positions) {
        AstDump d = new AstDump(indented, positions);
        return d.format(d.module(module));
    }

    /** {@code ast.dump(expr, indent=1 if indented else None, include_attributes=positions)}. */
    public static String dump(Expr expr, boolean indented, boolean positions) {
        AstDump d = new AstDump(indented, positions);
        return d.format(d.node(expr));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The generic tree: a node is a name, fields and position attributes; a value is a node, a list, or the
    // repr of a scalar. Fields CPython omits (optional ones that are None) are simply not added.

    private record Field(String name, Object value) {}

    private record Repr(String text) {}

    private static final class Node {
        final String name;
        final List<Field> fields = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }

        Node field(String fieldName, Object value) {
            fields.add(new Field(fieldName, value));
            return this;
        }

        /** An optional field: left out when absent, as ast.dump leaves out None. */
        Node optional(String fieldName, Object value) {
            if (value != null) fields.add(new Field(fieldName, value));
            return this;
        }
    }

    private record Formatted(String text, boolean simple) {}

    private String format(Object value) {
        return format(value, 0).text();
    }

    /**
     * The algorithm of ast.dump: when indenting, a node stays on one line if it has at most 3 fields, all simple
     * (scalars, empty lists, nodes without fields); the indent is one space per level.
     */
    private Formatted format(Object value, int level) {
        level++;
        String prefix = indented ? "\n" + " ".repeat(level) : "";
        String sep = indented ? ",\n" + " ".repeat(level) : ", ";
        if (value instanceof Node n) {
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            for (Field f : n.fields) {
                Formatted v = format(f.value(), level);
                allSimple &= v.simple();
                args.add(f.name() + "=" + v.text());
            }
            if (allSimple && args.size() <= 3) return new Formatted(n.name + "(" + String.join(", ", args) + ")",
                    args.isEmpty());
            return new Formatted(n.name + "(" + prefix + String.join(sep, args) + ")", false);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) return new Formatted("[]", true);
            List<String> items = new ArrayList<>();
            for (Object item : list) items.add(format(item, level).text());
            return new Formatted("[" + prefix + String.join(sep, items) + "]", false);
        }
        return new Formatted(((Repr) value).text(), true);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Krait AST to generic tree

    private Node module(Module m) {
        return new Node("Module").field("body", stmts(m.body())).field("type_ignores", List.of());
    }

    private List<Object> stmts(List<Stmt> body) {
        List<Object> out = new ArrayList<>(body.size());
        for (Stmt s : body) out.add(node(s));
        return out;
    }

    private List<Object> exprs(List<Expr> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Expr e : list) out.add(e == null ? new Repr("None") : node(e));
        return out;
    }

    private List<Object> patterns(List<Pattern> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Pattern p : list) out.add(node(p));
        return out;
    }

    private static List<Object> strings(List<String> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (String s : list) out.add(str(s));
        return out;
    }

    private static Repr str(String s) {
        return s == null ? null : new Repr(PyRepr.str(s));
    }

    private static Repr integer(long v) {
        return new Repr(Long.toString(v));
    }

    private Node node(Stmt s) {
        Node n;
        if (s instanceof Stmt.FunctionDef f) {
            n = new Node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef").field("name", str(f.name()))
                    .field("args", arguments(f.args())).field("body", stmts(f.body()))
                    .field("decorator_list", exprs(f.decorators())).optional("returns", optNode(f.returns()));
        } else if (s instanceof Stmt.ClassDef c) {
            n = new Node("ClassDef").field("name", str(c.name())).field("bases", exprs(c.bases()))
                    .field("keywords", keywords(c.keywords())).field("body", stmts(c.body()))
                    .field("decorator_list", exprs(c.decorators()));
        } else if (s instanceof Stmt.Return r) {
            n = new Node("Return").optional("value", optNode(r.value()));
        } else if (s instanceof Stmt.Delete d) {
            n = new Node("Delete").field("targets", exprs(d.targets()));
        } else if (s instanceof Stmt.Assign a) {
            n = new Node("Assign").field("targets", exprs(a.targets())).field("value", node(a.value()));
        } else if (s instanceof Stmt.AugAssign a) {
            n = new Node("AugAssign").field("target", node(a.target())).field("op", new Node(binOp(a.op())))
                    .field("value", node(a.value()));
        } else if (s instanceof Stmt.AnnAssign a) {
            n = new Node("AnnAssign").field("target", node(a.target())).field("annotation", node(a.annotation()))
                    .optional("value", optNode(a.value())).field("simple", integer(a.simple() ? 1 : 0));
        } else if (s instanceof Stmt.For f) {
            n = new Node(f.isAsync() ? "AsyncFor" : "For").field("target", node(f.target()))
                    .field("iter", node(f.iter())).field("body", stmts(f.body())).field("orelse", stmts(f.orelse()));
        } else if (s instanceof Stmt.While w) {
            n = new Node("While").field("test", node(w.test())).field("body", stmts(w.body()))
                    .field("orelse", stmts(w.orelse()));
        } else if (s instanceof Stmt.If i) {
            n = new Node("If").field("test", node(i.test())).field("body", stmts(i.body()))
                    .field("orelse", stmts(i.orelse()));
        } else if (s instanceof Stmt.With w) {
            List<Object> items = new ArrayList<>();
            for (Stmt.WithItem item : w.items()) {
                items.add(new Node("withitem").field("context_expr", node(item.contextExpr()))
                        .optional("optional_vars", optNode(item.optionalVars())));
            }
            n = new Node(w.isAsync() ? "AsyncWith" : "With").field("items", items).field("body", stmts(w.body()));
        } else if (s instanceof Stmt.Match m) {
            List<Object> cases = new ArrayList<>();
            for (Stmt.MatchCase c : m.cases()) {
                cases.add(new Node("match_case").field("pattern", node(c.pattern()))
                        .optional("guard", optNode(c.guard())).field("body", stmts(c.body())));
            }
            n = new Node("Match").field("subject", node(m.subject())).field("cases", cases);
        } else if (s instanceof Stmt.Raise r) {
            n = new Node("Raise").optional("exc", optNode(r.exc())).optional("cause", optNode(r.cause()));
        } else if (s instanceof Stmt.Try t) {
            List<Object> handlers = new ArrayList<>();
            for (Stmt.ExceptHandler h : t.handlers()) {
                handlers.add(withPosition(new Node("ExceptHandler").optional("type", optNode(h.type()))
                        .optional("name", str(h.name())).field("body", stmts(h.body())), h.loc()));
            }
            n = new Node(t.isStar() ? "TryStar" : "Try").field("body", stmts(t.body())).field("handlers", handlers)
                    .field("orelse", stmts(t.orelse())).field("finalbody", stmts(t.finalbody()));
        } else if (s instanceof Stmt.Assert a) {
            n = new Node("Assert").field("test", node(a.test())).optional("msg", optNode(a.msg()));
        } else if (s instanceof Stmt.Import i) {
            n = new Node("Import").field("names", aliases(i.names()));
        } else if (s instanceof Stmt.ImportFrom i) {
            n = new Node("ImportFrom").optional("module", str(i.module())).field("names", aliases(i.names()))
                    .field("level", integer(i.level()));
        } else if (s instanceof Stmt.Global g) {
            n = new Node("Global").field("names", strings(g.names()));
        } else if (s instanceof Stmt.Nonlocal g) {
            n = new Node("Nonlocal").field("names", strings(g.names()));
        } else if (s instanceof Stmt.ExprStmt e) {
            n = new Node("Expr").field("value", node(e.value()));
        } else if (s instanceof Stmt.Pass) {
            n = new Node("Pass");
        } else if (s instanceof Stmt.Break) {
            n = new Node("Break");
        } else {
            n = new Node("Continue");
        }
        return withPosition(n, s.loc());
    }

    private Node optNode(Expr e) {
        return e == null ? null : node(e);
    }

    private Node node(Expr e) {
        Node n;
        if (e instanceof Expr.BoolOp b) {
            n = new Node("BoolOp").field("op", new Node(b.op() == Expr.BoolOpKind.AND ? "And" : "Or"))
                    .field("values", exprs(b.values()));
        } else if (e instanceof Expr.NamedExpr ne) {
            n = new Node("NamedExpr").field("target", node(ne.target())).field("value", node(ne.value()));
        } else if (e instanceof Expr.BinOp b) {
            n = new Node("BinOp").field("left", node(b.left())).field("op", new Node(binOp(b.op())))
                    .field("right", node(b.right()));
        } else if (e instanceof Expr.UnaryOp u) {
            n = new Node("UnaryOp").field("op", new Node(unaryOp(u.op()))).field("operand", node(u.operand()));
        } else if (e instanceof Expr.Lambda l) {
            n = new Node("Lambda").field("args", arguments(l.args())).field("body", node(l.body()));
        } else if (e instanceof Expr.IfExp i) {
            n = new Node("IfExp").field("test", node(i.test())).field("body", node(i.body()))
                    .field("orelse", node(i.orelse()));
        } else if (e instanceof Expr.Dict d) {
            n = new Node("Dict").field("keys", exprs(d.keys())).field("values", exprs(d.values()));
        } else if (e instanceof Expr.Set s) {
            n = new Node("Set").field("elts", exprs(s.elts()));
        } else if (e instanceof Expr.ListComp c) {
            n = new Node("ListComp").field("elt", node(c.elt())).field("generators", generators(c.generators()));
        } else if (e instanceof Expr.SetComp c) {
            n = new Node("SetComp").field("elt", node(c.elt())).field("generators", generators(c.generators()));
        } else if (e instanceof Expr.DictComp c) {
            n = new Node("DictComp").field("key", node(c.key())).field("value", node(c.value()))
                    .field("generators", generators(c.generators()));
        } else if (e instanceof Expr.GeneratorExp c) {
            n = new Node("GeneratorExp").field("elt", node(c.elt()))
                    .field("generators", generators(c.generators()));
        } else if (e instanceof Expr.Await a) {
            n = new Node("Await").field("value", node(a.value()));
        } else if (e instanceof Expr.Yield y) {
            n = new Node("Yield").optional("value", optNode(y.value()));
        } else if (e instanceof Expr.YieldFrom y) {
            n = new Node("YieldFrom").field("value", node(y.value()));
        } else if (e instanceof Expr.Compare c) {
            List<Object> ops = new ArrayList<>();
            for (Expr.CmpOpKind op : c.ops()) ops.add(new Node(cmpOp(op)));
            n = new Node("Compare").field("left", node(c.left())).field("ops", ops)
                    .field("comparators", exprs(c.comparators()));
        } else if (e instanceof Expr.Call c) {
            n = new Node("Call").field("func", node(c.func())).field("args", exprs(c.args()))
                    .field("keywords", keywords(c.keywords()));
        } else if (e instanceof Expr.FormattedValue f) {
            n = new Node("FormattedValue").field("value", node(f.value())).field("conversion", integer(f.conversion()))
                    .optional("format_spec", optNode(f.formatSpec()));
        } else if (e instanceof Expr.JoinedStr j) {
            n = new Node("JoinedStr").field("values", exprs(j.values()));
        } else if (e instanceof Expr.Constant c) {
            n = new Node("Constant").field("value", constant(c.value())).optional("kind", str(c.kind()));
        } else if (e instanceof Expr.Attribute a) {
            n = new Node("Attribute").field("value", node(a.value())).field("attr", str(a.attr()))
                    .field("ctx", ctx(a.ctx()));
        } else if (e instanceof Expr.Subscript s) {
            n = new Node("Subscript").field("value", node(s.value())).field("slice", node(s.slice()))
                    .field("ctx", ctx(s.ctx()));
        } else if (e instanceof Expr.Starred s) {
            n = new Node("Starred").field("value", node(s.value())).field("ctx", ctx(s.ctx()));
        } else if (e instanceof Expr.Name nm) {
            n = new Node("Name").field("id", str(nm.id())).field("ctx", ctx(nm.ctx()));
        } else if (e instanceof Expr.List_ l) {
            n = new Node("List").field("elts", exprs(l.elts())).field("ctx", ctx(l.ctx()));
        } else if (e instanceof Expr.Tuple t) {
            n = new Node("Tuple").field("elts", exprs(t.elts())).field("ctx", ctx(t.ctx()));
        } else {
            Expr.Slice s = (Expr.Slice) e;
            n = new Node("Slice").optional("lower", optNode(s.lower())).optional("upper", optNode(s.upper()))
                    .optional("step", optNode(s.step()));
        }
        return withPosition(n, e.loc());
    }

    private Node node(Pattern p) {
        Node n;
        if (p instanceof Pattern.MatchValue v) {
            n = new Node("MatchValue").field("value", node(v.value()));
        } else if (p instanceof Pattern.MatchSingleton s) {
            n = new Node("MatchSingleton").field("value", constant(s.value()));
        } else if (p instanceof Pattern.MatchSequence s) {
            n = new Node("MatchSequence").field("patterns", patterns(s.patterns()));
        } else if (p instanceof Pattern.MatchMapping m) {
            n = new Node("MatchMapping").field("keys", exprs(m.keys())).field("patterns", patterns(m.patterns()))
                    .optional("rest", str(m.rest()));
        } else if (p instanceof Pattern.MatchClass c) {
            n = new Node("MatchClass").field("cls", node(c.cls())).field("patterns", patterns(c.patterns()))
                    .field("kwd_attrs", strings(c.kwdAttrs())).field("kwd_patterns", patterns(c.kwdPatterns()));
        } else if (p instanceof Pattern.MatchStar s) {
            n = new Node("MatchStar").optional("name", str(s.name()));
        } else if (p instanceof Pattern.MatchAs a) {
            n = new Node("MatchAs").optional("pattern", a.pattern() == null ? null : node(a.pattern()))
                    .optional("name", str(a.name()));
        } else {
            n = new Node("MatchOr").field("patterns", patterns(((Pattern.MatchOr) p).patterns()));
        }
        return withPosition(n, p.loc());
    }

    private Node arguments(Expr.Arguments a) {
        return new Node("arguments").field("posonlyargs", args(a.posonlyargs())).field("args", args(a.args()))
                .optional("vararg", a.vararg() == null ? null : arg(a.vararg()))
                .field("kwonlyargs", args(a.kwonlyargs())).field("kw_defaults", exprs(a.kwDefaults()))
                .optional("kwarg", a.kwarg() == null ? null : arg(a.kwarg())).field("defaults", exprs(a.defaults()));
    }

    private List<Object> args(List<Expr.Arg> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Expr.Arg a : list) out.add(arg(a));
        return out;
    }

    private Node arg(Expr.Arg a) {
        return withPosition(new Node("arg").field("arg", str(a.arg())).optional("annotation", optNode(a.annotation())),
                a.loc());
    }

    private List<Object> keywords(List<Expr.Keyword> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Expr.Keyword k : list) {
            out.add(withPosition(new Node("keyword").optional("arg", str(k.arg())).field("value", node(k.value())),
                    k.loc()));
        }
        return out;
    }

    private List<Object> aliases(List<Stmt.Alias> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Stmt.Alias a : list) {
            out.add(withPosition(new Node("alias").field("name", str(a.name())).optional("asname", str(a.asname())),
                    a.loc()));
        }
        return out;
    }

    private List<Object> generators(List<Expr.Comprehension> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Expr.Comprehension c : list) {
            out.add(new Node("comprehension").field("target", node(c.target())).field("iter", node(c.iter()))
                    .field("ifs", exprs(c.ifs())).field("is_async", integer(c.isAsync() ? 1 : 0)));
        }
        return out;
    }

    private Node withPosition(Node n, Loc loc) {
        if (!positions) return n;
        return n.field("lineno", integer(loc.line())).field("col_offset", integer(loc.col()))
                .field("end_lineno", integer(loc.endLine())).field("end_col_offset", integer(loc.endCol()));
    }

    private static Repr constant(Object v) {
        if (v instanceof String s) return new Repr(PyRepr.str(s));
        if (v instanceof byte[] b) return new Repr(PyRepr.bytes(b));
        if (v instanceof Double d) return new Repr(PyRepr.floatRepr(d));
        if (v instanceof Expr.ComplexLiteral c) return new Repr(PyRepr.imaginary(c.imag()));
        if (v instanceof Boolean b) return new Repr(b ? "True" : "False");
        if (v instanceof Long || v instanceof BigInteger) return new Repr(v.toString());
        return new Repr(v.toString());
    }

    private static Node ctx(Expr.Ctx ctx) {
        return new Node(switch (ctx) {
            case LOAD -> "Load";
            case STORE -> "Store";
            case DEL -> "Del";
        });
    }

    private static String binOp(Expr.BinOpKind op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MULT -> "Mult";
            case MATMULT -> "MatMult";
            case DIV -> "Div";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
            case FLOORDIV -> "FloorDiv";
        };
    }

    private static String unaryOp(Expr.UnaryOpKind op) {
        return switch (op) {
            case INVERT -> "Invert";
            case NOT -> "Not";
            case UADD -> "UAdd";
            case USUB -> "USub";
        };
    }

    private static String cmpOp(Expr.CmpOpKind op) {
        return switch (op) {
            case EQ -> "Eq";
            case NOTEQ -> "NotEq";
            case LT -> "Lt";
            case LTE -> "LtE";
            case GT -> "Gt";
            case GTE -> "GtE";
            case IS -> "Is";
            case ISNOT -> "IsNot";
            case IN -> "In";
            case NOTIN -> "NotIn";
        };
    }
}

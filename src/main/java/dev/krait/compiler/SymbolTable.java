package dev.krait.compiler;

import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Module;
import dev.krait.parser.Node;
import dev.krait.parser.Pattern;
import dev.krait.parser.Stmt;
import dev.krait.runtime.Context;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.ThreadState;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol-table pass: one {@link Scope} per module, function, lambda, class and comprehension, recording how
 * each name is used, then deciding for every name whether it is local, a cell, free, or global, with CPython's
 * rules (class bodies are skipped when resolving free variables; comprehensions are functions; a walrus in a
 * comprehension binds in the enclosing function; {@code super} makes the enclosing class provide
 * {@code __class__}).
 */
final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Comprehension and generator-expression scopes are keyed by their expression node. */
    private final Map<Expr, Scope> comprehensionScopes = new IdentityHashMap<>();
    private final CompileErrors errors;
    private Scope current;
    /** How many comprehension iterable expressions enclose the expression being visited (walruses are banned there). */
    private int comprehensionIterableDepth;
    /** Whether the names being visited are the targets of a comprehension's for clause. */
    private boolean comprehensionTarget;

    private final FutureFeatures future;
    /**
     * How deep the node being visited is, counted as CPython's symbol table counts: one per enclosing statement,
     * expression or pattern, starting from about three per level of Python recursion when compile(), exec() or
     * eval() is called (none for the program being started).
     */
    private int nodeDepth;
    /**
     * Three nodes per level of the recursion limit: beyond, CPython's compiler raises RecursionError, so that an
     * expression such as {@code 1+1+...+1} with 3,000 terms does not compile.
     */
    private final int nodeDepthLimit;

    private static final int NODES_PER_RECURSION_LEVEL = 3;

    private SymbolTable(CompileErrors errors, FutureFeatures future) {
        this.errors = errors;
        this.future = future;
        ThreadState ts = ThreadState.currentOrNull();
        int recursionLimit = ts == null ? Context.DEFAULT_RECURSION_LIMIT : ts.context.recursionLimit;
        this.nodeDepthLimit = (int) Math.min(Integer.MAX_VALUE, (long) recursionLimit * NODES_PER_RECURSION_LEVEL);
        // One level short of the depth of the compiling code, which keeps exec() in a recursion that reaches the
        // limit failing on the limit itself, as in CPython, where the compiling frame is counted differently.
        this.nodeDepth = ts == null || ts.frame == null ? 0
                : Math.max(0, ts.depth - 1) * NODES_PER_RECURSION_LEVEL;
    }

    private void enterNode() {
        if (++nodeDepth > nodeDepthLimit) {
            nodeDepth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
    }

    static SymbolTable build(Module module, CompileErrors errors, FutureFeatures future) {
        SymbolTable t = new SymbolTable(errors, future);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, null);
        top.qualname = "";
        t.current = top;
        t.moduleScope = top;
        t.statements(module.body());
        t.analyze(top, Set.of(), Set.of());
        return t;
    }

    private Scope moduleScope;

    Scope module() {
        return moduleScope;
    }

    Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    Scope scopeOfComprehension(Expr e) {
        return comprehensionScopes.get(e);
    }

    // ---- collection ----------------------------------------------------------------------------------------

    private Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, current, node);
        s.qualname = qualname(current, name);
        current.children.add(s);
        current = s;
        return s;
    }

    /** As CPython: nested in a function (not a comprehension) adds ".<locals>"; declared global means top level. */
    private static String qualname(Scope parent, String name) {
        if (parent.kind == Scope.Kind.MODULE || (parent.flags(name) & Scope.DEF_GLOBAL) != 0) {
            return name;
        }
        if (parent.kind == Scope.Kind.FUNCTION) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    private void leave() {
        current = current.parent;
    }

    private void use(String name) {
        current.add(name, Scope.USE);
        // Comprehensions are functions too: super() there finds __class__ (and fails on the iterator argument).
        boolean inFunction = current.kind == Scope.Kind.FUNCTION || current.kind == Scope.Kind.COMPREHENSION;
        if (inFunction && (name.equals("super") || name.equals("__class__"))) {
            current.add("__class__", Scope.USE);
        }
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        enterNode();
        try {
            visitStatement(s);
        } finally {
            nodeDepth--;
        }
    }

    private void visitStatement(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            bind(f.name(), f.loc());
            expressions(f.decorators());
            arguments(f.args(), f.loc());
            if (f.returns() != null) {
                annotation(f.returns());
            }
            Scope fs = enter(Scope.Kind.FUNCTION, f.name(), f);
            scopes.put(f, fs);
            fs.asyncDef = f.isAsync();
            fs.coroutine = f.isAsync();
            parameters(fs, f.args());
            statements(f.body());
            leave();
        } else if (s instanceof Stmt.ClassDef c) {
            bind(c.name(), c.loc());
            expressions(c.decorators());
            expressions(c.bases());
            for (Expr.Keyword k : c.keywords()) {
                expression(k.value());
            }
            Scope cs = enter(Scope.Kind.CLASS, c.name(), c);
            scopes.put(c, cs);
            statements(c.body());
            leave();
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expression(r.value());
            }
        } else if (s instanceof Stmt.Delete d) {
            expressions(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            expression(a.value());
            expressions(a.targets());
        } else if (s instanceof Stmt.AugAssign a) {
            expression(a.value());
            // An augmented attribute is read then written by name: "x.__debug__ += 1" is allowed.
            expression(a.target() instanceof Expr.Attribute t ? t.value() : a.target());
            if (a.target() instanceof Expr.Name n) {
                // Only a store to CPython's symbol table: "x += 1" then "global x" is an assignment before it.
                if (a.op() == Expr.BinOpKind.ADD) {
                    current.add(n.id(), Scope.APPENDED);
                }
            }
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n && n.id().equals(DEBUG)) {
                throw errors.at("cannot assign to __debug__", a.loc());
            }
            if (a.target() instanceof Expr.Name n) {
                int f = current.flags(n.id());
                if ((f & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                    String kind = (f & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                    throw errors.at("annotated name '" + n.id() + "' can't be " + kind, a.loc());
                }
                if (a.simple()) {
                    current.add(n.id(), Scope.DEF_ANNOT);
                }
            }
            current.hasAnnotations = true;
            if (current.kind != Scope.Kind.FUNCTION || !(a.target() instanceof Expr.Name)) {
                annotation(a.annotation());
            }
            if (a.value() != null) {
                expression(a.value());
            }
            // "(x): int" without a value binds nothing: only a simple or assigned name becomes local.
            if (!(a.target() instanceof Expr.Name) || a.simple() || a.value() != null) {
                expression(a.target());
            }
        } else if (s instanceof Stmt.For f) {
            expression(f.iter());
            expression(f.target());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expression(w.test());
            statements(w.body());
            statements(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expression(i.test());
            statements(i.body());
            statements(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expression(item.contextExpr());
                if (item.optionalVars() != null) {
                    expression(item.optionalVars());
                }
            }
            statements(w.body());
        } else if (s instanceof Stmt.Match m) {
            expression(m.subject());
            for (Stmt.MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expression(c.guard());
                }
                statements(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expression(r.exc());
            }
            if (r.cause() != null) {
                expression(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expression(h.type());
                }
                if (h.name() != null) {
                    bind(h.name(), h.loc());
                }
                statements(h.body());
            }
            statements(t.orelse());
            statements(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expression(a.test());
            if (a.msg() != null) {
                expression(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                bindImport(a.asname() != null ? a.asname() : a.name().split("\\.")[0], i.loc());
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias a : i.names()) {
                if (a.name().equals("*")) {
                    if (current.kind != Scope.Kind.MODULE) {
                        throw errors.at("import * only allowed at module level", a.loc());
                    }
                    continue;
                }
                bindImport(a.asname() != null ? a.asname() : a.name(), i.loc());
            }
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), Scope.DEF_GLOBAL, "global", g.loc());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), Scope.DEF_NONLOCAL, "nonlocal", n.loc());
            if (current.kind == Scope.Kind.MODULE) {
                throw errors.at("nonlocal declaration not allowed at module level", n.loc());
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expression(e.value());
        }
    }

    private void declare(List<String> names, int flag, String kind, Loc loc) {
        for (String name : names) {
            int f = current.flags(name);
            if ((f & Scope.DEF_PARAM) != 0) {
                throw errors.at("name '" + name + "' is parameter and " + kind, loc);
            }
            if ((flag == Scope.DEF_GLOBAL && (f & Scope.DEF_NONLOCAL) != 0)
                    || (flag == Scope.DEF_NONLOCAL && (f & Scope.DEF_GLOBAL) != 0)) {
                // Reported where the name was first declared, as CPython does.
                String mangled = current.mangle(name);
                throw errors.at("name '" + mangled + "' is nonlocal and global", current.declarations.get(mangled));
            }
            // CPython's order of precedence when a name is several of these.
            if ((f & Scope.USE) != 0) {
                throw errors.at("name '" + name + "' is used prior to " + kind + " declaration", loc);
            }
            if ((f & Scope.DEF_ANNOT) != 0) {
                throw errors.at("annotated name '" + name + "' can't be " + kind, loc);
            }
            if ((f & Scope.DEF_ASSIGNED) != 0) {
                throw errors.at("name '" + name + "' is assigned to before " + kind + " declaration", loc);
            }
            current.add(name, flag);
            current.declarations.putIfAbsent(current.mangle(name), loc);
            if (flag == Scope.DEF_GLOBAL) {
                // As in CPython, the module's own binding of the name becomes explicitly global too: module-level
                // code then stores it in the globals even when exec() gives that code separate locals.
                moduleScope.add(current.mangle(name), Scope.DEF_GLOBAL);
            }
        }
    }

    /** Defaults, keyword defaults and annotations of a function or lambda ({@code owner}, for error locations). */
    private void arguments(Expr.Arguments args, Loc owner) {
        for (Expr.Arg a : allParams(args)) {
            forbidDebug(a.arg(), owner, false);
        }
        expressions(args.defaults());
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expression(d);
            }
        }
        for (Expr.Arg a : allParams(args)) {
            if (a.annotation() != null) {
                annotation(a.annotation());
            }
        }
    }

    /** Postponed annotations (a future import) are never evaluated, so they bind and use no names. */
    private void annotation(Expr e) {
        if (future.annotations) {
            future.annotationText(e, errors);
        } else {
            expression(e);
        }
    }

    /** All parameters in frame order: positional-only, positional, keyword-only, *args, **kwargs. */
    static List<Expr.Arg> allParams(Expr.Arguments args) {
        List<Expr.Arg> out = new java.util.ArrayList<>(args.posonlyargs());
        out.addAll(args.args());
        out.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            out.add(args.vararg());
        }
        if (args.kwarg() != null) {
            out.add(args.kwarg());
        }
        return out;
    }

    private void parameters(Scope fs, Expr.Arguments args) {
        for (Expr.Arg a : allParams(args)) {
            if (fs.params.contains(fs.mangle(a.arg()))) {
                throw errors.at("duplicate argument '" + a.arg() + "' in function definition", a.loc());
            }
            fs.params.add(fs.mangle(a.arg()));
            fs.add(a.arg(), Scope.DEF_PARAM | Scope.DEF_LOCAL);
        }
        fs.posonlyCount = args.posonlyargs().size();
        fs.argCount = args.posonlyargs().size() + args.args().size();
        fs.kwonlyCount = args.kwonlyargs().size();
        fs.hasVarargs = args.vararg() != null;
        fs.hasVarkw = args.kwarg() != null;
    }

    private void expressions(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expression(e);
            }
        }
    }

    private static final String DEBUG = "__debug__";

    /** A name bound by a statement or pattern: checked, then local to the current scope. */
    private void bind(String name, Loc loc) {
        forbidDebug(name, loc, false);
        current.add(name, Scope.DEF_LOCAL | Scope.DEF_ASSIGNED);
    }

    /** A name an import binds: local, but unlike other bindings no obstacle to a later global declaration. */
    private void bindImport(String name, Loc loc) {
        forbidDebug(name, loc, false);
        current.add(name, Scope.DEF_LOCAL);
    }

    /** {@code __debug__} is a constant: nothing may assign to it, delete it or take it as a parameter name. */
    private void forbidDebug(String name, Loc loc, boolean delete) {
        if (name.equals(DEBUG)) {
            throw errors.at(delete ? "cannot delete __debug__" : "cannot assign to __debug__", loc);
        }
    }

    private void expression(Expr e) {
        enterNode();
        try {
            visitExpression(e);
        } finally {
            nodeDepth--;
        }
    }

    private void visitExpression(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() == Expr.Ctx.LOAD) {
                use(n.id());
            } else {
                forbidDebug(n.id(), n.loc(), n.ctx() == Expr.Ctx.DEL);
                if (comprehensionTarget && (current.flags(n.id()) & Scope.DEF_WALRUS_TARGET) != 0) {
                    throw errors.at("comprehension inner loop cannot rebind assignment expression target '"
                            + n.id() + "'", n.loc());
                }
                current.add(n.id(), Scope.DEF_LOCAL | Scope.DEF_ASSIGNED);
            }
        } else if (e instanceof Expr.BoolOp b) {
            expressions(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            expression(n.value());
            walrusTarget(n);
        } else if (e instanceof Expr.BinOp b) {
            expression(b.left());
            expression(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expression(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            arguments(l.args(), l.loc());
            Scope fs = enter(Scope.Kind.FUNCTION, "<lambda>", l);
            scopes.put(l, fs);
            parameters(fs, l.args());
            expression(l.body());
            leave();
        } else if (e instanceof Expr.IfExp i) {
            expression(i.test());
            expression(i.body());
            expression(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            expressions(d.keys());
            expressions(d.values());
        } else if (e instanceof Expr.Set s) {
            expressions(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, "<listcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, "<setcomp>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(e, "<genexpr>", c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.Await a) {
            expression(a.value());
            current.coroutine = true;
        } else if (e instanceof Expr.Yield y) {
            yieldIn(y.loc());
            if (y.value() != null) {
                expression(y.value());
            }
        } else if (e instanceof Expr.YieldFrom y) {
            yieldIn(y.loc());
            expression(y.value());
        } else if (e instanceof Expr.Compare c) {
            expression(c.left());
            expressions(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expression(c.func());
            expressions(c.args());
            for (Expr.Keyword k : c.keywords()) {
                if (k.arg() != null) {
                    forbidDebug(k.arg(), c.loc(), false);
                }
                expression(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expression(f.value());
            if (f.formatSpec() != null) {
                expression(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            expressions(j.values());
        } else if (e instanceof Expr.Attribute a) {
            if (a.ctx() == Expr.Ctx.STORE) {
                forbidDebug(a.attr(), a.loc(), false);
            }
            expression(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expression(s.value());
            expression(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expression(s.value());
        } else if (e instanceof Expr.List_ l) {
            expressions(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            expressions(t.elts());
        } else if (e instanceof Expr.Slice s) {
            expressions(java.util.Arrays.asList(s.lower(), s.upper(), s.step()));
        }
    }

    private void yieldIn(Loc loc) {
        if (current.kind == Scope.Kind.MODULE || current.kind == Scope.Kind.CLASS) {
            throw errors.at("'yield' outside function", loc);
        }
        if (current.kind == Scope.Kind.COMPREHENSION) {
            throw errors.at("'yield' inside " + comprehensionWhat(current.name), loc);
        }
        current.generator = true;
    }

    private static String comprehensionWhat(String name) {
        switch (name) {
            case "<listcomp>": return "list comprehension";
            case "<setcomp>": return "set comprehension";
            case "<dictcomp>": return "dict comprehension";
            default: return "generator expression";
        }
    }

    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, List<Expr> results) {
        Expr.Comprehension first = gens.get(0);
        comprehensionIterable(first.iter());
        Scope cs = enter(Scope.Kind.COMPREHENSION, name, node);
        comprehensionScopes.put(node, cs);
        cs.params.add(".0");
        cs.add(".0", Scope.DEF_PARAM | Scope.DEF_LOCAL);
        cs.argCount = 1;
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                comprehensionIterable(g.iter());
            }
            boolean outerTarget = comprehensionTarget;
            comprehensionTarget = true;
            expression(g.target());
            comprehensionTarget = outerTarget;
            expressions(g.ifs());
            cs.coroutine |= g.isAsync();
        }
        expressions(results);
        cs.generator = node instanceof Expr.GeneratorExp;
        leave();
        // An asynchronous list, set or dict comprehension is awaited where it stands.
        if (cs.coroutine && !cs.generator) {
            current.coroutine = true;
        }
    }

    private void comprehensionIterable(Expr iter) {
        comprehensionIterableDepth++;
        expression(iter);
        comprehensionIterableDepth--;
    }

    /** A walrus target: inside comprehensions it binds in the nearest enclosing function or module scope. */
    private void walrusTarget(Expr.NamedExpr n) {
        String name = n.target().id();
        forbidDebug(name, n.target().loc(), false);
        if (comprehensionIterableDepth > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression", n.loc());
        }
        if (current.kind != Scope.Kind.COMPREHENSION) {
            current.add(name, Scope.DEF_LOCAL | Scope.DEF_ASSIGNED);
            return;
        }
        Scope s = current;
        while (s.kind == Scope.Kind.COMPREHENSION) {
            if ((s.flags(name) & Scope.DEF_LOCAL) != 0 && (s.flags(name) & Scope.DEF_WALRUS_TARGET) == 0) {
                throw errors.at("assignment expression cannot rebind comprehension iteration variable '" + name
                        + "'", n.target().loc());
            }
            s = s.parent;
        }
        if (s.kind == Scope.Kind.CLASS) {
            throw errors.at("assignment expression within a comprehension cannot be used in a class body",
                    n.target().loc());
        }
        // The comprehensions pass the binding through: to the globals when the target scope is the module or
        // declares the name global, else to the function's local as a free variable.
        boolean global = s.kind == Scope.Kind.MODULE || (s.flags(name) & Scope.DEF_GLOBAL) != 0;
        for (Scope c = current; c != s; c = c.parent) {
            c.add(name, (global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL) | Scope.DEF_WALRUS_TARGET);
        }
        if ((s.flags(name) & Scope.DEF_GLOBAL) != 0) {
            return;
        }
        s.add(name, Scope.DEF_LOCAL | Scope.DEF_ASSIGNED);
    }

    private void pattern(Pattern p) {
        enterNode();
        try {
            visitPattern(p);
        } finally {
            nodeDepth--;
        }
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expression(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern q : s.patterns()) {
                pattern(q);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            expressions(m.keys());
            for (Pattern q : m.patterns()) {
                pattern(q);
            }
            if (m.rest() != null) {
                bind(m.rest(), p.loc());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            expression(c.cls());
            for (Pattern q : c.patterns()) {
                pattern(q);
            }
            for (Pattern q : c.kwdPatterns()) {
                pattern(q);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                bind(s.name(), p.loc());
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                bind(a.name(), p.loc());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            for (Pattern q : o.patterns()) {
                pattern(q);
            }
        }
    }

    // ---- analysis ------------------------------------------------------------------------------------------

    /**
     * Decides each name's binding in {@code s}. {@code enclosing} holds the names bound in enclosing function
     * scopes (visible as free variables); {@code globals} those declared global in an enclosing scope.
     */
    private void analyze(Scope s, Set<String> enclosing, Set<String> globals) {
        Set<String> localNames = new HashSet<>();
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String name = e.getKey();
            int f = e.getValue();
            Scope.Binding b;
            if ((f & Scope.DEF_GLOBAL) != 0) {
                b = Scope.Binding.GLOBAL_EXPLICIT;
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!enclosing.contains(name)) {
                    throw errors.at("no binding for nonlocal '" + name + "' found", locOf(s, name));
                }
                b = Scope.Binding.FREE;
            } else if ((f & Scope.DEF_LOCAL) != 0) {
                b = Scope.Binding.LOCAL;
                localNames.add(name);
            } else if (s.kind == Scope.Kind.FUNCTION && name.equals("__class__") && enclosing.contains(name)) {
                b = Scope.Binding.FREE;
            } else if (s.kind != Scope.Kind.MODULE && enclosing.contains(name) && !globals.contains(name)) {
                b = Scope.Binding.FREE;
            } else if (s.kind != Scope.Kind.MODULE && globals.contains(name)) {
                b = Scope.Binding.GLOBAL_EXPLICIT;
            } else {
                b = Scope.Binding.GLOBAL_IMPLICIT;
            }
            s.bindings.put(name, b);
            if (b == Scope.Binding.FREE) {
                s.frees.add(name);
            }
        }
        Set<String> childEnclosing;
        Set<String> childGlobals = new HashSet<>(globals);
        // A class body's own global declarations and bindings are invisible to the functions nested in it, like
        // the rest of the class namespace.
        if (s.kind != Scope.Kind.CLASS) {
            for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.GLOBAL_EXPLICIT) {
                    childGlobals.add(e.getKey());
                } else if (e.getValue() == Scope.Binding.LOCAL || e.getValue() == Scope.Binding.FREE) {
                    childGlobals.remove(e.getKey());
                }
            }
        }
        if (s.kind == Scope.Kind.CLASS) {
            childEnclosing = new HashSet<>(enclosing);
            childEnclosing.add("__class__");
        } else if (s.isFunctionLike()) {
            childEnclosing = new HashSet<>(enclosing);
            childEnclosing.addAll(localNames);
            childEnclosing.addAll(s.frees);
            for (String g : childGlobals) {
                if (!localNames.contains(g)) {
                    childEnclosing.remove(g);
                }
            }
        } else {
            childEnclosing = Set.of();
        }
        for (Scope child : s.children) {
            analyze(child, childEnclosing, childGlobals);
            for (String free : child.frees) {
                adoptFree(s, free);
            }
        }
    }

    /** A child needs {@code name} as a free variable: provide it as a cell here, or pass it through. */
    private void adoptFree(Scope s, String name) {
        if (s.kind == Scope.Kind.CLASS && name.equals("__class__")) {
            s.needsClassCell = true;
            s.cells.add("__class__");
            return;
        }
        Scope.Binding b = s.bindings.get(name);
        if (s.isFunctionLike() && b == Scope.Binding.LOCAL) {
            s.bindings.put(name, Scope.Binding.CELL);
            s.cells.add(name);
        } else if (b == Scope.Binding.CELL) {
            return;
        } else if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.LOCAL) {
            // A class-level name of the same spelling: the class keeps it local and passes the outer one through.
            s.frees.add(name);
        } else if (s.kind != Scope.Kind.MODULE) {
            if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT) {
                if (s.kind != Scope.Kind.CLASS) {
                    s.bindings.put(name, Scope.Binding.FREE);
                }
            }
            s.frees.add(name);
        }
    }

    private Loc locOf(Scope s, String name) {
        Loc declared = s.declarations.get(name);
        return declared != null ? declared : s.node == null ? Loc.NONE : s.node.loc();
    }
}

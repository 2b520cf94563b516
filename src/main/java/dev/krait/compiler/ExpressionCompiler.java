package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.compiler.CodeBuilder.Handler;
import dev.krait.compiler.CodeBuilder.Label;
import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Stmt;
import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code generation for expressions, assignment targets and name access, plus the creation of nested code objects
 * (functions, lambdas, comprehensions). Statements are in {@link StatementCompiler}, which extends this class.
 */
abstract class ExpressionCompiler {
    final SymbolTable symbols;
    final CompileErrors errors;
    final String filename;
    Unit u;
    /** compile()'s optimize level: above 0, asserts are dropped and __debug__ is false. */
    int optimize;
    /** The module's {@code from __future__} imports. */
    FutureFeatures future = FutureFeatures.NONE;
    private final Deque<Unit> outer = new ArrayDeque<>();
    /**
     * The first of each distinct constant loaded anywhere in this compilation: CPython merges equal constants
     * across all the code objects of a module, so {@code x = 1000} and a function's {@code return 1000} give the
     * same object ({@code is} tells).
     */
    private final Map<Unit.ConstKey, Object> mergedConstants = new HashMap<>();

    ExpressionCompiler(SymbolTable symbols, CompileErrors errors, String filename) {
        this.symbols = symbols;
        this.errors = errors;
        this.filename = filename;
    }

    /** Compiles a statement list (implemented by the statement compiler). */
    abstract void statements(List<Stmt> body);

    // ---- emitting ------------------------------------------------------------------------------------------

    void emit(int op, int arg) {
        u.b.emit(op, arg);
    }

    void emit(int op) {
        u.b.emit(op, 0);
    }

    void jump(int op, Label target) {
        u.b.jump(op, target);
    }

    void bind(Label l) {
        u.b.bind(l);
    }

    void loadConst(Object value) {
        emit(LOAD_CONST, u.constant(mergedConstants.computeIfAbsent(new Unit.ConstKey(value), k -> value)));
    }

    Loc at(Loc loc) {
        return u.b.setLocation(loc);
    }

    /**
     * The location of an instruction {@code loc} that reads attribute {@code a} (its load, or the call of a method):
     * when the attribute ends on another line than {@code loc} starts, it starts at the attribute's name, so that a
     * chain of method calls split over lines reports the line of the failing one.
     */
    static Loc attributeLoc(Expr.Attribute a, Loc loc) {
        Loc name = a.loc();
        if (loc.line() == name.endLine()) {
            return loc;
        }
        int col = Math.max(0, name.endCol() - a.attr().codePointCount(0, a.attr().length()));
        int endLine = Math.max(name.endLine(), loc.endLine());
        int endCol = endLine == name.endLine() ? Math.max(col, loc.endCol()) : loc.endCol();
        return new Loc(name.endLine(), col, endLine, endCol);
    }

    // ---- units ---------------------------------------------------------------------------------------------

    void pushUnit(Unit unit) {
        if (u != null) {
            outer.push(u);
        }
        u = unit;
    }

    void popUnit() {
        u = outer.isEmpty() ? null : outer.pop();
    }

    /** Whether a generated code object needs the scope's generator and nesting flags. */
    int functionFlags(Scope s) {
        int flags = Code.FLAG_OPTIMIZED | Code.FLAG_NEWLOCALS;
        if (s.hasVarargs) {
            flags |= Code.FLAG_VARARGS;
        }
        if (s.hasVarkw) {
            flags |= Code.FLAG_VARKEYWORDS;
        }
        if (s.generator) {
            flags |= s.coroutine ? Code.FLAG_ASYNC_GENERATOR : Code.FLAG_GENERATOR;
        } else if (s.coroutine) {
            flags |= Code.FLAG_COROUTINE;
        }
        if (s.parent != null && s.parent.isFunctionLike()) {
            flags |= Code.FLAG_NESTED;
        }
        return flags;
    }

    /** An annotation's value: evaluated, or its source text under {@code from __future__ import annotations}. */
    void annotation(Expr e) {
        if (future.annotations) {
            loadConst(future.annotationText(e, errors));
        } else if (e instanceof Expr.Starred s) {
            // "*args: *Ts" annotates with the single item that Ts unpacks to.
            expr(s.value());
            emit(UNPACK_SEQUENCE, 1);
        } else {
            expr(e);
        }
    }

    /**
     * Pushes a new function object for {@code code}: evaluates defaults, keyword defaults and annotations in the
     * current scope, builds the closure from the current scope's cells, and sets them on the function.
     */
    void makeFunction(Code code, Expr.Arguments args, List<String> annotationNames, List<Expr> annotations) {
        List<Integer> attributes = new ArrayList<>();
        if (args != null && !args.defaults().isEmpty()) {
            Object folded = ConstantFolder.fold(new Expr.Tuple(args.defaults(), Expr.Ctx.LOAD, Loc.NONE));
            if (folded != null) {
                loadConst(folded);
            } else {
                for (Expr d : args.defaults()) {
                    expr(d);
                }
                emit(BUILD_TUPLE, args.defaults().size());
            }
            attributes.add(1);
        }
        if (args != null && args.kwDefaults().stream().anyMatch(d -> d != null)) {
            int n = 0;
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    loadConst(u.scope.mangle(args.kwonlyargs().get(i).arg()));
                    expr(d);
                    n++;
                }
            }
            emit(BUILD_MAP, n);
            attributes.add(2);
        }
        if (annotations != null && !annotations.isEmpty()) {
            for (int i = 0; i < annotations.size(); i++) {
                loadConst(u.scope.mangle(annotationNames.get(i)));
                annotation(annotations.get(i));
            }
            emit(BUILD_MAP, annotations.size());
            attributes.add(4);
        }
        if (code.freevars.length > 0) {
            for (String free : code.freevars) {
                emit(LOAD_CLOSURE, u.deref(free));
            }
            emit(BUILD_TUPLE, code.freevars.length);
            attributes.add(8);
        }
        loadConst(code);
        emit(MAKE_FUNCTION);
        for (int i = attributes.size() - 1; i >= 0; i--) {
            emit(SET_FUNCTION_ATTRIBUTE, attributes.get(i));
        }
    }

    // ---- names ---------------------------------------------------------------------------------------------

    /** UPDATE is the load of an augmented assignment's own target, which reads a fast local as it is. */
    enum Access { LOAD, UPDATE, STORE, DELETE }

    void name(String source, Access access) {
        Scope s = u.scope;
        String id = s.mangle(source);
        Scope.Binding b = s.binding(id);
        int op;
        int arg;
        if (b == Scope.Binding.CELL || b == Scope.Binding.FREE) {
            arg = u.deref(id);
            if (s.kind == Scope.Kind.CLASS && access == Access.LOAD) {
                op = LOAD_CLASSDEREF;
            } else {
                op = pick(access, LOAD_DEREF, STORE_DEREF, DELETE_DEREF);
            }
        } else if (b == Scope.Binding.LOCAL && s.isFunctionLike()) {
            arg = u.local(id);
            op = pick(access, LOAD_FAST, STORE_FAST, DELETE_FAST);
            if (access == Access.LOAD && (s.flags(id) & Scope.APPENDED) != 0) {
                op = LOAD_FAST_APPENDED;
            }
        } else if (b == Scope.Binding.GLOBAL_EXPLICIT
                || (b == Scope.Binding.GLOBAL_IMPLICIT && s.isFunctionLike())) {
            arg = u.name(id);
            op = pick(access, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL);
        } else {
            arg = u.name(id);
            op = pick(access, LOAD_NAME, STORE_NAME, DELETE_NAME);
        }
        emit(op, arg);
    }

    /** The names-table index of an attribute name, private names mangled. */
    int attributeName(String attr) {
        return u.name(u.scope.mangle(attr));
    }

    private static int pick(Access a, int load, int store, int delete) {
        return a == Access.STORE ? store : a == Access.DELETE ? delete : load;
    }

    // ---- expressions ---------------------------------------------------------------------------------------

    static BinaryOp binaryOp(Expr.BinOpKind k) {
        switch (k) {
            case ADD: return BinaryOp.ADD;
            case SUB: return BinaryOp.SUB;
            case MULT: return BinaryOp.MUL;
            case MATMULT: return BinaryOp.MATMUL;
            case DIV: return BinaryOp.TRUEDIV;
            case MOD: return BinaryOp.MOD;
            case POW: return BinaryOp.POW;
            case LSHIFT: return BinaryOp.LSHIFT;
            case RSHIFT: return BinaryOp.RSHIFT;
            case BITOR: return BinaryOp.OR;
            case BITXOR: return BinaryOp.XOR;
            case BITAND: return BinaryOp.AND;
            default: return BinaryOp.FLOORDIV;
        }
    }

    void expr(Expr e) {
        Loc saved = at(e.loc());
        try {
            compileExpr(e);
        } finally {
            at(saved);
        }
    }

    private void compileExpr(Expr e) {
        if (e instanceof Expr.Name n && n.id().equals("__debug__")) {
            loadConst(optimize <= 0);
        } else if (e instanceof Expr.Name n) {
            name(n.id(), Access.LOAD);
        } else if (e instanceof Expr.Constant c) {
            loadConst(ConstantFolder.literal(c.value()));
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            at(attributeLoc(a, a.loc()));
            emit(LOAD_ATTR, attributeName(a.attr()));
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.BinOp b) {
            Object folded = ConstantFolder.fold(b);
            if (folded != null) {
                loadConst(folded);
                return;
            }
            expr(b.left());
            expr(b.right());
            emit(BINARY_OP, binaryOp(b.op()).ordinal());
        } else if (e instanceof Expr.UnaryOp un) {
            unary(un);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.BoolOp b) {
            Label end = new Label();
            int jumpOp = b.op() == Expr.BoolOpKind.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            for (int i = 0; i < b.values().size() - 1; i++) {
                expr(b.values().get(i));
                jump(jumpOp, end);
            }
            expr(b.values().get(b.values().size() - 1));
            bind(end);
        } else if (e instanceof Expr.IfExp i) {
            Label orElse = new Label();
            Label end = new Label();
            jumpIf(i.test(), orElse, false);
            expr(i.body());
            jump(JUMP_FORWARD, end);
            bind(orElse);
            expr(i.orelse());
            bind(end);
        } else if (e instanceof Expr.Subscript s) {
            errors.warn(LiteralMisuse.subscript(s), s.loc());
            expr(s.value());
            subscriptKey(s.slice());
            at(s.loc());
            emit(BINARY_SUBSCR);
        } else if (e instanceof Expr.Tuple t) {
            Object folded = ConstantFolder.fold(t);
            if (folded != null) {
                loadConst(folded);
            } else {
                sequenceDisplay(t.elts(), BUILD_TUPLE);
            }
        } else if (e instanceof Expr.List_ l) {
            sequenceDisplay(l.elts(), BUILD_LIST);
        } else if (e instanceof Expr.Set s) {
            sequenceDisplay(s.elts(), BUILD_SET);
        } else if (e instanceof Expr.Dict d) {
            dictDisplay(d);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            emit(COPY, 1);
            name(n.target().id(), Access.STORE);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, c.generators(), List.of(c.elt()), BUILD_LIST, LIST_APPEND);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, c.generators(), List.of(c.elt()), BUILD_SET, SET_ADD);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, c.generators(), List.of(c.key(), c.value()), BUILD_MAP, MAP_ADD);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(e, c.generators(), List.of(c.elt()), -1, -1);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                loadConst(PyTypes.NONE);
            }
            emit(YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom y) {
            if (u.scope.asyncDef) {
                throw errors.at("'yield from' inside async function", y.loc());
            }
            expr(y.value());
            emit(GET_YIELD_FROM_ITER);
            loadConst(PyTypes.NONE);
            yieldFromLoop();
        } else if (e instanceof Expr.Await a) {
            if (!u.scope.isFunctionLike()) {
                throw errors.at("'await' outside function", a.loc());
            }
            if (!u.scope.asyncDef && u.scope.kind != Scope.Kind.COMPREHENSION) {
                throw errors.at("'await' outside async function", a.loc());
            }
            expr(a.value());
            await(0);
        } else if (e instanceof Expr.Starred s) {
            throw errors.at("can't use starred expression here", s.loc());
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    /** Awaits the object on top of the stack (arg of GET_AWAITABLE: 0 await, 1 __aenter__, 2 __aexit__). */
    void await(int where) {
        emit(GET_AWAITABLE, where);
        loadConst(PyTypes.NONE);
        yieldFromLoop();
    }

    /**
     * The head of an {@code async for} step, with the async iterator on the stack: awaits its next item, which
     * is left on top; StopAsyncIteration jumps to {@code exhausted} (where END_ASYNC_FOR must stand).
     */
    void asyncForNext(Label exhausted) {
        Handler h = new Handler(exhausted, false);
        u.b.setup(h);
        emit(GET_ANEXT);
        loadConst(PyTypes.NONE);
        yieldFromLoop();
        u.b.popHandler();
    }

    /** The SEND/YIELD_VALUE loop of {@code yield from}: receiver and first value to send are on the stack. */
    void yieldFromLoop() {
        Label loop = new Label();
        Label exit = new Label();
        bind(loop);
        jump(SEND, exit);
        emit(YIELD_VALUE);
        jump(JUMP_BACKWARD, loop);
        bind(exit);
    }

    private void unary(Expr.UnaryOp un) {
        Object folded = ConstantFolder.fold(un);
        if (folded != null) {
            loadConst(folded);
            return;
        }
        if (un.op() == Expr.UnaryOpKind.NOT && un.operand() instanceof Expr.Compare c) {
            errors.warn(LiteralMisuse.identityTest(c, true), c.loc());
            Loc saved = at(c.loc());
            compareWithoutWarning(c);
            at(saved);
        } else {
            expr(un.operand());
        }
        switch (un.op()) {
            case NOT: emit(UNARY_NOT); break;
            case USUB: emit(UNARY_NEGATIVE); break;
            case UADD: emit(UNARY_POSITIVE); break;
            default: emit(UNARY_INVERT); break;
        }
    }

    private void subscriptKey(Expr key) {
        if (key instanceof Expr.Slice s) {
            slice(s);
        } else {
            expr(key);
        }
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        sliceBound(s.lower());
        sliceBound(s.upper());
        if (s.step() != null) {
            expr(s.step());
            n = 3;
        }
        emit(BUILD_SLICE, n);
    }

    private void sliceBound(Expr e) {
        if (e == null) {
            loadConst(PyTypes.NONE);
        } else {
            expr(e);
        }
    }

    // ---- comparisons and conditions --------------------------------------------------------------------------

    private void compareOp(Expr.CmpOpKind k) {
        switch (k) {
            case EQ: emit(COMPARE_OP, CompareOp.EQ.ordinal()); break;
            case NOTEQ: emit(COMPARE_OP, CompareOp.NE.ordinal()); break;
            case LT: emit(COMPARE_OP, CompareOp.LT.ordinal()); break;
            case LTE: emit(COMPARE_OP, CompareOp.LE.ordinal()); break;
            case GT: emit(COMPARE_OP, CompareOp.GT.ordinal()); break;
            case GTE: emit(COMPARE_OP, CompareOp.GE.ordinal()); break;
            case IS: emit(IS_OP, 0); break;
            case ISNOT: emit(IS_OP, 1); break;
            case IN: emit(CONTAINS_OP, 0); break;
            default: emit(CONTAINS_OP, 1); break;
        }
    }

    private void compare(Expr.Compare c) {
        errors.warn(LiteralMisuse.identityTest(c, false), c.loc());
        compareWithoutWarning(c);
    }

    /**
     * Compiles a comparison whose SyntaxWarning was already given: one under {@code not} is worded for the
     * negated test, since CPython turns {@code not (a is 1)} into {@code a is not 1} before compiling.
     */
    private void compareWithoutWarning(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            emit(SWAP, 2);
            emit(COPY, 2);
            compareOp(c.ops().get(i));
            jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        jump(JUMP_FORWARD, end);
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        bind(end);
    }

    /** Evaluates {@code e} for its truth and jumps to {@code target} if it equals {@code when}, without a bool. */
    void jumpIf(Expr e, Label target, boolean when) {
        Loc saved = at(e.loc());
        try {
            if (e instanceof Expr.UnaryOp un && un.op() == Expr.UnaryOpKind.NOT) {
                if (un.operand() instanceof Expr.Compare c) {
                    errors.warn(LiteralMisuse.identityTest(c, true), c.loc());
                    jumpIfCompared(c, target, !when);
                } else {
                    jumpIf(un.operand(), target, !when);
                }
                return;
            }
            if (e instanceof Expr.BoolOp b) {
                boolean isAnd = b.op() == Expr.BoolOpKind.AND;
                List<Expr> values = b.values();
                if (isAnd == when) {
                    // and-jump-if-true / or-jump-if-false: every operand must pass, else skip.
                    Label skip = new Label();
                    for (int i = 0; i < values.size() - 1; i++) {
                        jumpIf(values.get(i), skip, !when);
                    }
                    jumpIf(values.get(values.size() - 1), target, when);
                    bind(skip);
                } else {
                    for (Expr v : values) {
                        jumpIf(v, target, when);
                    }
                }
                return;
            }
            if (e instanceof Expr.Compare c) {
                errors.warn(LiteralMisuse.identityTest(c, false), c.loc());
                jumpIfCompared(c, target, when);
                return;
            }
            expr(e);
            jump(when ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        } finally {
            at(saved);
        }
    }

    /** {@link #jumpIf} for a comparison whose warning is already given; {@code x is None} tests without a bool. */
    private void jumpIfCompared(Expr.Compare c, Label target, boolean when) {
        Loc saved = at(c.loc());
        if (c.ops().size() == 1 && isNoneLiteral(c.comparators().get(0))
                && (c.ops().get(0) == Expr.CmpOpKind.IS || c.ops().get(0) == Expr.CmpOpKind.ISNOT)) {
            expr(c.left());
            boolean isTest = c.ops().get(0) == Expr.CmpOpKind.IS;
            jump(isTest == when ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, target);
        } else {
            compareWithoutWarning(c);
            jump(when ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        }
        at(saved);
    }

    private static boolean isNoneLiteral(Expr e) {
        return e instanceof Expr.Constant c && c.value() == Expr.Constant.NONE;
    }

    // ---- displays ------------------------------------------------------------------------------------------

    /** The values of items that are all constant expressions (as folded), or null. */
    private static Object[] foldAll(List<Expr> elts) {
        Object[] values = new Object[elts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ConstantFolder.fold(elts.get(i));
            if (values[i] == null) {
                return null;
            }
        }
        return values;
    }

    static boolean hasStar(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A tuple, list or set display, with {@code *iterable} items gathered through a list or set. */
    private void sequenceDisplay(List<Expr> elts, int buildOp) {
        Object[] constants = buildOp == BUILD_SET && elts.size() > 2 ? foldAll(elts) : null;
        if (constants != null) {
            // As CPython does: an empty set updated from a frozenset constant. CPython's constant merging rebuilds
            // that frozenset from its own iteration order, so items that collide can come out in another order
            // than written; the set copies the rebuilt table.
            dev.krait.runtime.PySet written = new dev.krait.runtime.PySet(true);
            for (Object c : constants) {
                written.add(c);
            }
            dev.krait.runtime.PySet merged = new dev.krait.runtime.PySet(true);
            for (int i = written.next(0); i >= 0; i = written.next(i + 1)) {
                merged.add(written.keyAt(i));
            }
            emit(BUILD_SET, 0);
            loadConst(merged);
            emit(SET_UPDATE, 1);
            return;
        }
        if (!hasStar(elts)) {
            for (Expr x : elts) {
                expr(x);
            }
            emit(buildOp, elts.size());
            return;
        }
        boolean isSet = buildOp == BUILD_SET;
        emit(isSet ? BUILD_SET : BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                emit(isSet ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                expr(x);
                emit(isSet ? SET_ADD : LIST_APPEND, 1);
            }
        }
        if (buildOp == BUILD_TUPLE) {
            emit(LIST_TO_TUPLE);
        }
    }

    private void dictDisplay(Expr.Dict d) {
        boolean unpacks = false;
        for (Expr k : d.keys()) {
            unpacks |= k == null;
        }
        if (!unpacks) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            emit(BUILD_MAP, d.keys().size());
            return;
        }
        emit(BUILD_MAP, 0);
        int pending = 0;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (pending > 0) {
                    emit(BUILD_MAP, pending);
                    emit(DICT_UPDATE, 1);
                    pending = 0;
                }
                expr(d.values().get(i));
                emit(DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                pending++;
            }
        }
        if (pending > 0) {
            emit(BUILD_MAP, pending);
            emit(DICT_UPDATE, 1);
        }
    }

    // ---- f-strings -----------------------------------------------------------------------------------------

    private void joinedStr(Expr.JoinedStr j) {
        if (j.values().isEmpty()) {
            loadConst("");
            return;
        }
        for (Expr piece : j.values()) {
            expr(piece);
        }
        if (j.values().size() > 1) {
            emit(BUILD_STRING, j.values().size());
        } else if (j.values().get(0) instanceof Expr.Constant) {
            return;
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        switch (f.conversion()) {
            case 's': emit(CONVERT_VALUE, 1); break;
            case 'r': emit(CONVERT_VALUE, 2); break;
            case 'a': emit(CONVERT_VALUE, 3); break;
            default: break;
        }
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            emit(FORMAT_WITH_SPEC);
        } else {
            emit(FORMAT_SIMPLE);
        }
    }

    // ---- calls ---------------------------------------------------------------------------------------------

    private void call(Expr.Call c) {
        errors.warn(LiteralMisuse.call(c.func()), c.loc());
        boolean viaMethod = c.func() instanceof Expr.Attribute && !needsCallEx(c.args(), c.keywords());
        if (viaMethod) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            expr(a.value());
            at(attributeLoc(a, a.loc()));
            emit(LOAD_METHOD, attributeName(a.attr()));
            callArguments(c.args(), c.keywords(), 0, attributeLoc(a, c.loc()));
            return;
        }
        expr(c.func());
        emit(PUSH_NULL);
        callArguments(c.args(), c.keywords(), 0, c.loc());
    }

    static boolean needsCallEx(List<Expr> args, List<Expr.Keyword> keywords) {
        for (Expr.Keyword k : keywords) {
            if (k.arg() == null) {
                return true;
            }
        }
        return hasStar(args);
    }

    /**
     * Emits the arguments and the call instruction for a callable (and self-or-null) already on the stack, after
     * {@code prePushed} positional arguments also already pushed (a class's body function and name).
     */
    void callArguments(List<Expr> args, List<Expr.Keyword> keywords, int prePushed, Loc loc) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr.Keyword k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw errors.at("keyword argument repeated: " + k.arg(), k.loc());
            }
        }
        if (needsCallEx(args, keywords)) {
            callEx(args, keywords, prePushed, loc);
            return;
        }
        for (Expr arg : args) {
            expr(arg);
        }
        at(loc);
        if (keywords.isEmpty()) {
            emit(CALL, prePushed + args.size());
            return;
        }
        Object[] names = new Object[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            Expr.Keyword k = keywords.get(i);
            expr(k.value());
            names[i] = k.arg();
        }
        at(loc);
        loadConst(PyTuple.of(names));
        emit(CALL_KW, prePushed + args.size() + names.length);
    }

    private void callEx(List<Expr> args, List<Expr.Keyword> keywords, int prePushed, Loc loc) {
        if (prePushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            // CALL_FUNCTION_EX turns any iterable into the argument tuple, with the call's own error message.
            expr(only.value());
        } else if (prePushed == 0 && args.isEmpty()) {
            loadConst(PyTuple.EMPTY);
        } else {
            emit(BUILD_LIST, prePushed);
            for (Expr x : args) {
                if (x instanceof Expr.Starred s) {
                    expr(s.value());
                    emit(LIST_EXTEND, 1);
                } else {
                    expr(x);
                    emit(LIST_APPEND, 1);
                }
            }
            emit(LIST_TO_TUPLE);
        }
        if (keywords.isEmpty()) {
            emit(PUSH_NULL);
        } else {
            emit(BUILD_MAP, 0);
            for (Expr.Keyword k : keywords) {
                if (k.arg() == null) {
                    expr(k.value());
                } else {
                    loadConst(k.arg());
                    expr(k.value());
                    emit(BUILD_MAP, 1);
                }
                emit(DICT_MERGE, 1);
            }
        }
        at(loc);
        emit(CALL_FUNCTION_EX);
    }

    // ---- nested code ---------------------------------------------------------------------------------------

    private void lambda(Expr.Lambda l) {
        Scope s = symbols.scopeOf(l);
        Unit unit = new Unit(s, "<lambda>", s.qualname, l.loc().line());
        pushUnit(unit);
        unit.constant(PyTypes.NONE); // first, so that a lambda has no docstring (as in CPython)
        Loc saved = at(l.body().loc());
        expr(l.body());
        emit(RETURN_VALUE);
        at(saved);
        Code code = unit.finish(filename, functionFlags(s), s.argCount, s.posonlyCount, s.kwonlyCount);
        popUnit();
        makeFunction(code, l.args(), null, null);
    }

    private void comprehension(Expr node, List<Expr.Comprehension> gens, List<Expr> results, int buildOp,
                               int addOp) {
        Scope s = symbols.scopeOfComprehension(node);
        boolean awaited = s.coroutine && !s.generator;
        if (awaited && !u.scope.asyncDef && u.scope.kind != Scope.Kind.COMPREHENSION) {
            throw errors.at("asynchronous comprehension outside of an asynchronous function", node.loc());
        }
        Unit unit = new Unit(s, s.name, s.qualname, node.loc().line());
        pushUnit(unit);
        Loc saved = at(node.loc());
        if (buildOp >= 0) {
            emit(buildOp, 0);
        }
        comprehensionLoop(gens, 0, results, addOp);
        if (buildOp < 0) {
            loadConst(PyTypes.NONE);
        }
        emit(RETURN_VALUE);
        at(saved);
        Code code = unit.finish(filename, functionFlags(s), 1, 0, 0);
        popUnit();
        makeFunction(code, null, null, null);
        emit(PUSH_NULL);
        expr(gens.get(0).iter());
        getIter(gens.get(0).iter(), gens.get(0).isAsync());
        at(node.loc());
        emit(CALL, 1);
        if (awaited) {
            await(0);
        }
    }

    /**
     * GET_ITER (GET_AITER) for a loop over {@code iterable}: over a call's result, which nothing but the loop holds,
     * the loop owns a generator it gets and closes it when left early (POP_ITER) or by an exception, as CPython's
     * reference counting does.
     */
    void getIter(Expr iterable, boolean async) {
        if (async) {
            emit(GET_AITER);
        } else {
            emit(GET_ITER, iterable instanceof Expr.Call ? 1 : 0);
        }
    }

    private void comprehensionLoop(List<Expr.Comprehension> gens, int i, List<Expr> results, int addOp) {
        Expr.Comprehension g = gens.get(i);
        if (i == 0) {
            emit(LOAD_FAST, u.local(".0"));
        } else {
            expr(g.iter());
            getIter(g.iter(), g.isAsync());
        }
        Label start = new Label();
        Label end = new Label();
        bind(start);
        if (g.isAsync()) {
            asyncForNext(end);
        } else {
            jump(FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, start, false);
        }
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, results, addOp);
        } else {
            for (Expr r : results) {
                expr(r);
            }
            if (addOp < 0) {
                emit(YIELD_VALUE);
                emit(POP_TOP);
            } else {
                emit(addOp, i + 2);
            }
        }
        jump(JUMP_BACKWARD, start);
        bind(end);
        if (g.isAsync()) {
            emit(END_ASYNC_FOR);
        }
    }

    // ---- assignment targets --------------------------------------------------------------------------------

    /** Stores the value on top of the stack into {@code target}. */
    void store(Expr target) {
        Loc saved = at(target.loc());
        try {
            if (target instanceof Expr.Name n) {
                name(n.id(), Access.STORE);
            } else if (target instanceof Expr.Attribute a) {
                expr(a.value());
                at(a.loc());
                emit(STORE_ATTR, attributeName(a.attr()));
            } else if (target instanceof Expr.Subscript s) {
                expr(s.value());
                subscriptKey(s.slice());
                at(s.loc());
                emit(STORE_SUBSCR);
            } else if (target instanceof Expr.Tuple t) {
                unpack(t.elts(), t.loc());
            } else if (target instanceof Expr.List_ l) {
                unpack(l.elts(), l.loc());
            } else if (target instanceof Expr.Starred s) {
                throw errors.at("starred assignment target must be in a list or tuple", s.loc());
            } else {
                throw errors.at("cannot assign to expression", target.loc());
            }
        } finally {
            at(saved);
        }
    }

    private void unpack(List<Expr> elts, Loc loc) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw errors.at("multiple starred expressions in assignment", loc);
                }
                star = i;
            }
        }
        if (star < 0) {
            emit(UNPACK_SEQUENCE, elts.size());
        } else {
            int after = elts.size() - star - 1;
            if (star >= 256 || after >= (1 << 16)) {
                throw errors.at("too many expressions in star-unpacking assignment", loc);
            }
            emit(UNPACK_EX, star | (after << 8));
        }
        for (Expr x : elts) {
            store(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    void delete(Expr target) {
        Loc saved = at(target.loc());
        try {
            if (target instanceof Expr.Name n) {
                name(n.id(), Access.DELETE);
            } else if (target instanceof Expr.Attribute a) {
                expr(a.value());
                at(a.loc());
                emit(DELETE_ATTR, attributeName(a.attr()));
            } else if (target instanceof Expr.Subscript s) {
                expr(s.value());
                subscriptKey(s.slice());
                at(s.loc());
                emit(DELETE_SUBSCR);
            } else if (target instanceof Expr.Tuple t) {
                for (Expr x : t.elts()) {
                    delete(x);
                }
            } else if (target instanceof Expr.List_ l) {
                for (Expr x : l.elts()) {
                    delete(x);
                }
            } else {
                throw errors.at("cannot delete expression", target.loc());
            }
        } finally {
            at(saved);
        }
    }
}

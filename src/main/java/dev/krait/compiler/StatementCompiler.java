package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.compiler.CodeBuilder.Handler;
import dev.krait.compiler.CodeBuilder.Label;
import dev.krait.compiler.FrameBlock.Kind;
import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Stmt;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * Code generation for statements: control flow, exception handling (zero-cost handlers, with the clean-up that
 * return/break/continue need when leaving try, with and except blocks early), definitions and imports.
 */
class StatementCompiler extends ExpressionCompiler {

    StatementCompiler(SymbolTable symbols, CompileErrors errors, String filename) {
        super(symbols, errors, filename);
    }

    @Override
    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    void statement(Stmt s) {
        Loc saved = at(s.loc());
        try {
            compileStatement(s);
        } finally {
            at(saved);
        }
    }

    private void compileStatement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            if (e.value() instanceof Expr.Constant) {
                return;
            }
            expr(e.value());
            emit(POP_TOP);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.If i) {
            Label orElse = new Label();
            Label end = new Label();
            jumpIf(i.test(), orElse, false);
            statements(i.body());
            if (!i.orelse().isEmpty()) {
                jump(JUMP_FORWARD, end);
            }
            bind(orElse);
            statements(i.orelse());
            bind(end);
        } else if (s instanceof Stmt.While w) {
            whileLoop(w);
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.Return r) {
            returnStatement(r);
        } else if (s instanceof Stmt.Break b) {
            breakOrContinue(true, b.loc());
        } else if (s instanceof Stmt.Continue c) {
            breakOrContinue(false, c.loc());
        } else if (s instanceof Stmt.Pass) {
            emit(NOP);
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() == null) {
                emit(RAISE_VARARGS, 0);
            } else {
                expr(r.exc());
                if (r.cause() != null) {
                    expr(r.cause());
                }
                at(r.loc());
                emit(RAISE_VARARGS, r.cause() != null ? 2 : 1);
            }
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else if (t.isStar()) {
                tryExceptStar(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync() && !u.scope.asyncDef) {
                throw errors.at("'async with' outside async function", w.loc());
            }
            with(w, 0);
        } else if (s instanceof Stmt.Assert a) {
            assertStatement(a);
        } else if (s instanceof Stmt.Import i) {
            importStatement(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return;
        } else if (s instanceof Stmt.Match m) {
            new PatternCompiler(this).match(m);
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
    }

    // ---- assignments ---------------------------------------------------------------------------------------

    private void augAssign(Stmt.AugAssign a) {
        int op = binaryOp(a.op()).ordinal() | dev.krait.runtime.BinaryOp.INPLACE_FLAG;
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            at(n.loc()); // an unbound name is reported under the name alone
            name(n.id(), Access.UPDATE);
            expr(a.value());
            at(a.loc());
            emit(BINARY_OP, op);
            name(n.id(), Access.STORE);
        } else if (t instanceof Expr.Attribute at) {
            expr(at.value());
            emit(COPY, 1);
            at(at.loc());
            emit(LOAD_ATTR, attributeName(at.attr()));
            expr(a.value());
            at(a.loc());
            emit(BINARY_OP, op);
            emit(SWAP, 2);
            at(at.loc());
            emit(STORE_ATTR, attributeName(at.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            at(sub.loc());
            emit(LOAD_SUBSCR_KEEP);
            expr(a.value());
            at(a.loc());
            emit(BINARY_OP, op);
            at(sub.loc());
            emit(STORE_SUBSCR_UPDATE);
        } else {
            throw errors.at("'" + describe(t) + "' is an illegal expression for augmented assignment", t.loc());
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.List_) {
            return "list";
        }
        return "expression";
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            store(a.target());
        }
        boolean namespaceScope = u.scope.kind == Scope.Kind.MODULE || u.scope.kind == Scope.Kind.CLASS;
        if (a.target() instanceof Expr.Name n && a.simple()) {
            if (namespaceScope) {
                annotation(a.annotation());
                emit(LOAD_NAME, u.name("__annotations__"));
                loadConst(u.scope.mangle(n.id()));
                emit(STORE_SUBSCR);
            }
        } else if (namespaceScope && !future.annotations) {
            expr(a.annotation());
            emit(POP_TOP);
        }
    }

    // ---- loops ---------------------------------------------------------------------------------------------

    private static boolean isTrueConstant(Expr e) {
        Object v = ConstantFolder.fold(e);
        return v instanceof Boolean b ? b : v instanceof Long l ? l != 0 : v instanceof String s && !s.isEmpty();
    }

    private void assertStatement(Stmt.Assert a) {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            errors.warn("assertion is always true, perhaps remove parentheses?", a.loc());
        }
        if (optimize > 0) {
            return;
        }
        Label end = new Label();
        jumpIf(a.test(), end, true);
        // CPython 3.11 raises at the last comparison the test compiled, else at the whole statement, so the
        // traceback underlines that comparison or nothing.
        Loc comparison = lastComparison(a.test());
        at(comparison != null ? comparison : a.loc());
        emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            emit(PUSH_NULL);
            expr(a.msg());
            emit(CALL, 1);
        }
        emit(RAISE_VARARGS, 1);
        bind(end);
    }

    /** The last comparison a condition compiles, looking through {@code not}, {@code and}/{@code or} and if-else. */
    private static Loc lastComparison(Expr test) {
        if (test instanceof Expr.Compare c) {
            return c.loc();
        }
        List<Expr> parts = test instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOpKind.NOT ? List.of(u.operand())
                : test instanceof Expr.BoolOp b ? b.values()
                : test instanceof Expr.IfExp i ? List.of(i.test(), i.body(), i.orelse())
                : List.of();
        Loc last = null;
        for (Expr part : parts) {
            Loc l = lastComparison(part);
            last = l != null ? l : last;
        }
        return last;
    }

    private void whileLoop(Stmt.While w) {
        Label start = new Label();
        Label orElse = new Label();
        Label end = new Label();
        bind(start);
        if (!isTrueConstant(w.test())) {
            jumpIf(w.test(), orElse, false);
        }
        u.blocks.push(new FrameBlock(Kind.WHILE_LOOP, start, end, null, null, 0));
        statements(w.body());
        u.blocks.pop();
        if (!isTrueConstant(w.test())) {
            LiteralMisuse.repeat(w.test(), false, errors);
        }
        jump(JUMP_BACKWARD, start);
        bind(orElse);
        statements(w.orelse());
        bind(end);
    }

    private void forLoop(Stmt.For f) {
        if (f.isAsync() && !u.scope.asyncDef) {
            throw errors.at("'async for' outside async function", f.loc());
        }
        Label start = new Label();
        Label exhausted = new Label();
        Label end = new Label();
        expr(f.iter());
        at(f.loc());
        getIter(f.iter(), f.isAsync());
        bind(start);
        if (f.isAsync()) {
            asyncForNext(exhausted);
        } else {
            jump(FOR_ITER, exhausted);
        }
        store(f.target());
        u.blocks.push(FrameBlock.forLoop(start, end, !f.isAsync() && f.iter() instanceof Expr.Call));
        statements(f.body());
        u.blocks.pop();
        jump(JUMP_BACKWARD, start);
        bind(exhausted);
        if (f.isAsync()) {
            at(f.iter().loc());
            emit(END_ASYNC_FOR);
            at(f.loc());
        }
        statements(f.orelse());
        bind(end);
    }

    /** except* clause bodies cannot be left with return, break or continue (a 3.11 restriction). */
    private void checkNotInExceptStar(Loc loc, boolean isReturn) {
        for (FrameBlock fb : u.blocks) {
            if (!isReturn && (fb.kind == Kind.WHILE_LOOP || fb.kind == Kind.FOR_LOOP)) {
                return;
            }
            if (fb.kind == Kind.EXCEPTION_GROUP_HANDLER) {
                throw errors.at("'break', 'continue' and 'return' cannot appear in an except* block", loc);
            }
        }
    }

    private void breakOrContinue(boolean isBreak, Loc loc) {
        checkNotInExceptStar(loc, false);
        FrameBlock loop = null;
        for (FrameBlock fb : u.blocks) {
            if (fb.kind == Kind.WHILE_LOOP || fb.kind == Kind.FOR_LOOP) {
                loop = fb;
                break;
            }
        }
        if (loop == null) {
            throw errors.at(isBreak ? "'break' outside loop" : "'continue' not properly in loop", loc);
        }
        FrameBlock target = loop;
        unwindThen(false, fb -> fb == target && !isBreak, fb -> fb == target, () ->
                jump(isBreak ? JUMP_FORWARD : JUMP_BACKWARD, isBreak ? target.exit : target.start));
    }

    private void returnStatement(Stmt.Return r) {
        if (!u.scope.isFunctionLike()) {
            throw errors.at("'return' outside function", r.loc());
        }
        if (r.value() != null && u.scope.coroutine && u.scope.generator) {
            throw errors.at("'return' with value in async generator", r.loc());
        }
        checkNotInExceptStar(r.loc(), true);
        boolean preserve = r.value() != null && !(r.value() instanceof Expr.Constant);
        if (preserve) {
            expr(r.value());
        }
        unwindThen(preserve, fb -> false, fb -> false, () -> {
            if (!preserve) {
                if (r.value() != null) {
                    expr(r.value());
                } else {
                    loadConst(PyTypes.NONE);
                }
            }
            at(r.loc());
            emit(RETURN_VALUE);
        });
    }

    // ---- unwinding -----------------------------------------------------------------------------------------

    interface BlockTest {
        boolean test(FrameBlock fb);
    }

    /**
     * Emits the clean-up of every enclosing block from the innermost outwards, stopping before a block for which
     * {@code stopBefore} holds or after one for which {@code stopAfter} holds, then emits {@code exit}. The blocks
     * and handler regions are restored afterwards, since code generation of the enclosing statements continues.
     */
    private void unwindThen(boolean preserveTos, BlockTest stopBefore, BlockTest stopAfter, Runnable exit) {
        List<FrameBlock> removed = new ArrayList<>();
        List<List<Handler>> suspended = new ArrayList<>();
        while (!u.blocks.isEmpty() && !stopBefore.test(u.blocks.peek())) {
            FrameBlock fb = u.blocks.pop();
            removed.add(fb);
            suspended.add(unwindBlock(fb, preserveTos));
            if (stopAfter.test(fb)) {
                break;
            }
        }
        exit.run();
        for (int i = removed.size() - 1; i >= 0; i--) {
            u.b.restore(suspended.get(i));
            u.blocks.push(removed.get(i));
        }
    }

    /** The clean-up for leaving one block early; returns the handler regions it closed. */
    private List<Handler> unwindBlock(FrameBlock fb, boolean preserveTos) {
        List<Handler> closed = u.b.suspendHandlers(fb.handlers);
        switch (fb.kind) {
            case FOR_LOOP:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(fb.ownsIterator ? POP_ITER : POP_TOP);
                break;
            case POP_VALUE:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP);
                break;
            case FINALLY_TRY:
                if (preserveTos) {
                    u.blocks.push(new FrameBlock(Kind.POP_VALUE, null, null, null, null, 0));
                }
                statements(fb.finalBody);
                if (preserveTos) {
                    u.blocks.pop();
                }
                break;
            case FINALLY_END:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP);
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_EXCEPT);
                break;
            case WITH:
            case ASYNC_WITH:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                callExitWithNones(fb.kind == Kind.ASYNC_WITH);
                break;
            case HANDLER_CLEANUP:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_EXCEPT);
                if (fb.name != null) {
                    unbindHandlerName(fb.name);
                }
                break;
            default:
                break;
        }
        return closed;
    }

    /** With the bound __exit__ on top: call it with three Nones and discard the result. */
    private void callExitWithNones(boolean isAsync) {
        emit(PUSH_NULL);
        loadConst(PyTypes.NONE);
        loadConst(PyTypes.NONE);
        loadConst(PyTypes.NONE);
        emit(CALL, 3);
        if (isAsync) {
            await(2);
        }
        emit(POP_TOP);
    }

    private void unbindHandlerName(String n) {
        loadConst(PyTypes.NONE);
        name(n, Access.STORE);
        name(n, Access.DELETE);
    }

    // ---- exceptions ----------------------------------------------------------------------------------------

    /**
     * The shared tail of every handler: on an exception inside it, restore the previously handled exception
     * and re-raise. Stack on entry: prev, exc.
     */
    private void cleanupHandler(Label cleanup) {
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_EXCEPT);
        emit(RERAISE);
    }

    /**
     * The part try/except and try/except* share: the body in a protected region, the else block, a jump to
     * {@code end}, then the handler's entry: a clean-up region (to {@code cleanup}) opened and the exception made
     * the handled one. Leaves [prev, exc] on the stack for the clauses.
     */
    private void protectedBodyThenHandler(Stmt.Try t, Label end, Label cleanup) {
        Label handlerLabel = new Label();
        u.b.setup(new Handler(handlerLabel, false));
        u.blocks.push(new FrameBlock(Kind.TRY_EXCEPT, null, null, null, null, 1));
        statements(t.body());
        u.blocks.pop();
        u.b.popHandler();
        statements(t.orelse());
        jump(JUMP_FORWARD, end);
        bind(handlerLabel);
        u.b.setup(new Handler(cleanup, false));
        emit(PUSH_EXC_INFO);
    }

    private void tryExcept(Stmt.Try t) {
        Label end = new Label();
        Label cleanup = new Label();
        protectedBodyThenHandler(t, end, cleanup);
        List<Runnable> nameCleanups = new ArrayList<>();
        for (int i = 0; i < t.handlers().size(); i++) {
            Stmt.ExceptHandler eh = t.handlers().get(i);
            Loc saved = at(eh.loc());
            if (eh.type() == null && i < t.handlers().size() - 1) {
                throw errors.at("default 'except:' must be last", eh.loc());
            }
            Label next = new Label();
            if (eh.type() != null) {
                expr(eh.type());
                emit(CHECK_EXC_MATCH);
                jump(POP_JUMP_IF_FALSE, next);
            }
            if (eh.name() != null) {
                name(eh.name(), Access.STORE);
                Label nameCleanup = new Label();
                Handler nh = new Handler(nameCleanup, false);
                u.b.setup(nh);
                u.blocks.push(new FrameBlock(Kind.HANDLER_CLEANUP, null, null, null, eh.name(), 2));
                statements(eh.body());
                u.blocks.pop();
                u.b.popHandler();
                List<Handler> outer = u.b.suspendHandlers(1);
                emit(POP_EXCEPT);
                unbindHandlerName(eh.name());
                jump(JUMP_FORWARD, end);
                u.b.restore(outer);
                String n = eh.name();
                nameCleanups.add(() -> {
                    bind(nameCleanup);
                    unbindHandlerName(n);
                    emit(RERAISE);
                });
            } else {
                emit(POP_TOP);
                u.blocks.push(new FrameBlock(Kind.HANDLER_CLEANUP, null, null, null, null, 1));
                statements(eh.body());
                u.blocks.pop();
                List<Handler> outer = u.b.suspendHandlers(1);
                emit(POP_EXCEPT);
                jump(JUMP_FORWARD, end);
                u.b.restore(outer);
            }
            bind(next);
            at(saved);
        }
        emit(RERAISE);
        for (Runnable r : nameCleanups) {
            r.run();
        }
        u.b.popHandler();
        cleanupHandler(cleanup);
        bind(end);
    }

    /**
     * try/except*: the handler keeps [prev, orig, raised, rest] on the stack; each clause takes its matching part
     * out of rest (CHECK_EG_MATCH), runs with it as the handled exception, and adds anything it raises to the
     * raised list; finally PREP_RERAISE_STAR decides what, if anything, propagates.
     */
    private void tryExceptStar(Stmt.Try t) {
        Label end = new Label();
        Label cleanup = new Label();
        protectedBodyThenHandler(t, end, cleanup);
        emit(COPY, 1);
        emit(BUILD_LIST, 0);
        emit(SWAP, 2);
        for (Stmt.ExceptHandler eh : t.handlers()) {
            Loc saved = at(eh.loc());
            Label noMatch = new Label();
            Label next = new Label();
            expr(eh.type());
            emit(CHECK_EG_MATCH);
            emit(COPY, 1);
            jump(POP_JUMP_IF_NONE, noMatch);
            emit(PUSH_EXC_INFO);
            if (eh.name() != null) {
                name(eh.name(), Access.STORE);
            } else {
                emit(POP_TOP);
            }
            Label raisedInBody = new Label();
            Handler bodyHandler = new Handler(raisedInBody, false);
            u.b.setup(bodyHandler);
            u.blocks.push(new FrameBlock(Kind.EXCEPTION_GROUP_HANDLER, null, null, null, null, 1));
            statements(eh.body());
            u.blocks.pop();
            u.b.popHandler();
            emit(POP_EXCEPT);
            jump(JUMP_FORWARD, next);
            bind(raisedInBody);
            emit(SWAP, 2);
            emit(POP_EXCEPT);
            emit(LIST_APPEND, 2);
            jump(JUMP_FORWARD, next);
            bind(noMatch);
            emit(POP_TOP);
            bind(next);
            if (eh.name() != null) {
                unbindHandlerName(eh.name());
            }
            at(saved);
        }
        Label reraise = new Label();
        emit(LIST_APPEND, 1);
        emit(PREP_RERAISE_STAR);
        emit(COPY, 1);
        jump(POP_JUMP_IF_NOT_NONE, reraise);
        emit(POP_TOP);
        List<Handler> outer = u.b.suspendHandlers(1);
        emit(POP_EXCEPT);
        jump(JUMP_FORWARD, end);
        u.b.restore(outer);
        bind(reraise);
        emit(RERAISE);
        u.b.popHandler();
        cleanupHandler(cleanup);
        bind(end);
    }

    private void tryFinally(Stmt.Try t) {
        Label finallyLabel = new Label();
        Label end = new Label();
        Handler h = new Handler(finallyLabel, false);
        u.b.setup(h);
        u.blocks.push(new FrameBlock(Kind.FINALLY_TRY, null, null, t.finalbody(), null, 1));
        if (t.handlers().isEmpty()) {
            statements(t.body());
            statements(t.orelse());
        } else if (t.isStar()) {
            tryExceptStar(new Stmt.Try(t.body(), t.handlers(), t.orelse(), List.of(), true, t.loc()));
        } else {
            tryExcept(new Stmt.Try(t.body(), t.handlers(), t.orelse(), List.of(), false, t.loc()));
        }
        u.blocks.pop();
        u.b.popHandler();
        statements(t.finalbody());
        jump(JUMP_FORWARD, end);

        bind(finallyLabel);
        Label cleanup = new Label();
        Handler ch = new Handler(cleanup, false);
        u.b.setup(ch);
        emit(PUSH_EXC_INFO);
        u.blocks.push(new FrameBlock(Kind.FINALLY_END, null, null, null, null, 1));
        statements(t.finalbody());
        u.blocks.pop();
        emit(RERAISE);
        u.b.popHandler();
        cleanupHandler(cleanup);
        bind(end);
    }

    private void with(Stmt.With w, int index) {
        Stmt.WithItem item = w.items().get(index);
        expr(item.contextExpr());
        at(w.loc());
        if (w.isAsync()) {
            emit(BEFORE_ASYNC_WITH);
            await(1);
        } else {
            emit(BEFORE_WITH);
        }
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            emit(POP_TOP);
        }
        Label handlerLabel = new Label();
        Label end = new Label();
        Handler h = new Handler(handlerLabel, false);
        u.b.setup(h);
        u.blocks.push(new FrameBlock(w.isAsync() ? Kind.ASYNC_WITH : Kind.WITH, null, null, null, null, 1));
        if (index + 1 < w.items().size()) {
            with(w, index + 1);
        } else {
            statements(w.body());
        }
        u.blocks.pop();
        u.b.popHandler();
        at(w.loc());
        callExitWithNones(w.isAsync());
        jump(JUMP_FORWARD, end);

        bind(handlerLabel);
        Label cleanup = new Label();
        Label suppress = new Label();
        Handler ch = new Handler(cleanup, false);
        u.b.setup(ch);
        emit(PUSH_EXC_INFO);
        emit(WITH_EXCEPT_START);
        if (w.isAsync()) {
            await(2);
        }
        jump(POP_JUMP_IF_TRUE, suppress);
        emit(RERAISE);
        u.b.popHandler();
        bind(suppress);
        emit(POP_TOP);
        emit(POP_EXCEPT);
        emit(POP_TOP);
        jump(JUMP_FORWARD, end);
        cleanupHandler(cleanup);
        bind(end);
    }

    // ---- definitions ---------------------------------------------------------------------------------------

    private void decorators(List<Expr> decorators) {
        for (Expr d : decorators) {
            expr(d);
            emit(PUSH_NULL);
        }
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            at(decorators.get(i).loc());
            emit(CALL, 1);
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        decorators(f.decorators());
        Scope s = symbols.scopeOf(f);
        int firstLine = f.decorators().isEmpty() ? f.loc().line() : f.decorators().get(0).loc().line();
        Unit unit = new Unit(s, f.name(), s.qualname, firstLine);
        pushUnit(unit);
        int flags = functionFlags(s);
        List<Stmt> body = f.body();
        // The first constant is the docstring, or None (as in CPython 3.11's co_consts).
        if (docstring(body) != null) {
            unit.constant(docstring(body));
            flags |= Code.FLAG_HAS_DOCSTRING;
            body = body.subList(1, body.size());
        } else {
            unit.constant(PyTypes.NONE);
        }
        statements(body);
        endWithReturnNone(f.body());
        Code code = unit.finish(filename, flags, s.argCount, s.posonlyCount, s.kwonlyCount);
        popUnit();
        List<String> annNames = new ArrayList<>();
        List<Expr> anns = new ArrayList<>();
        Expr.Arguments params = f.args();
        List<Expr.Arg> inAnnotationOrder = new ArrayList<>(params.posonlyargs());
        inAnnotationOrder.addAll(params.args());
        if (params.vararg() != null) {
            inAnnotationOrder.add(params.vararg());
        }
        inAnnotationOrder.addAll(params.kwonlyargs());
        if (params.kwarg() != null) {
            inAnnotationOrder.add(params.kwarg());
        }
        for (Expr.Arg a : inAnnotationOrder) {
            if (a.annotation() != null) {
                annNames.add(a.arg());
                anns.add(a.annotation());
            }
        }
        if (f.returns() != null) {
            annNames.add("return");
            anns.add(f.returns());
        }
        at(f.loc());
        makeFunction(code, f.args(), annNames, anns);
        applyDecorators(f.decorators());
        at(f.loc());
        name(f.name(), Access.STORE);
    }

    /** The implicit {@code return None} at the end of a body, located at its last statement. */
    private void endWithReturnNone(List<Stmt> body) {
        if (!body.isEmpty()) {
            Loc last = body.get(body.size() - 1).loc();
            at(new Loc(last.endLine(), last.col(), last.endLine(), last.endCol()));
        }
        loadConst(PyTypes.NONE);
        emit(RETURN_VALUE);
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private void classDef(Stmt.ClassDef c) {
        decorators(c.decorators());
        Scope s = symbols.scopeOf(c);
        int firstLine = c.decorators().isEmpty() ? c.loc().line() : c.decorators().get(0).loc().line();
        Unit unit = new Unit(s, c.name(), s.qualname, firstLine);
        pushUnit(unit);
        at(c.loc());
        emit(LOAD_NAME, u.name("__name__"));
        emit(STORE_NAME, u.name("__module__"));
        loadConst(s.qualname);
        emit(STORE_NAME, u.name("__qualname__"));
        if (s.hasAnnotations) {
            emit(SETUP_ANNOTATIONS);
        }
        List<Stmt> body = c.body();
        String doc = docstring(body);
        if (doc != null) {
            loadConst(doc);
            emit(STORE_NAME, u.name("__doc__"));
            body = body.subList(1, body.size());
        }
        statements(body);
        if (s.needsClassCell) {
            emit(LOAD_CLOSURE, u.deref("__class__"));
            emit(COPY, 1);
            emit(STORE_NAME, u.name("__classcell__"));
        } else {
            loadConst(PyTypes.NONE);
        }
        emit(RETURN_VALUE);
        Code code = unit.finish(filename, 0, 0, 0, 0);
        popUnit();
        at(c.loc());
        emit(LOAD_BUILD_CLASS);
        emit(PUSH_NULL);
        makeFunction(code, null, null, null);
        loadConst(c.name());
        callArguments(c.bases(), c.keywords(), 2, c.loc());
        applyDecorators(c.decorators());
        at(c.loc());
        name(c.name(), Access.STORE);
    }

    // ---- imports -------------------------------------------------------------------------------------------

    private void importStatement(Stmt.Import i) {
        // CPython attributes every step of an import to the whole statement, so a failing import
        // shows no carets under a statement that fills its line.
        for (Stmt.Alias a : i.names()) {
            loadConst(0L);
            loadConst(PyTypes.NONE);
            emit(IMPORT_NAME, u.name(a.name()));
            if (a.asname() == null) {
                name(a.name().split("\\.")[0], Access.STORE);
                continue;
            }
            String[] parts = a.name().split("\\.");
            for (int k = 1; k < parts.length; k++) {
                emit(IMPORT_FROM, u.name(parts[k]));
                emit(SWAP, 2);
                emit(POP_TOP);
            }
            name(a.asname(), Access.STORE);
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        if (FutureFeatures.isFutureImport(i) && !future.isLeading(i)) {
            throw FutureFeatures.misplaced(i, errors);
        }
        Object[] names = new Object[i.names().size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = i.names().get(k).name();
        }
        loadConst((long) i.level());
        loadConst(PyTuple.of(names));
        emit(IMPORT_NAME, u.name(i.module() == null ? "" : i.module()));
        if (names.length == 1 && names[0].equals("*")) {
            emit(IMPORT_STAR);
            return;
        }
        for (Stmt.Alias a : i.names()) {
            emit(IMPORT_FROM, u.name(a.name()));
            name(a.asname() != null ? a.asname() : a.name(), Access.STORE);
        }
        emit(POP_TOP);
    }
}

package dev.krait.compiler;

import dev.krait.parser.Stmt;

import java.util.List;

/**
 * A statement enclosing the code being generated that needs clean-up when control leaves it early (return,
 * break, continue): loops, try-finally, with, exception handlers. Mirrors CPython's compiler "fblocks".
 */
final class FrameBlock {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER,
        /** The body of an except* clause, which return, break and continue may not leave. */
        EXCEPTION_GROUP_HANDLER
    }

    final Kind kind;
    /** Loop start (continue target). */
    final CodeBuilder.Label start;
    /** Loop exit (break target). */
    final CodeBuilder.Label exit;
    /** For FINALLY_TRY: the finally body to inline when leaving. */
    final List<Stmt> finalBody;
    /** For HANDLER_CLEANUP: the {@code except ... as name} name to unbind, or null. */
    final String name;
    /** How many handler regions this block opened (closed while unwinding through it). */
    final int handlers;
    /** For FOR_LOOP: whether the loop owns its iterator (GET_ITER 1), so that leaving it early pops with POP_ITER. */
    final boolean ownsIterator;

    FrameBlock(Kind kind, CodeBuilder.Label start, CodeBuilder.Label exit, List<Stmt> finalBody, String name,
               int handlers) {
        this.kind = kind;
        this.start = start;
        this.exit = exit;
        this.finalBody = finalBody;
        this.name = name;
        this.handlers = handlers;
        this.ownsIterator = false;
    }

    private FrameBlock(CodeBuilder.Label start, CodeBuilder.Label exit, boolean ownsIterator) {
        this.kind = Kind.FOR_LOOP;
        this.start = start;
        this.exit = exit;
        this.finalBody = null;
        this.name = null;
        this.handlers = 0;
        this.ownsIterator = ownsIterator;
    }

    static FrameBlock forLoop(CodeBuilder.Label start, CodeBuilder.Label exit, boolean ownsIterator) {
        return new FrameBlock(start, exit, ownsIterator);
    }
}

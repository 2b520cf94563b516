package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.Opcodes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.function.Function;

/**
 * The machinery shared by generators, coroutines and async generators: a frame that runs until it yields,
 * returns or raises, resumed with a sent value or a thrown exception, delegating throw and close to the
 * sub-iterator of a {@code yield from} or {@code await} it is paused in. Errors are worded with the owner's kind
 * ("generator", "coroutine" or "async generator") as CPython words them.
 */
final class ResumableFrame {
    static final String GENERATOR = "generator";
    static final String COROUTINE = "coroutine";
    static final String ASYNC_GENERATOR = "async generator";

    final Frame frame;
    final String kind;
    /** Writable from Python, as in CPython. */
    String name;
    String qualname;
    private boolean started;
    /**
     * A generator or coroutine with finally blocks to run when dropped, told when it first pauses; null otherwise
     * and afterwards.
     */
    PausedFirst guardWhenPaused;

    /** What a generator or coroutine does when it first pauses: from then on, dropping it runs code. */
    interface PausedFirst {
        void pausedFirst();
    }
    private boolean running;
    private boolean finished;
    /** The exception the frame is handling where it is suspended (an except block around a yield), or null. */
    private PyBaseException ownHandled;

    ResumableFrame(Frame frame, String kind, String name, String qualname) {
        this.frame = frame;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
    }

    boolean isFinished() {
        return finished;
    }

    boolean isRunning() {
        return running;
    }

    /** Paused at a yield: started, not running, not finished (closing it runs code). */
    boolean isSuspended() {
        return started && !running && !finished;
    }

    /** Not yet started (nor finished): no code of the frame has run. */
    boolean isFresh() {
        return !started && !finished;
    }

    /**
     * Resumes with a sent value (or a thrown exception): the next yielded value, or {@link Generators.Returned}
     * with the return value when the frame returns.
     */
    Object resume(Object sent, RuntimeException thrown) {
        return resume(ThreadState.current(), sent, thrown);
    }

    /** {@link #resume(Object, RuntimeException)} on the thread state {@code ts} of the calling thread. */
    Object resume(ThreadState ts, Object sent, RuntimeException thrown) {
        if (finished) {
            if (kind == COROUTINE) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            return new Generators.Returned(PyTypes.NONE);
        }
        if (running) {
            throw Errors.raise(ExceptionTypes.VALUE_ERROR, kind + " already executing");
        }
        if (!started && thrown == null && sent != PyTypes.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind);
        }
        if (started && thrown == null) {
            frame.slots[frame.sp++] = sent;
        }
        started = true;
        return run(ts, thrown);
    }

    /** Runs the prepared frame to its next yield or its end. */
    private Object run(ThreadState ts, RuntimeException thrown) {
        frame.pendingThrow = thrown;
        running = true;
        PyBaseException handled = ts.handledException;
        PyBaseException outer = ts.outerHandledException;
        ts.outerHandledException = ts.currentHandled();
        ts.handledException = ownHandled;
        Object result;
        try {
            result = Interpreter.execute(ts, frame);
        } catch (PyException e) {
            finished = true;
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                throw escaped(e.value, "StopIteration");
            }
            if (kind == ASYNC_GENERATOR && e.value.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                throw escaped(e.value, "StopAsyncIteration");
            }
            throw e;
        } finally {
            running = false;
            ownHandled = frame.suspended ? ts.handledException : null;
            ts.handledException = handled;
            ts.outerHandledException = outer;
        }
        if (frame.suspended) {
            if (guardWhenPaused != null) {
                guardWhenPaused.pausedFirst();
                guardWhenPaused = null;
            }
            return result;
        }
        finished = true;
        return new Generators.Returned(result);
    }

    /** The RuntimeError replacing a StopIteration (or StopAsyncIteration) that escaped the frame. */
    private PyException escaped(PyBaseException e, String what) {
        PyBaseException re = new PyBaseException(ExceptionTypes.RUNTIME_ERROR, PyTuple.of(kind + " raised " + what));
        re.cause = e;
        re.context = e;
        re.suppressContext = true;
        return re.asThrowable();
    }

    /**
     * throw(): raises exc at the paused yield, first throwing it into the sub-iterator of a {@code yield from} or
     * {@code await}. Returns as {@link #resume} does.
     */
    Object throwIn(PyBaseException exc) {
        RuntimeException toRaise = exc.asThrowable();
        Object delegate = yieldFromReceiver();
        if (delegate != null) {
            if (running) {
                throw Errors.raise(ExceptionTypes.VALUE_ERROR, kind + " already executing");
            }
            // This frame counts as running while the sub-iterator handles the exception, so that code there
            // cannot re-enter it.
            Object r;
            running = true;
            try {
                r = Generators.throwInto(delegate, exc);
            } catch (PyException e) {
                r = null;
                toRaise = e;
            } finally {
                running = false;
            }
            if (r instanceof Generators.Returned ret) {
                return resumeAfterDelegateReturned(ret.value());
            }
            if (r != null) {
                return r;
            }
        }
        return resume(null, toRaise);
    }

    /** The sub-iterator finished: continue as SEND would, with its value replacing it on the stack. */
    private Object resumeAfterDelegateReturned(Object value) {
        int send = frame.code.original[frame.pc - 2];
        frame.slots[frame.sp - 1] = value;
        frame.pc = Code.arg(send);
        return run(ThreadState.current(), null);
    }

    /** The sub-iterator of a {@code yield from} or {@code await} the frame is paused in, or null. */
    Object yieldFromReceiver() {
        if (!started || finished || frame.pc < 2) {
            return null;
        }
        int[] ins = frame.code.original;
        if (Code.opcode(ins[frame.pc - 2]) == Opcodes.SEND && Code.opcode(ins[frame.pc - 1]) == Opcodes.YIELD_VALUE) {
            return frame.slots[frame.sp - 1];
        }
        return null;
    }

    /** close(): raises GeneratorExit at the paused yield (closing a sub-iterator first); it must not yield again. */
    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            if (!(throwIn(new PyBaseException(ExceptionTypes.GENERATOR_EXIT)) instanceof Generators.Returned)) {
                throw Errors.runtimeError(kind + " ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.GENERATOR_EXIT) && !e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    /**
     * The attributes every kind has, with CPython's prefix ({@code gi}, {@code cr}, {@code ag}): name, qualname,
     * code, frame, suspended, and the awaited or delegated-to object under {@code delegateName}.
     */
    static void attributes(PyType t, String prefix, String delegateName, Function<Object, ResumableFrame> core) {
        PyGetSet.writable(t, "__name__", o -> core.apply(o).name,
                (o, v) -> core.apply(o).name = nameValue(v, "__name__"));
        PyGetSet.writable(t, "__qualname__", o -> core.apply(o).qualname,
                (o, v) -> core.apply(o).qualname = nameValue(v, "__qualname__"));
        PyGetSet.readonlyMember(t, prefix + "_code", o -> core.apply(o).frame.code);
        PyGetSet.readonly(t, prefix + "_frame", o -> core.apply(o).finished ? PyTypes.NONE : core.apply(o).frame);
        PyGetSet.readonly(t, prefix + "_" + delegateName, o -> {
            Object r = core.apply(o).yieldFromReceiver();
            return r == null ? PyTypes.NONE : r;
        });
        if (!prefix.equals("ag")) {
            PyGetSet.readonly(t, prefix + "_running", o -> core.apply(o).running);
            PyGetSet.readonly(t, prefix + "_suspended", o -> {
                ResumableFrame r = core.apply(o);
                return r.started && !r.finished && !r.running;
            });
        }
    }

    private static String nameValue(Object v, String what) {
        if (v instanceof String str) {
            return str;
        }
        throw Errors.typeError(what + " must be set to a string object");
    }
}

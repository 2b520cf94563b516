package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

import java.util.function.Supplier;

/**
 * An async generator, made by calling an {@code async def} that yields. It is stepped through awaitables:
 * {@code __anext__()} and {@code asend()} make an {@link Asend}, {@code athrow()} and {@code aclose()} an
 * {@link Athrow}. Awaiting one runs the frame: the awaits inside it pass their yields out to the driver, and the
 * generator's own yield finishes the awaitable with the yielded value (as StopIteration carries it).
 */
public final class PyAsyncGenerator extends PyObject {
    static final PyType TYPE = PyTypes.fixed("async_generator", t -> {
        ResumableFrame.attributes(t, "ag", "await", o -> ((PyAsyncGenerator) o).core);
        Sendable.repr(t, o -> ((PyAsyncGenerator) o).core);
        PyGetSet.readonly(t, "ag_running", o -> ((PyAsyncGenerator) o).runningAsync);
        method(t, "__aiter__(self, /)", a -> a[0]);
        method(t, "__anext__(self, /)", a -> new Asend((PyAsyncGenerator) a[0], PyTypes.NONE));
        method(t, "asend(self, value, /)", a -> new Asend((PyAsyncGenerator) a[0], a[1]));
        method(t, "athrow(self, typ, val=None, tb=None, /)", a -> new Athrow((PyAsyncGenerator) a[0], a[1], a[2]));
        method(t, "aclose(self, /)", a -> new Athrow((PyAsyncGenerator) a[0], null, null));
    });

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    final ResumableFrame core;
    /** An asend or athrow awaitable of this generator is being awaited. */
    boolean runningAsync;
    /** aclose() was awaited, or the generator ended with StopAsyncIteration or GeneratorExit. */
    boolean closed;

    PyAsyncGenerator(Frame frame, String name, String qualname) {
        this.core = new ResumableFrame(frame, ResumableFrame.ASYNC_GENERATOR, name, qualname);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * Steps the frame: the generator's own yield becomes {@link Generators.Returned} (the awaitable is done), a
     * yield from inside an await passes through, and the end of the generator raises StopAsyncIteration.
     */
    Object unwrap(Supplier<Object> step) {
        Object r;
        try {
            r = step.get();
            if (r instanceof Generators.Returned) {
                throw new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION).asThrowable();
            }
        } catch (PyException e) {
            if (isEnd(e)) {
                closed = true;
            }
            runningAsync = false;
            throw e;
        }
        if (!pausedInAwait()) {
            runningAsync = false;
            return new Generators.Returned(r);
        }
        return r;
    }

    private boolean pausedInAwait() {
        return core.yieldFromReceiver() != null;
    }

    private static boolean isEnd(PyException e) {
        return e.value.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION) || e.value.isInstance(ExceptionTypes.GENERATOR_EXIT);
    }

    /** The awaitable of {@code __anext__()} and {@code asend(value)}. */
    static final class Asend extends PyObject implements Sendable {
        static final PyType TYPE = PyTypes.fixed("async_generator_asend", Asend::init);

        private final PyAsyncGenerator ag;
        private final Object value;
        private int state = INIT;

        Asend(PyAsyncGenerator ag, Object value) {
            this.ag = ag;
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object sendIn(Object arg) {
            checkNotClosed();
            Object sent = arg;
            if (state == INIT) {
                if (ag.runningAsync) {
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                sent = arg == PyTypes.NONE ? value : arg;
                state = ITER;
            }
            ag.runningAsync = true;
            Object v = sent;
            return settle(() -> ag.core.resume(v, null));
        }

        @Override
        public Object throwIn(PyBaseException exc) {
            checkNotClosed();
            return settle(() -> ag.core.throwIn(exc));
        }

        private void checkNotClosed() {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
        }

        private Object settle(Supplier<Object> step) {
            try {
                Object r = ag.unwrap(step);
                if (r instanceof Generators.Returned) {
                    state = CLOSED;
                }
                return r;
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public void close() {
            state = CLOSED;
        }

        private static void init(PyType t) {
            Sendable.protocol(t, true);
            method(t, "__await__(self, /)", a -> a[0]);
        }
    }

    /** The awaitable of {@code athrow(...)} and, without an exception to throw, of {@code aclose()}. */
    static final class Athrow extends PyObject implements Sendable {
        static final PyType TYPE = PyTypes.fixed("async_generator_athrow", Asend::init);

        private final PyAsyncGenerator ag;
        /** The exception type or instance to throw; null for aclose(). */
        private final Object typ;
        private final Object val;
        private int state = INIT;

        Athrow(PyAsyncGenerator ag, Object typ, Object val) {
            this.ag = ag;
            this.typ = typ;
            this.val = val;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private boolean isClose() {
            return typ == null;
        }

        @Override
        public Object sendIn(Object arg) {
            checkNotClosed();
            if (ag.core.isFinished()) {
                state = CLOSED;
                return new Generators.Returned(PyTypes.NONE);
            }
            if (state == ITER) {
                return isClose() ? closing(() -> ag.core.resume(arg, null)) : ag.unwrap(() -> ag.core.resume(arg, null));
            }
            if (ag.runningAsync) {
                state = CLOSED;
                throw Errors.runtimeError((isClose() ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
            }
            if (ag.closed) {
                state = CLOSED;
                throw new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION).asThrowable();
            }
            if (arg != PyTypes.NONE) {
                throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
            }
            state = ITER;
            ag.runningAsync = true;
            if (isClose()) {
                ag.closed = true;
                return closing(() -> ag.core.throwIn(new PyBaseException(ExceptionTypes.GENERATOR_EXIT)));
            }
            try {
                PyBaseException exc = Sendable.makeException(typ, val);
                return ag.unwrap(() -> ag.core.throwIn(exc));
            } catch (PyException e) {
                ag.runningAsync = false;
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public Object throwIn(PyBaseException exc) {
            checkNotClosed();
            return isClose() ? closing(() -> ag.core.throwIn(exc)) : ag.unwrap(() -> ag.core.throwIn(exc));
        }

        /** A step of aclose(): the generator must end (or await), not yield; its ending completes the awaitable. */
        private Object closing(Supplier<Object> step) {
            Object r;
            try {
                r = step.get();
            } catch (PyException e) {
                ag.runningAsync = false;
                state = CLOSED;
                if (isEnd(e)) {
                    return new Generators.Returned(PyTypes.NONE);
                }
                throw e;
            }
            if (r instanceof Generators.Returned) {
                ag.runningAsync = false;
                state = CLOSED;
                return new Generators.Returned(PyTypes.NONE);
            }
            if (!ag.pausedInAwait()) {
                ag.runningAsync = false;
                state = CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        private void checkNotClosed() {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
        }

        @Override
        public void close() {
            state = CLOSED;
        }
    }
}

package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Finalizers;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/**
 * The interpreter's side of async/await: making coroutines and async generators, the await, async for and async
 * with instructions, and the {@code aiter} and {@code anext} builtins.
 */
final class Coroutines {
    private Coroutines() {}

    /** Calling a generator, coroutine or async generator function: the object that will run its frame. */
    static Object start(PyFunction fn, Frame f) {
        int flags = fn.code.flags;
        if ((flags & Code.FLAG_COROUTINE) != 0) {
            PyCoroutine c = new PyCoroutine(f, fn.name, fn.qualname);
            // Warned about if never awaited: when dropped (see Finalization), or at exit. Most are awaited at
            // once, so it gets a guardian only if it pauses inside a try block or is still unawaited when a drop
            // is noticed.
            Finalizers.registerCoroutine(c);
            if (fn.code.exceptionTable.size() > 0) {
                c.core.guardWhenPaused = c;
            }
            return c;
        }
        if ((flags & Code.FLAG_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f, fn.name, fn.qualname);
        }
        PyGenerator g = new PyGenerator(f, fn.name, fn.qualname);
        if (fn.code.exceptionTable.size() > 0) {
            // Its finally blocks run when it is closed: at the latest when the program ends, earlier if it is
            // dropped while paused (guarded from its first pause, unless a for loop owns it).
            Finalizers.register(g);
            g.core.guardWhenPaused = g;
        }
        return g;
    }

    /** GET_AWAITABLE: the iterator {@code await} drives; {@code where} words the error for async with. */
    static Object getAwaitable(Object o, int where) {
        if (o instanceof PyCoroutine c && c.core.yieldFromReceiver() != null) {
            throw Errors.runtimeError("coroutine is being awaited already");
        }
        try {
            return awaitableIter(o);
        } catch (PyException e) {
            if (where == 0 || Ops.type(o).lookup("__await__") != null) {
                throw e;
            }
            String method = where == 1 ? "__aenter__" : "__aexit__";
            PyBaseException err = Errors.typeError("'async with' received an object from " + method
                    + " that does not implement __await__: " + Ops.typeName(o)).value;
            err.context = e.value;
            throw err.asThrowable();
        }
    }

    /** The iterator of an awaitable: a coroutine itself, else what its {@code __await__} returns. */
    static Object awaitableIter(Object o) {
        if (o instanceof PyCoroutine) {
            return o;
        }
        Object m = Ops.type(o).lookup("__await__");
        if (m == null) {
            throw Errors.typeError("object " + Ops.typeName(o) + " can't be used in 'await' expression");
        }
        Object it = Ops.callMethod(m, o);
        if (it instanceof PyCoroutine) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIterator) && !(it instanceof Sendable) && Ops.type(it).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }

    /** GET_AITER. */
    static Object getAiter(Object o) {
        Object m = Ops.type(o).lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + Ops.typeName(o));
        }
        Object it = Ops.callMethod(m, o);
        if (Ops.type(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Ops.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: the awaitable iterator of the async iterator's next item. */
    static Object getAnext(Object aiter) {
        if (aiter instanceof PyAsyncGenerator ag) {
            return new PyAsyncGenerator.Asend(ag, PyTypes.NONE);
        }
        Object m = Ops.type(aiter).lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
                    + Ops.typeName(aiter));
        }
        Object next = Ops.callMethod(m, aiter);
        try {
            return awaitableIter(next);
        } catch (PyException e) {
            PyBaseException err = Errors.typeError("'async for' received an invalid object from __anext__: "
                    + Ops.typeName(next)).value;
            err.cause = e.value;
            err.context = e.value;
            err.suppressContext = true;
            throw err.asThrowable();
        }
    }

    /** BEFORE_ASYNC_WITH: replaces the manager with its bound {@code __aexit__} and pushes {@code __aenter__()}. */
    static void beforeAsyncWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
        }
        Object exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)");
        }
        s[sp - 1] = dev.krait.runtime.Attributes.bindDescriptor(exit, mgr, t);
        s[sp] = Ops.callMethod(enter, mgr);
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop (the iterator and exception are popped), else re-raised. */
    static int endAsyncFor(Object[] s, int sp) {
        PyBaseException exc = (PyBaseException) s[sp - 1];
        if (!exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            throw exc.asThrowable();
        }
        s[sp - 1] = null;
        s[sp - 2] = null;
        return sp - 2;
    }

    /** Installs {@code aiter} and {@code anext}. */
    static void installBuiltins(PyDict b) {
        VmBuiltins.put(b, "aiter(async_iterable, /)", a -> {
            Object m = Ops.type(a[0]).lookup("__aiter__");
            if (m == null) {
                throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object is not an async iterable");
            }
            Object it = Ops.callMethod(m, a[0]);
            if (Ops.type(it).lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + Ops.typeName(it) + "'");
            }
            return it;
        });
        VmBuiltins.put(b, "anext(aiterator, default=<unrepresentable>, /)", a -> {
            Object m = Ops.type(a[0]).lookup("__anext__");
            if (m == null) {
                throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object is not an async iterator");
            }
            Object awaitable = Ops.callMethod(m, a[0]);
            return a[1] == null ? awaitable : new AnextAwaitable(awaitable, a[1]);
        });
    }

    /** What {@code anext(it, default)} returns: awaits {@code it.__anext__()}, turning its end into default. */
    static final class AnextAwaitable extends PyObject implements Sendable {
        static final PyType TYPE = PyTypes.fixed("anext_awaitable", t -> {
            Sendable.protocol(t, true);
            dev.krait.runtime.PyBuiltinFunction.method(t, "__await__(self, /)", a -> a[0]);
        });

        private final Object wrapped;
        private final Object defaultValue;

        AnextAwaitable(Object wrapped, Object defaultValue) {
            this.wrapped = wrapped;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object sendIn(Object value) {
            try {
                return Generators.send(awaitableIter(wrapped), value);
            } catch (PyException e) {
                return orDefault(e);
            }
        }

        @Override
        public Object throwIn(PyBaseException exc) {
            try {
                Object r = Generators.throwInto(awaitableIter(wrapped), exc);
                if (r == null) {
                    throw exc.asThrowable();
                }
                return r;
            } catch (PyException e) {
                return orDefault(e);
            }
        }

        private Object orDefault(PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                return new Generators.Returned(defaultValue);
            }
            throw e;
        }

        @Override
        public void close() {
            Generators.closeDelegate(awaitableIter(wrapped));
        }
    }
}

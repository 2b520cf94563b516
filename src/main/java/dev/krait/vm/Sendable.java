package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Introspection;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/**
 * A built-in object driven by send, throw and close: generators, coroutines and the awaitables of coroutines and
 * async generators. SEND and delegated throw/close call these directly; {@link #protocol} gives the types their
 * Python methods, which report completion with StopIteration.
 */
interface Sendable {
    /** Sends a value in: the value yielded, or {@link Generators.Returned} when finished. */
    Object sendIn(Object value);

    /** Throws exc in: the value yielded or {@link Generators.Returned}; an exception that escapes propagates. */
    Object throwIn(PyBaseException exc);

    void close();

    /** A Sendable that is a frame of its own: a generator or a coroutine. */
    interface OfFrame extends Sendable {
        ResumableFrame core();

        @Override
        default Object sendIn(Object value) {
            return core().resume(value, null);
        }

        @Override
        default Object throwIn(PyBaseException exc) {
            return core().throwIn(exc);
        }

        @Override
        default void close() {
            core().close();
        }
    }

    /** Registers send, throw and close on a type, and {@code __iter__} and {@code __next__} for iterators. */
    static void protocol(PyType t, boolean iterator) {
        method(t, "send(self, value, /)", a -> orStop(((Sendable) a[0]).sendIn(a[1])));
        method(t, "throw(self, typ, val=None, tb=None, /)",
                a -> orStop(((Sendable) a[0]).throwIn(withTraceback(a[3], () -> makeException(a[1], a[2])))));
        method(t, "close(self, /)", a -> {
            ((Sendable) a[0]).close();
            return PyTypes.NONE;
        });
        if (iterator) {
            method(t, "__iter__(self, /)", a -> a[0]);
            method(t, "__next__(self, /)", a -> orStop(((Sendable) a[0]).sendIn(PyTypes.NONE)));
        }
    }

    /** Registers {@code __repr__} as {@code <generator object qualname at 0x...>} with the type's name. */
    static void repr(PyType t, java.util.function.Function<Object, ResumableFrame> core) {
        method(t, "__repr__(self, /)", a -> "<" + t.name + " object " + core.apply(a[0]).qualname + " at 0x"
                + Long.toHexString(Introspection.id(a[0])) + ">");
    }

    /** The yielded value, or StopIteration carrying the return value. */
    static Object orStop(Object r) {
        if (r instanceof Generators.Returned ret) {
            throw stopIteration(ret.value());
        }
        return r;
    }

    static RuntimeException stopIteration(Object value) {
        PyTuple args = value == PyTypes.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyBaseException(dev.krait.runtime.ExceptionTypes.STOP_ITERATION, args).asThrowable();
    }

    /** throw()'s third argument, a traceback given to the exception (checked before anything else). */
    static PyBaseException withTraceback(Object tb, java.util.function.Supplier<PyBaseException> exception) {
        if (tb != null && tb != PyTypes.NONE && !(tb instanceof dev.krait.runtime.PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e = exception.get();
        if (tb instanceof dev.krait.runtime.PyTraceback t) {
            e.traceback = t;
        }
        return e;
    }

    /** The exception throw(typ, val) raises: an instance, or a class instantiated with val. */
    static PyBaseException makeException(Object typ, Object val) {
        if (typ instanceof PyBaseException e) {
            if (val != null && val != PyTypes.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(dev.krait.runtime.ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException e && e.isInstance(t)) {
                return e;
            }
            Object made = val == null || val == PyTypes.NONE ? Ops.call(t)
                    : val instanceof PyTuple args ? Ops.call(t, args.array()) : Ops.call(t, val);
            return (PyBaseException) made;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Ops.typeName(typ));
    }
}

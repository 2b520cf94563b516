package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyTypes;

/** The {@code yield from} protocol: SEND to generators and other iterators, and delegated throw/close. */
final class Generators {
    private Generators() {}

    /** What SEND gets when the sub-iterator finishes instead of yielding: its return value. */
    record Returned(Object value) {}

    /** Sends {@code value} into {@code receiver}: the value it yields, or {@link Returned}. */
    static Object send(Object receiver, Object value) {
        if (receiver instanceof Sendable g) {
            return g.sendIn(value);
        }
        try {
            if (value == PyTypes.NONE) {
                if (receiver instanceof dev.krait.runtime.PyIterator it) {
                    Object r = it.next();
                    return r == null ? new Returned(PyTypes.NONE) : r;
                }
                // A Python iterator's StopIteration carries the value yield from returns.
                return Ops.callSpecial(receiver, "__next__");
            }
            return Ops.call(Attributes.get(receiver, "send"), value);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return new Returned(e.value.firstArg());
            }
            throw e;
        }
    }

    static Object yieldFromIter(Object o) {
        return o instanceof PyGenerator ? o : Iteration.iter(o);
    }

    /**
     * throw() while paused in {@code yield from} or {@code await}: throws into the sub-iterator. Returns what it
     * yields, {@link Returned} if it finished, or null if the exception is to be raised in the outer frame itself
     * (GeneratorExit, or a sub-iterator without {@code throw}); a PyException from the sub-iterator propagates.
     */
    static Object throwInto(Object delegate, PyBaseException exc) {
        if (exc.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
            closeDelegate(delegate);
            return null;
        }
        if (delegate instanceof Sendable g) {
            return g.throwIn(exc);
        }
        try {
            Object thrower = Attributes.find(delegate, "throw");
            if (thrower == null) {
                return null;
            }
            return Ops.call(thrower, exc);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return new Returned(e.value.firstArg());
            }
            throw e;
        }
    }

    static void closeDelegate(Object delegate) {
        if (delegate instanceof Sendable g) {
            g.close();
            return;
        }
        Object closer = Attributes.find(delegate, "close");
        if (closer != null) {
            Ops.call(closer);
        }
    }
}

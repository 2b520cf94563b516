package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/** Raising and catching: RAISE_VARARGS, except-clause matching, implicit chaining, with-statement protocol. */
final class Raising {
    private Raising() {}

    /** RAISE_VARARGS: 0 re-raises the handled exception, 1 raises exc, 2 raises exc from cause. */
    static PyException raise(ThreadState ts, int argc, Object[] s, int sp) {
        if (argc == 0) {
            PyBaseException handled = ts.currentHandled();
            if (handled == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            return handled.asThrowable();
        }
        Object excArg = argc == 2 ? s[sp - 2] : s[sp - 1];
        PyBaseException exc = instantiate(excArg, false);
        if (argc == 2) {
            Object causeArg = s[sp - 1];
            if (causeArg == PyTypes.NONE) {
                exc.cause = null;
            } else {
                exc.cause = instantiate(causeArg, true);
            }
            exc.suppressContext = true;
        }
        if (exc.traceback != null) {
            // An exception raised before (so unwinding will not chain it again) gets the context now, as at any raise.
            linkContext(ts, exc);
        }
        return exc.asThrowable();
    }

    /** An exception instance from {@code raise X}: X itself, or X() when X is an exception class. */
    private static PyBaseException instantiate(Object o, boolean isCause) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            Object made = Ops.call(t);
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, "
                    + "not " + Ops.typeName(made));
        }
        throw Errors.typeError(isCause ? "exception causes must derive from BaseException"
                : "exceptions must derive from BaseException");
    }

    /** Sets {@code __context__} to the exception being handled when a new one is raised inside a handler. */
    static void chainContext(ThreadState ts, PyBaseException exc) {
        if (exc.traceback == null) {
            linkContext(ts, exc);
        }
    }

    private static void linkContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.currentHandled();
        if (handled == null || handled == exc) {
            return;
        }
        // Break any cycle: exc must not appear in handled's own context chain. That chain may already loop
        // (contexts set by hand), so a second pointer at half speed stops the walk when it comes round.
        PyBaseException o = handled;
        PyBaseException slow = handled;
        boolean advanceSlow = false;
        for (PyBaseException next = o.context; next != null; next = o.context) {
            if (next == exc) {
                o.context = null;
                break;
            }
            o = next;
            if (o == slow) {
                break;
            }
            if (advanceSlow) {
                slow = slow.context;
            }
            advanceSlow = !advanceSlow;
        }
        exc.context = handled;
    }

    /** CHECK_EXC_MATCH: isinstance of an exception class or tuple of them; anything else is an error. */
    static Object matches(PyBaseException exc, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.array()) {
                checkCatchable(x);
            }
            for (Object x : t.array()) {
                if (exc.isInstance((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.isInstance((PyType) type);
    }

    private static void checkCatchable(Object type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** BEFORE_WITH: replaces the manager with its bound __exit__ and pushes __enter__()'s result. */
    static void beforeWith(Object[] s, int sp) {
        Object mgr = s[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol "
                    + "(missed __exit__ method)");
        }
        s[sp - 1] = dev.krait.runtime.Attributes.bindDescriptor(exit, mgr, t);
        s[sp] = Ops.callMethod(enter, mgr);
    }

    /** WITH_EXCEPT_START: {@code exit(type, value, traceback)} for the exception being handled. */
    static Object withExceptStart(Object exit, PyBaseException exc) {
        Object tb = exc.traceback == null ? PyTypes.NONE : exc.traceback;
        return Ops.call(exit, exc.type(), exc, tb);
    }
}

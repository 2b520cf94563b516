package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.Opcodes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Introspection;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/**
 * A generator: a suspended frame resumed by {@code next}, {@code send}, {@code throw} and {@code close}. As a
 * built-in iterator it reports exhaustion by returning null, so {@code for} loops over generators never raise.
 */
public final class PyGenerator extends PyIterator {
    static final PyType TYPE = PyIterator.iteratorType("generator");

    static {
        method(TYPE, "__next__(self, /)", a -> ((PyGenerator) a[0]).sendOrStop(PyTypes.NONE));
        method(TYPE, "send(self, value, /)", a -> ((PyGenerator) a[0]).sendOrStop(a[1]));
        method(TYPE, "throw(self, typ, val=None, tb=None, /)", a -> ((PyGenerator) a[0]).throwOrStop(a[1], a[2]));
        method(TYPE, "close(self, /)", a -> {
            ((PyGenerator) a[0]).close();
            return PyTypes.NONE;
        });
        method(TYPE, "__repr__(self, /)", a -> "<generator object " + ((PyGenerator) a[0]).qualname + " at 0x"
                + Long.toHexString(Introspection.id(a[0])) + ">");
        PyGetSet.readonly(TYPE, "__name__", o -> ((PyGenerator) o).name);
        PyGetSet.readonly(TYPE, "__qualname__", o -> ((PyGenerator) o).qualname);
        PyGetSet.readonly(TYPE, "gi_running", o -> ((PyGenerator) o).running);
        PyGetSet.readonly(TYPE, "gi_code", o -> ((PyGenerator) o).frame.code);
        PyGetSet.readonly(TYPE, "gi_frame", o -> ((PyGenerator) o).finished ? PyTypes.NONE : ((PyGenerator) o).frame);
        PyGetSet.readonly(TYPE, "gi_suspended", o -> {
            PyGenerator g = (PyGenerator) o;
            return g.started && !g.finished && !g.running;
        });
        PyGetSet.readonly(TYPE, "gi_yieldfrom", o -> {
            Object r = ((PyGenerator) o).yieldFromReceiver();
            return r == null ? PyTypes.NONE : r;
        });
    }

    private final Frame frame;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The value of the return statement that finished the generator (None if none), for yield from. */
    Object returnValue = PyTypes.NONE;

    PyGenerator(Frame frame, String name, String qualname) {
        super(TYPE);
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
    }

    boolean isFinished() {
        return finished;
    }

    @Override
    public Object next() {
        return resume(PyTypes.NONE, null);
    }

    /**
     * Resumes with a sent value (or a thrown exception); returns the next yielded value, or null when the
     * generator returns (its value is then in {@link #returnValue}).
     */
    Object resume(Object sent, RuntimeException thrown) {
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            return null;
        }
        if (running) {
            throw Errors.raise(ExceptionTypes.VALUE_ERROR, "generator already executing");
        }
        if (!started && thrown == null && sent != PyTypes.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (started && thrown == null) {
            frame.slots[frame.sp++] = sent;
        }
        started = true;
        return run(thrown);
    }

    /** Runs the prepared frame to its next yield or its end. */
    private Object run(RuntimeException thrown) {
        frame.pendingThrow = thrown;
        running = true;
        ThreadState ts = ThreadState.current();
        PyBaseException handled = ts.handledException;
        Object result;
        try {
            result = Interpreter.execute(ts, frame);
        } catch (PyException e) {
            finished = true;
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                PyBaseException re = new PyBaseException(ExceptionTypes.RUNTIME_ERROR,
                        PyTuple.of("generator raised StopIteration"));
                re.cause = e.value;
                re.context = e.value;
                re.suppressContext = true;
                throw re.asThrowable();
            }
            throw e;
        } finally {
            running = false;
            ts.handledException = handled;
        }
        if (frame.suspended) {
            return result;
        }
        finished = true;
        returnValue = result;
        return null;
    }

    /** {@code send(value)}: the next yielded value, or StopIteration carrying the return value. */
    Object sendOrStop(Object value) {
        return orStop(resume(value, null));
    }

    /** The yielded value, or StopIteration carrying the return value (only the first time it is reported). */
    private Object orStop(Object yielded) {
        if (yielded == null) {
            Object value = returnValue;
            returnValue = PyTypes.NONE;
            throw stopIteration(value);
        }
        return yielded;
    }

    static PyException stopIteration(Object value) {
        PyTuple args = value == PyTypes.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyBaseException(ExceptionTypes.STOP_ITERATION, args).asThrowable();
    }

    /** {@code throw(exc)}: raises exc at the paused yield, delegating to a {@code yield from} sub-iterator. */
    Object throwOrStop(Object typ, Object val) {
        PyBaseException exc = makeException(typ, val);
        RuntimeException toRaise = exc.asThrowable();
        Object delegate = yieldFromReceiver();
        if (delegate != null) {
            try {
                Object r = Generators.throwInto(delegate, exc);
                if (r instanceof Generators.Returned ret) {
                    return orStop(resumeAfterDelegateReturned(ret.value()));
                }
                if (r != null) {
                    return r;
                }
            } catch (PyException e) {
                toRaise = e;
            }
        }
        return orStop(resume(null, toRaise));
    }

    /** The sub-iterator finished: continue as SEND would, with its value replacing it on the stack. */
    private Object resumeAfterDelegateReturned(Object value) {
        int send = frame.code.original[frame.pc - 2];
        frame.slots[frame.sp - 1] = value;
        frame.pc = Code.arg(send);
        return run(null);
    }

    /** The sub-iterator of a {@code yield from} the generator is paused in, or null. */
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

    void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PyBaseException exit = new PyBaseException(ExceptionTypes.GENERATOR_EXIT);
        Object delegate = yieldFromReceiver();
        try {
            if (delegate != null) {
                Generators.closeDelegate(delegate);
            }
            Object r = resume(null, exit.asThrowable());
            if (r != null) {
                throw Errors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.GENERATOR_EXIT) || e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
    }

    private static PyBaseException makeException(Object typ, Object val) {
        if (typ instanceof PyBaseException e) {
            if (val != null && val != PyTypes.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
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

package dev.krait.vm;

import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/**
 * A generator: a suspended frame resumed by {@code next}, {@code send}, {@code throw} and {@code close}. As a
 * built-in iterator it reports exhaustion by returning null, so {@code for} loops over generators never raise.
 */
public final class PyGenerator extends PyIterator implements ResumableFrame.PausedFirst, Sendable.OfFrame {
    static final PyType TYPE = PyIterator.iteratorType("generator");

    static {
        Sendable.protocol(TYPE, true);
        Sendable.repr(TYPE, o -> ((PyGenerator) o).core);
        ResumableFrame.attributes(TYPE, "gi", "yieldfrom", o -> ((PyGenerator) o).core);
    }

    final ResumableFrame core;
    /**
     * Set when a for loop got this generator, not yet started, from a call (GET_ITER 1): nothing else holds it, so
     * the loop closes it when left early, as CPython's reference counting does.
     */
    boolean ownedByLoop;
    /** Its {@link dev.krait.runtime.Finalizers} guardian, if it has finally blocks to run when dropped. */
    Object guardian;

    /**
     * Its first pause: from now on dropping it runs its finally blocks, so it gets a guardian, unless a for loop
     * owns it (the loop closes it). Guarding it only now spares the generators that loops run to their end the
     * guardian's cost (the JVM's finalization of one object each).
     */
    @Override
    public void pausedFirst() {
        if (!ownedByLoop) {
            guardian = dev.krait.runtime.Finalizers.guardLater(this);
        }
    }

    PyGenerator(Frame frame, String name, String qualname) {
        super(TYPE);
        this.core = new ResumableFrame(frame, ResumableFrame.GENERATOR, name, qualname);
    }

    @Override
    public Object next() {
        return next(ThreadState.current());
    }

    /** {@link #next()} on the calling thread's state, which the interpreter has at hand. */
    Object next(ThreadState ts) {
        Object r = core.resume(ts, PyTypes.NONE, null);
        return r instanceof Generators.Returned ? null : r;
    }

    /** GET_ITER 1: a generator not yet started that a for loop gets from a call belongs to the loop. */
    static void claimForLoop(Object iterator) {
        if (iterator instanceof PyGenerator g && g.core.isFresh()) {
            g.ownedByLoop = true;
        }
    }

    /** POP_ITER, and exception unwinding: closes the generators owned by loops among stack slots from..to-1. */
    static void closeDropped(ThreadState ts, Frame f, Object[] s, int from, int to, int at) {
        for (int i = to - 1; i >= from; i--) {
            if (s[i] instanceof PyGenerator g && g.ownedByLoop) {
                g.closeDropped(ts, f, at);
            }
        }
    }

    /**
     * Closes a generator its loop drops (break, return or an exception leaving the loop), or that is still alive
     * when the program ends, as CPython does when it frees a suspended generator: an exception from close() is
     * reported as unraisable, not raised. {@code f} and {@code at} are the frame and instruction dropping it (no
     * frame at exit).
     */
    void closeDropped(ThreadState ts, Frame f, int at) {
        ownedByLoop = false;
        try {
            core.close();
        } catch (PyException e) {
            Unraisable.report(ts, this, e.value, f, at);
        }
    }

    @Override
    public ResumableFrame core() {
        return core;
    }
}

package dev.krait.vm;

import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/**
 * A generator: a suspended frame resumed by {@code next}, {@code send}, {@code throw} and {@code close}. As a
 * built-in iterator it reports exhaustion by returning null, so {@code for} loops over generators never raise.
 */
public final class PyGenerator extends PyIterator implements Sendable.OfFrame {
    static final PyType TYPE = PyIterator.iteratorType("generator");

    static {
        Sendable.protocol(TYPE, true);
        Sendable.repr(TYPE, o -> ((PyGenerator) o).core);
        ResumableFrame.attributes(TYPE, "gi", "yieldfrom", o -> ((PyGenerator) o).core);
    }

    final ResumableFrame core;

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

    @Override
    public ResumableFrame core() {
        return core;
    }
}

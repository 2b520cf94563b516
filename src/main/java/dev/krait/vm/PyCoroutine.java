package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/**
 * A coroutine, made by calling an {@code async def} function: driven by send, throw and close like a generator,
 * but not iterable; {@code await} drives it directly and {@code __await__()} wraps it as an iterator.
 */
public final class PyCoroutine extends PyObject implements ResumableFrame.PausedFirst, Sendable.OfFrame {
    static final PyType TYPE = PyTypes.fixed("coroutine", t -> {
        Sendable.protocol(t, false);
        Sendable.repr(t, o -> ((PyCoroutine) o).core);
        ResumableFrame.attributes(t, "cr", "await", o -> ((PyCoroutine) o).core);
        PyGetSet.readonly(t, "cr_origin", o -> PyTypes.NONE);
        method(t, "__await__(self, /)", a -> new Wrapper((PyCoroutine) a[0]));
    });

    final ResumableFrame core;
    /**
     * Its {@link dev.krait.runtime.Finalizers} guardian, once it needs one: paused with finally blocks to run, or
     * found unawaited where a drop was noticed (it is warned about if that drop was its last).
     */
    Object guardian;

    @Override
    public void pausedFirst() {
        if (guardian == null) {
            guardian = dev.krait.runtime.Finalizers.guardLater(this);
        }
    }

    PyCoroutine(Frame frame, String name, String qualname) {
        this.core = new ResumableFrame(frame, ResumableFrame.COROUTINE, name, qualname);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public ResumableFrame core() {
        return core;
    }

    /** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
    static final class Wrapper extends PyObject implements Sendable {
        static final PyType TYPE = PyTypes.fixed("coroutine_wrapper", t -> Sendable.protocol(t, true));

        private final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = coroutine;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object sendIn(Object value) {
            return coroutine.sendIn(value);
        }

        @Override
        public Object throwIn(PyBaseException exc) {
            return coroutine.throwIn(exc);
        }

        @Override
        public void close() {
            coroutine.close();
        }
    }
}

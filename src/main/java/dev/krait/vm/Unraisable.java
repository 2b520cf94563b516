package dev.krait.vm;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.ThreadState;

/**
 * Exceptions that cannot be raised where they happen (in the clean-up of a dropped generator), printed to stderr
 * as CPython's default unraisable hook prints them, and then forgotten.
 */
final class Unraisable {
    private Unraisable() {}

    /**
     * Prints "Exception ignored in: repr(obj)" and the traceback of {@code exc}, without its context; an exception
     * that has none (one raised by the clean-up itself) is shown at instruction {@code at} of frame {@code f} (if
     * any), as CPython shows it at the current frame.
     */
    static void report(ThreadState ts, Object obj, PyBaseException exc, Frame f, int at) {
        if (exc.traceback == null && f != null) {
            Tracebacks.addEntry(exc, f, at);
        }
        ts.context.stderr.print("Exception ignored in: " + Ops.repr(obj) + "\n"
                + TracebackPrinter.formatWithoutChain(ts.context, exc));
        ts.context.stderr.flush();
    }
}

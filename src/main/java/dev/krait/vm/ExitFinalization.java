package dev.krait.vm;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyException;
import dev.krait.runtime.ThreadState;

import java.util.List;

/**
 * What CPython does for the objects a program leaves alive when it ends: closes its suspended generators (their
 * finally blocks run) and calls {@code __del__} of its objects, oldest first; an exception from either is
 * printed as unraisable. Objects the program dropped earlier are not finalized (see
 * {@link dev.krait.runtime.ExitFinalizers}).
 */
public final class ExitFinalization {
    private ExitFinalization() {}

    /** Objects that finalizers make are finalized too, up to this many rounds. */
    private static final int MAX_ROUNDS = 8;

    public static void run(ThreadState ts) {
        ts.context.exitFinalizers.start();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Object> live = ts.context.exitFinalizers.takeReachable();
            if (live.isEmpty()) {
                return;
            }
            ts.context.finalizing = true;
            for (Object o : live) {
                finalizeOne(ts, o);
            }
        }
    }

    private static void finalizeOne(ThreadState ts, Object o) {
        if (o instanceof PyGenerator g) {
            g.closeDropped(ts, null, 0);
            return;
        }
        Object del = Ops.type(o).lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            Ops.callMethod(del, o);
        } catch (PyException e) {
            Unraisable.report(ts, del, e.value, null, 0);
        }
    }
}

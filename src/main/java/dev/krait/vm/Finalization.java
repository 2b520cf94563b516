package dev.krait.vm;

import dev.krait.runtime.Finalizers;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Warnings;

import java.util.List;

/**
 * Running finalizers as CPython does: {@code __del__} of an object, closing a suspended generator or coroutine (its
 * finally blocks run), with an exception from either printed as unraisable, and the RuntimeWarning for a coroutine
 * never awaited. For objects the program drops, at the moments it typically drops them ({@link #afterDrop},
 * {@link #afterReturn}, {@link #popped}) when prompt finalization is on (see {@link Finalizers}); for what is still
 * alive when the program ends, in the order CPython's shutdown finalizes it ({@link #atExit}).
 */
public final class Finalization {
    private Finalization() {}

    /** Objects that finalizers make or drop are finalized too, up to this many rounds. */
    private static final int MAX_ROUNDS = 8;

    /**
     * {@code namespace[name] = value}, as STORE_NAME and STORE_GLOBAL do; when the value replaced needs finalizing
     * or holds such values, returns its {@link #releaseOrder} for {@link #afterDrop}, else null.
     */
    static int[] replace(ThreadState ts, PyDict namespace, String name, Object value) {
        Object old = ts.context.finalizers.anyGuarded() ? namespace.get(name) : null;
        namespace.put(name, value);
        int[] order = releaseOrder(old);
        return needsFinalizing(old) || order.length > 0 ? order : null;
    }

    /**
     * The order in which CPython releases the objects to finalize that a dropped list, tuple or dict holds among
     * its first items (a list or tuple from its end, a dict from its start), as identity hashes: a hint for
     * {@link DropOrder} that holds no reference, so that the collector can find them unreachable.
     */
    static int[] releaseOrder(Object old) {
        prepareDrop(old);
        int[] order = new int[HELD_LIMIT];
        return java.util.Arrays.copyOf(order, heldFinalizable(old, order));
    }

    /** How many of a container's items {@link #releaseOrder} and {@link #afterReturn} look at. */
    private static final int HELD_LIMIT = 64;

    /**
     * The number of objects to finalize among the items of a list, tuple or dict {@code o} that CPython releases
     * first, in that order, their identity hashes stored into {@code hashes}; with {@code hashes} null, 1 at the
     * first one found.
     */
    private static int heldFinalizable(Object o, int[] hashes) {
        if (!(o instanceof PyList || o instanceof PyTuple || o instanceof PyDict)) {
            return 0;
        }
        List<Object> items = new java.util.ArrayList<>();
        ReleaseOrder.referents(o, items, HELD_LIMIT);
        int n = 0;
        for (Object item : items) {
            if (needsFinalizing(item)) {
                if (hashes == null) {
                    return 1;
                }
                hashes[n++] = System.identityHashCode(item);
            }
        }
        return n;
    }

    /**
     * After {@code del} of a name, or rebinding of one whose value needed finalizing (or held such values), in
     * frame {@code f} with stack pointer {@code sp}: the values left above the stack pointer are cleared (they may
     * hold the object), then whatever the program has dropped is finalized, those the value held in
     * {@code releaseOrder} first.
     */
    static void afterDrop(ThreadState ts, Frame f, int sp, int[] releaseOrder) {
        if (ts.context.finalizers.anyGuarded()) {
            java.util.Arrays.fill(f.slots, sp, f.slots.length, null);
            finalizeDropped(ts, false, releaseOrder);
        }
    }

    /**
     * After frame {@code f} returned normally: if a local other than a parameter (or a value left on its stack) is
     * an object to finalize or a container holding one, CPython finalized it when the frame went away. The frame's
     * slots are cleared first (nothing reads a returned function frame's locals) so that the collector can find
     * the objects unreachable.
     */
    static void afterReturn(ThreadState ts, Frame f) {
        Object[] s = f.slots;
        boolean any = false;
        // The parameters' values came from the caller, which holds them still (self of __init__, say).
        for (int i = f.code.argcount + f.code.kwonlyargcount; i < s.length; i++) {
            any |= prepareDrop(s[i]) || heldFinalizable(s[i], null) > 0;
        }
        if (any) {
            java.util.Arrays.fill(s, null);
            finalizeDropped(ts, false, null);
        }
    }

    /** Whether POP_TOP dropping {@code o} calls for {@link #popped}: a guarded instance, an unawaited coroutine. */
    static boolean finalizesWhenPopped(Object o) {
        return o instanceof PyInstance i && i.hasGuardian() || o instanceof PyCoroutine c && c.core.isFresh();
    }

    /**
     * POP_TOP of such a value at {@code f.slots[sp]}: a coroutine made and thrown away unawaited (a call's
     * result) is warned about at once; otherwise the collector looks for what was dropped.
     */
    static void popped(ThreadState ts, Frame f, int sp) {
        Object v = f.slots[sp];
        f.slots[sp] = null;
        if (v instanceof PyCoroutine c) {
            neverAwaited(c);
            return;
        }
        v = null; // not a root of the collection
        afterDrop(ts, f, sp, null);
    }

    private static void neverAwaited(PyCoroutine c) {
        c.core.close(); // marks it finished: it is warned about once
        Warnings.neverAwaited("coroutine '" + c.core.qualname + "' was never awaited");
    }

    /**
     * Whether dropping {@code o} calls for finalizing it; an unawaited coroutine, which has no guardian
     * unless it needs one, gets one now (so it is warned about if this drop is its last).
     */
    private static boolean prepareDrop(Object o) {
        if (o instanceof PyCoroutine c && c.guardian == null && c.core.isFresh()) {
            c.guardian = dev.krait.runtime.Finalizers.guardLater(c);
        }
        return needsFinalizing(o);
    }

    /** Whether {@code o} is an object to finalize when dropped. */
    static boolean needsFinalizing(Object o) {
        return o instanceof PyInstance i && i.type().hasFinalizer()
                || o instanceof PyGenerator g && g.guardian != null && g.core.isSuspended()
                || o instanceof PyCoroutine c && c.guardian != null && !c.core.isFinished();
    }

    private static void finalizeDropped(ThreadState ts, boolean force, int[] releaseOrder) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Object> dropped = ts.context.finalizers.takeDropped(force);
            if (dropped.isEmpty()) {
                return;
            }
            DropOrder order = new DropOrder(dropped, releaseOrder);
            for (Object o : order.acyclic()) {
                finalizeOne(ts, o);
            }
            ts.context.finalizers.deferCyclic(order.cyclic());
        }
    }

    /**
     * When the program has ended: what it dropped and has not been finalized yet, the reference cycles it dropped,
     * then what it left alive.
     */
    public static void atExit(ThreadState ts) {
        finalizeDropped(ts, true, null);
        ts.context.finalizers.start();
        // First, as CPython's collection at the start of its shutdown does: the reference cycles dropped earlier.
        for (Object o : ts.context.finalizers.takeCyclic()) {
            finalizeOne(ts, o);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Object> live = ts.context.finalizers.takeReachable();
            if (live.isEmpty()) {
                break;
            }
            ts.context.finalizing = true;
            for (Object o : ShutdownOrder.of(ts, live)) {
                finalizeOne(ts, o);
            }
        }
    }

    private static void finalizeOne(ThreadState ts, Object o) {
        if (o instanceof PyGenerator g) {
            g.closeDropped(ts, null, 0);
            return;
        }
        if (o instanceof PyCoroutine c) {
            if (c.core.isFresh()) {
                neverAwaited(c);
            } else {
                try {
                    c.core.close();
                } catch (PyException e) {
                    Unraisable.report(ts, c, e.value, null, 0);
                }
            }
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

package dev.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects of one context that need finalizing when the program ends, as CPython finalizes what is still
 * alive at exit: instances of classes with {@code __del__}, and generators whose code has try or with blocks
 * (closing them runs their finally blocks). Held weakly: an object the program dropped is collected, and without
 * reference counting there is no knowing when, so only objects still reachable at exit are finalized.
 */
public final class ExitFinalizers {
    private final List<WeakReference<Object>> registered = new ArrayList<>();
    /** The size at which the references to collected objects are dropped from {@link #registered}. */
    private int nextPurge = 1024;
    /** Set once the program has ended and finalization begun: what {@code sys.is_finalizing()} reports. */
    private volatile boolean started;

    /** Marks the start of finalization at exit. */
    public void start() {
        started = true;
    }

    public boolean started() {
        return started;
    }

    /** Registers {@code o}, made by the program running on this thread, for finalization at exit. */
    public static void register(Object o) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.context.exitFinalizers.add(o);
        }
    }

    private synchronized void add(Object o) {
        if (registered.size() >= nextPurge) {
            // A program may make millions of such generators: keep the list near the number still alive.
            registered.removeIf(r -> r.get() == null);
            nextPurge = Math.max(1024, 2 * registered.size());
        }
        registered.add(new WeakReference<>(o));
    }

    /**
     * The registered objects still reachable, oldest first, forgotten here; collects garbage first, so that
     * which objects are finalized does not depend on when the collector last ran. Empty if none was registered.
     */
    public List<Object> takeReachable() {
        synchronized (this) {
            if (registered.isEmpty()) {
                return List.of();
            }
        }
        System.gc();
        List<Object> live = new ArrayList<>();
        synchronized (this) {
            for (WeakReference<Object> r : registered) {
                Object o = r.get();
                if (o != null) {
                    live.add(o);
                }
            }
            registered.clear();
        }
        return live;
    }
}

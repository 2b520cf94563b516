package dev.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The objects of one context that need finalizing: instances of classes with {@code __del__}, and generators
 * whose code has try or with blocks (closing them runs their finally blocks). CPython finalizes such an object the
 * moment its reference count drops to zero, and what is still alive when the program ends. Krait has no reference
 * counts; it finalizes:
 * <ul>
 * <li>at exit, what is still reachable (held weakly here, so dropped objects are collected as usual);
 * <li>when {@linkplain #enablePrompt enabled} ({@code Krait.runMain}, and so the command line, does; an embedder's
 * {@code exec} does not, as it runs the JVM's collector), objects the program has dropped, found by a collection
 * at the moments a program typically drops one (a {@code del}, a name rebound, a value thrown away, a function
 * returning; see {@code vm.Finalization}). Each such object gets a {@link Guardian}, a small companion only it
 * references: the JVM finalizes the guardian once the object is unreachable, and the guardian hands the object
 * back to {@link #dropped}, where the interpreter finds it. Generators and coroutines get theirs only once they
 * need one (see {@link #guardLater}).
 * </ul>
 * The collections are rationed: beyond the first 32, they take at most an eighth of the run time; what they
 * miss is finalized at the next one or at exit.
 */
public final class Finalizers {
    private final List<WeakReference<Object>> registered = new ArrayList<>();
    /** The size at which the references to collected objects are dropped from {@link #registered}. */
    private int nextPurge = 1024;
    /** Set once the program has ended and finalization begun: what {@code sys.is_finalizing()} reports. */
    private volatile boolean started;

    private volatile boolean prompt;
    /** The objects with a guardian not yet found unreachable (weakly: the GC clears them synchronously). */
    private final List<WeakReference<Object>> guardedObjects = new ArrayList<>();
    private int nextGuardedPurge = 1024;
    private final AtomicInteger guarded = new AtomicInteger();
    /** Set once the program has made a coroutine (in prompt mode): one dropped unawaited is warned about. */
    private volatile boolean coroutinesMade;
    /** How many guarded objects collections found unreachable, and how many of their guardians have run. */
    private long died;
    private final AtomicLong arrived = new AtomicLong();
    /** The guardians the JVM has finalized: their objects are dropped by the program, waiting for finalizing. */
    private final ConcurrentLinkedQueue<Guardian> dropped = new ConcurrentLinkedQueue<>();
    /** Numbers the guardians in the order their objects were made. */
    private long made;
    private final long startNanos = System.nanoTime();
    private long collectingNanos;
    /** Dropped objects in reference cycles, which CPython's cycle collector finalizes later: at exit here. */
    private final List<Object> cyclic = new ArrayList<>();
    private int collections;

    /** Finalize dropped objects soon after they are dropped, not only at exit. */
    public void enablePrompt() {
        prompt = true;
    }

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
            ts.context.finalizers.add(o);
        }
    }

    /**
     * Registers a coroutine for its never-awaited warning at exit; from now on the interpreter watches for drops
     * (a coroutine needs no guardian until one is noticed).
     */
    public static void registerCoroutine(Object coroutine) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            Finalizers f = ts.context.finalizers;
            f.add(coroutine);
            if (f.prompt && !ts.watchingDrops) {
                f.coroutinesMade = true;
                ts.watchingDrops = true;
            }
        }
    }

    /**
     * Registers {@code o} for finalization at exit and, when prompt finalization is on, when dropped; returns the
     * guardian {@code o} must keep a reference to, or null.
     */
    public static Object registerGuarded(Object o) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return null;
        }
        ts.context.finalizers.add(o);
        return guardLater(o);
    }

    /**
     * A guardian for {@code o} (registered already), so that it is finalized when dropped, or null when prompt
     * finalization is off: for objects that only come to need it later (a generator paused inside a try block).
     */
    public static Object guardLater(Object o) {
        ThreadState ts = ThreadState.currentOrNull();
        Object guardian = ts == null ? null : ts.context.finalizers.guard(o);
        if (guardian != null) {
            ts.watchingDrops = true;
        }
        return guardian;
    }

    private synchronized void add(Object o) {
        if (registered.size() >= nextPurge) {
            // A program may make millions of such generators: keep the list near the number still alive.
            registered.removeIf(r -> r.get() == null);
            nextPurge = Math.max(1024, 2 * registered.size());
        }
        registered.add(new WeakReference<>(o));
    }

    private synchronized Object guard(Object o) {
        if (!prompt) {
            return null;
        }
        if (guardedObjects.size() >= nextGuardedPurge) {
            countDead();
            nextGuardedPurge = Math.max(1024, 2 * guardedObjects.size());
        }
        guardedObjects.add(new WeakReference<>(o));
        guarded.incrementAndGet();
        return new Guardian(o, this, made++);
    }

    /** Forgets the guarded objects the collector has found unreachable, counting them in {@link #died}. */
    private void countDead() {
        int found = 0;
        for (java.util.Iterator<WeakReference<Object>> it = guardedObjects.iterator(); it.hasNext(); ) {
            if (it.next().get() == null) {
                it.remove();
                found++;
            }
        }
        guarded.addAndGet(-found);
        died += found;
    }

    /**
     * Whether some object the program made may yet be found dropped (a guarded object, or a coroutine): a cheap
     * test for the interpreter's triggers (objects already found but not finalized yet wait for the next trigger
     * or the exit).
     */
    public boolean anyGuarded() {
        return guarded.get() > 0 || coroutinesMade;
    }

    /**
     * The objects found dropped since the last call, oldest first: after running the collector, unless the ration
     * says not to this time ({@code force}: run it anyway, as at exit).
     */
    public synchronized List<Object> takeDropped(boolean force) {
        if (guarded.get() > 0) {
            long now = System.nanoTime();
            if (force || collections < 32 || collectingNanos < (now - startNanos) / 8) {
                collect();
                collections++;
                collectingNanos += System.nanoTime() - now;
            }
        }
        List<Guardian> found = new ArrayList<>();
        for (Guardian g = dropped.poll(); g != null; g = dropped.poll()) {
            found.add(g);
        }
        found.sort((a, b) -> Long.compare(a.made, b.made));
        List<Object> out = new ArrayList<>(found.size());
        for (Guardian g : found) {
            out.add(g.guarded);
        }
        return out;
    }

    /** Keeps dropped objects in reference cycles for {@link #takeCyclic}. */
    public synchronized void deferCyclic(List<Object> objects) {
        cyclic.addAll(objects);
    }

    /** The dropped objects in reference cycles, in the order they were deferred, forgotten here. */
    public synchronized List<Object> takeCyclic() {
        List<Object> out = new ArrayList<>(cyclic);
        cyclic.clear();
        return out;
    }

    /**
     * Runs the collector and waits (a second at most) until the guardians of the guarded objects it found
     * unreachable have run: the collector clears weak references at once, but the JVM runs finalizers later, on
     * its own thread.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private void collect() {
        System.gc();
        countDead();
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (arrived.get() < died && System.nanoTime() < deadline) {
            System.runFinalization();
            Thread.onSpinWait();
        }
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

    /**
     * Referenced only by the object it guards, so the JVM finalizes it when that object becomes unreachable, and
     * its finalizer makes the object reachable again, queued for its Python finalizer. The JVM finalizes a
     * guardian once: an object that {@code __del__} resurrects is not finalized again (PEP 442).
     */
    private static final class Guardian {
        private final Object guarded;
        private final Finalizers owner;
        private final long made;

        Guardian(Object guarded, Finalizers owner, long made) {
            this.guarded = guarded;
            this.owner = owner;
            this.made = made;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            owner.dropped.add(this);
            owner.arrived.incrementAndGet();
        }
    }
}

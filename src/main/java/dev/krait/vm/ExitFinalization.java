package dev.krait.vm;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.ThreadState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What CPython does for the objects a program leaves alive when it ends: closes its suspended generators (their
 * finally blocks run) and calls {@code __del__} of its objects, in the order CPython's shutdown drops them (see
 * {@link #shutdownOrder}); an exception from either is
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
            for (Object o : shutdownOrder(ts, live)) {
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

    /**
     * The order CPython's shutdown finalizes what the main module holds, as observed: first the objects its names
     * refer to directly, in the order of the names; then what those held, a list or tuple last item first, a dict
     * or an instance's attributes first to last (walked depth first: an approximation, as CPython's order for
     * nested and shared objects also depends on its reference counts and collector). Objects reachable only
     * otherwise follow, oldest first.
     */
    private static List<Object> shutdownOrder(ThreadState ts, List<Object> live) {
        if (!(ts.context.modules.get("__main__") instanceof PyModule main)) {
            return live;
        }
        Set<Object> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.addAll(live);
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> ordered = new ArrayList<>(live.size());
        Deque<Object> stack = new ArrayDeque<>();
        List<Object> globals = new ArrayList<>();
        addDictValues(main.dict, globals);
        for (Object o : globals) {
            if (pending.remove(o)) {
                ordered.add(o);
            }
        }
        for (int i = globals.size() - 1; i >= 0; i--) {
            stack.push(globals.get(i));
        }
        List<Object> children = new ArrayList<>();
        while (!stack.isEmpty() && !pending.isEmpty()) {
            Object o = stack.pop();
            if (o == null || !visited.add(o)) {
                continue;
            }
            if (pending.remove(o)) {
                ordered.add(o);
            }
            children.clear();
            if (o instanceof PyList l) {
                for (int i = l.size() - 1; i >= 0; i--) {
                    children.add(l.get(i));
                }
            } else if (o instanceof PyTuple t) {
                for (int i = t.size() - 1; i >= 0; i--) {
                    children.add(t.get(i));
                }
            } else if (o instanceof PyDict d) {
                addDictValues(d, children);
            } else if (o instanceof PyInstance inst) {
                if (inst.layout() != null) {
                    for (int i = 0; i < inst.layout().size(); i++) {
                        children.add(inst.valueAt(i));
                    }
                } else if (inst.hasDict()) {
                    addDictValues(inst.dict(), children);
                }
            }
            // Pushed last first, so that the first child is walked (and dies) first.
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        for (Object o : live) {
            if (pending.contains(o)) {
                ordered.add(o);
            }
        }
        return ordered;
    }

    /** The keys and values of {@code d}, each key before its value, in insertion order. */
    private static void addDictValues(PyDict d, List<Object> out) {
        for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
            out.add(d.keyAt(e));
            out.add(d.valueAt(e));
        }
    }
}

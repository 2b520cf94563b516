package dev.krait.vm;

import dev.krait.runtime.PyInstance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which to finalize objects found dropped together, as CPython's reference counting would: an object
 * before the objects it refers to (its attributes, directly or inside a list, tuple or dict), since those die
 * only when it is gone, and those in the order it releases them. Otherwise objects keep the order they came in
 * (the order they were made, or the order a dropped container releases them).
 */
final class DropOrder {
    /** The objects in finalization order. */
    final List<Object> order;
    /**
     * Where the objects in reference cycles (or held by one) start in {@link #order}: CPython's reference counting
     * leaves those to its cycle collector, which runs at times of its own (and at exit).
     */
    private int cyclicFrom;

    /**
     * {@code dropped} (in the order the objects were made) reordered; those whose identity hashes
     * {@code releaseOrder} lists (the objects a dropped container held, in the order it releases them) come first.
     */
    DropOrder(List<Object> dropped, int[] releaseOrder) {
        this.order = order(dropped, releaseOrder);
    }

    /** The objects not in a cycle, to finalize now. */
    List<Object> acyclic() {
        return order.subList(0, cyclicFrom);
    }

    /** The objects in cycles, left for later. */
    List<Object> cyclic() {
        return order.subList(cyclicFrom, order.size());
    }

    private List<Object> order(List<Object> dropped, int[] releaseOrder) {
        if (releaseOrder != null && releaseOrder.length > 0) {
            dropped = new ArrayList<>(dropped);
            dropped.sort(java.util.Comparator.comparingInt(o -> rank(releaseOrder, System.identityHashCode(o))));
        }
        Map<Object, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < dropped.size(); i++) {
            position.put(dropped.get(i), i);
        }
        List<List<Integer>> refersTo = new ArrayList<>();
        int[] referrers = new int[dropped.size()];
        for (Object o : dropped) {
            List<Integer> targets = new ArrayList<>();
            if (o instanceof PyInstance i) {
                for (Object v : i.referents()) {
                    addTargets(v, position, targets, true);
                }
            }
            // An object holding itself has a referrer too, so it counts as a cycle below.
            for (int t : targets) {
                referrers[t]++;
            }
            refersTo.add(targets);
        }
        // As reference counting does: finalizing an object releases what it holds, in order, and one released by
        // its last holder is finalized right then (depth first). Objects nothing dropped holds start, in order;
        // then those in cycles (or held by one), each cycle entered at its earliest member.
        List<Object> out = new ArrayList<>(dropped.size());
        boolean[] done = new boolean[dropped.size()];
        ArrayDeque<int[]> releasing = new ArrayDeque<>(); // {object, index of the next of its targets}
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                cyclicFrom = out.size();
            }
            for (int start = 0; start < dropped.size(); start++) {
                if (done[start] || pass == 0 && referrers[start] > 0) {
                    continue;
                }
                done[start] = true;
                out.add(dropped.get(start));
                releasing.push(new int[] {start, 0});
                while (!releasing.isEmpty()) {
                    int[] top = releasing.peek();
                    List<Integer> targets = refersTo.get(top[0]);
                    if (top[1] == targets.size()) {
                        releasing.pop();
                        continue;
                    }
                    int t = targets.get(top[1]++);
                    if (--referrers[t] == 0 && !done[t]) {
                        done[t] = true;
                        out.add(dropped.get(t));
                        releasing.push(new int[] {t, 0});
                    }
                }
            }
        }
        return out;
    }

    private static int rank(int[] releaseOrder, int hash) {
        for (int i = 0; i < releaseOrder.length; i++) {
            if (releaseOrder[i] == hash) {
                return i;
            }
        }
        return releaseOrder.length;
    }

    /**
     * Adds the dropped objects that {@code v} is, or (one container deep) holds, in {@link ReleaseOrder}.
     */
    private static void addTargets(Object v, Map<Object, Integer> position, List<Integer> targets, boolean open) {
        Integer p = position.get(v);
        if (p != null) {
            targets.add(p);
        } else if (open && !(v instanceof PyInstance)) {
            List<Object> held = new ArrayList<>();
            ReleaseOrder.referents(v, held);
            for (Object h : held) {
                addTargets(h, position, targets, false);
            }
        }
    }
}

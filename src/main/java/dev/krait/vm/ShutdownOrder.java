package dev.krait.vm;

import dev.krait.runtime.ThreadState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The order in which CPython's shutdown finalizes what the program left alive, as observed: first the objects the
 * main module's names refer to directly, in the order of the names; then what those hold, walked depth first in
 * {@link ReleaseOrder} (an approximation: CPython's order for nested and shared objects also depends on its
 * reference counts and collector). Objects reachable only otherwise follow, oldest first.
 */
final class ShutdownOrder {
    private ShutdownOrder() {}

    static List<Object> of(ThreadState ts, List<Object> live) {
        if (!(ts.context.modules.get("__main__") instanceof PyModule main)) {
            return live;
        }
        Set<Object> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.addAll(live);
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> ordered = new ArrayList<>(live.size());
        List<Object> globals = new ArrayList<>();
        ReleaseOrder.referents(main.dict, globals);
        for (Object o : globals) {
            if (pending.remove(o)) {
                ordered.add(o);
            }
        }
        Deque<Object> stack = new ArrayDeque<>();
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
            ReleaseOrder.referents(o, children);
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
}

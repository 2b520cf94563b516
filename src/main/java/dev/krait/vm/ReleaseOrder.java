package dev.krait.vm;

import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;

import java.util.List;

/**
 * The objects an object holds, in the order CPython's reference counting releases them when it goes: a list's
 * or tuple's items last first, a dict's keys and values first to last (each key before its value), an instance's
 * attributes in the order they were set, then its slots. What the finalization order at a drop
 * ({@link DropOrder}) and at exit ({@link ShutdownOrder}) is made of.
 */
final class ReleaseOrder {
    private ReleaseOrder() {}

    /** Adds what {@code o} holds to {@code out}, in release order (nothing for other kinds of object). */
    static void referents(Object o, List<Object> out) {
        referents(o, out, Integer.MAX_VALUE);
    }

    /** {@link #referents(Object, List)}, the first {@code limit} of a list's, tuple's or dict's only. */
    static void referents(Object o, List<Object> out, int limit) {
        if (o instanceof PyList l) {
            for (int i = l.size() - 1; i >= Math.max(0, l.size() - limit); i--) {
                out.add(l.get(i));
            }
        } else if (o instanceof PyTuple t) {
            for (int i = t.size() - 1; i >= Math.max(0, t.size() - limit); i--) {
                out.add(t.get(i));
            }
        } else if (o instanceof PyDict d) {
            for (int e = d.next(0); e >= 0 && out.size() < limit; e = d.next(e + 1)) {
                out.add(d.keyAt(e));
                out.add(d.valueAt(e));
            }
        } else if (o instanceof PyInstance i) {
            out.addAll(i.referents());
        }
    }
}

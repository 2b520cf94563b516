package dev.krait.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The direct subclasses of one class, held weakly (classes may be collected), oldest first. Several threads of a
 * context may define classes at once, so every access takes this list's lock.
 */
final class SubclassList {
    private final List<WeakReference<PyType>> refs = new ArrayList<>();

    synchronized void add(PyType sub) {
        if (refs.size() >= 64 && Integer.bitCount(refs.size()) == 1) {
            refs.removeIf(r -> r.get() == null); // now and then, forget classes already collected
        }
        refs.add(new WeakReference<>(sub));
    }

    /** Forgets {@code sub} (whose bases were reassigned). */
    synchronized void remove(PyType sub) {
        refs.removeIf(r -> r.get() == sub || r.get() == null);
    }

    /** The subclasses still alive. */
    synchronized List<PyType> live() {
        List<PyType> out = new ArrayList<>(refs.size());
        for (WeakReference<PyType> r : refs) {
            PyType sub = r.get();
            if (sub != null) {
                out.add(sub);
            }
        }
        return out;
    }
}

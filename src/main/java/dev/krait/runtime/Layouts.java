package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Instance layouts, as CPython checks them when a class is created: every base has a solid base (the type that
 * fixed its instances' layout: object, int, list, BaseException, a class with {@code __slots__}...), and a class
 * can only combine bases whose solid bases lie on one line of inheritance. {@code class C(int, str)} would need
 * an object that is both an int and a str, so it is refused even though Krait could represent it.
 */
final class Layouts {
    private Layouts() {}

    /**
     * The base whose layout a class with these bases extends (its {@code __base__}): the one with the most derived
     * solid base. Raises TypeError for a base that cannot be subclassed or for conflicting layouts.
     */
    static PyType bestBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            if (!b.subclassable) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
            if (best == null || b.solidBase().isSubtypeOf(best.solidBase()) && b.solidBase() != best.solidBase()) {
                best = b;
            } else if (!best.solidBase().isSubtypeOf(b.solidBase())) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /**
     * Whether an instance of {@code from} may become an instance of {@code to} by {@code __class__} assignment:
     * CPython allows it when both have the same layout, found by climbing from each class past those that add
     * nothing to their base's layout, and then comparing what the two classes add.
     */
    static boolean sameLayout(PyType from, PyType to) {
        PyType a = layoutOwner(from);
        PyType b = layoutOwner(to);
        if (a == b) {
            return true;
        }
        return !a.builtin && !b.builtin && a.base() == b.base() && !Slots.storesItemsInline(a.base().solidBase())
                && a.instancesHaveDict() == b.instancesHaveDict() && slotNames(a).equals(slotNames(b));
    }

    /** The nearest class up from {@code t} that adds slots or a dict to its base's layout. */
    private static PyType layoutOwner(PyType t) {
        while (!t.builtin && t.slotCount() == t.base().slotCount()
                && t.instancesHaveDict() == t.base().instancesHaveDict()) {
            t = t.base();
        }
        return t;
    }

    private static List<String> slotNames(PyType t) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : t.dict().entrySet()) {
            if (e.getValue() instanceof PySlot) {
                names.add(e.getKey());
            }
        }
        Collections.sort(names);
        return names;
    }
}

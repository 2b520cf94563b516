package dev.krait.runtime;

import dev.krait.unicode.UnicodeChars;
import java.util.ArrayList;
import java.util.List;

/** {@code __slots__}: which attributes instances may hold without a dict, and their descriptors. */
final class Slots {
    private Slots() {}

    /**
     * The names declared by a class body's {@code __slots__} value, or null when it has none. {@code base} is the
     * base whose layout the class extends.
     */
    static List<String> declared(Object slotsValue, String className, PyType base) {
        if (slotsValue == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Object[] items = slotsValue instanceof String s ? new Object[] {s} : Iteration.toArray(slotsValue);
        if (items.length > 0 && storesItemsInline(base.solidBase())) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
        }
        // __dict__ and __weakref__ may each be asked for once, and only where the base lacks them.
        boolean mayAddDict = !base.instancesHaveDict();
        boolean mayAddWeakref = base.lookup("__weakref__") == null && !storesItemsInline(base.solidBase());
        for (Object item : items) {
            if (!(item instanceof String n)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + Ops.typeName(item) + "'");
            }
            if (!isIdentifier(n)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (!mayAddDict) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                mayAddDict = false;
            } else if (n.equals("__weakref__")) {
                if (!mayAddWeakref) {
                    throw Errors.typeError("__weakref__ slot disallowed: either we already got one, "
                            + "or __itemsize__ != 0");
                }
                mayAddWeakref = false;
            }
            names.add(mangle(className, n));
        }
        return names;
    }

    /**
     * Places a slot descriptor for each name (after the base's slots) and fixes the instance layout. Like CPython,
     * the slots are laid out in sorted order, so that classes declaring the same names in another order share a
     * layout (and {@code __class__} may switch between them).
     */
    static void install(PyType cls, List<String> names) {
        int index = cls.base().slotCount();
        boolean dict = cls.base().instancesHaveDict();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Compare::compareStrings);
        for (String n : sorted) {
            if (n.equals("__dict__")) {
                dict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue;
            }
            if (cls.dict().get(n) instanceof PySlot) {
                continue;
            }
            if (cls.dict().containsKey(n)) {
                throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            cls.dict().put(n, new PySlot(n, cls, index++));
        }
        cls.setLayout(index, dict);
        cls.invalidate();
    }

    /** CPython's int, bytes, tuple and type objects end with their items, which leaves no place for slots. */
    static boolean storesItemsInline(PyType solidBase) {
        return solidBase == PyTypes.INT || solidBase == PyBytes.TYPE || solidBase == PyTypes.TUPLE
                || solidBase == PyTypes.TYPE;
    }

    private static boolean isIdentifier(String n) {
        if (n.isEmpty() || !UnicodeChars.isIdentifierStart(n.codePointAt(0))) {
            return false;
        }
        return n.codePoints().allMatch(UnicodeChars::isIdentifierPart);
    }

    private static String mangle(String className, String n) {
        if (!n.startsWith("__") || n.endsWith("__")) {
            return n;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? n : "_" + stripped + n;
    }
}

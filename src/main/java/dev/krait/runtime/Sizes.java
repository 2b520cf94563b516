package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code __sizeof__}: the sizes CPython 3.11 (64-bit) reports for objects, from its memory layouts: a header of
 * 16 bytes, 8 per slot, and the variable part of ints (30-bit digits), strings (by widest character), tuples
 * and bytes. Other built-in types report object's basic size.
 */
final class Sizes {
    private Sizes() {}

    /** Registers {@code __sizeof__} on a built-in type whose instances {@link #of} sizes. */
    static void register(PyType t) {
        PyBuiltinFunction.method(t, "__sizeof__(self, /)", a -> of(a[0]));
    }

    static long of(Object o) {
        Object v = BuiltinSubclasses.valueOf(o);
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            int bits = Numbers.big(Numbers.asInt(v)).abs().bitLength();
            return 24 + 4L * Math.max(1, (bits + 29) / 30);
        }
        if (v instanceof Double) {
            return 24;
        }
        if (v instanceof PyComplex) {
            return 32;
        }
        if (v instanceof String s) {
            return stringSize(s);
        }
        if (v instanceof PyTuple t) {
            return 24 + 8L * t.size();
        }
        if (v instanceof PyBytes) {
            return 33 + BytesOps.lengthOf(v);
        }
        PyType t = Ops.type(o);
        // Object's header, the slots, and the weak reference slot of classes that have one.
        return 16 + 8L * t.slotCount() + (t.builtin || t.lookup("__weakref__") == null ? 0 : 8);
    }

    /** CPython's compact strings: one, two or four bytes a character after a header that depends on the kind. */
    private static long stringSize(String s) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        if (max < 0x80) {
            return 49 + n;
        }
        if (max < 0x100) {
            return 73 + n;
        }
        return max < 0x10000 ? 74 + 2L * n : 76 + 4L * n;
    }
}

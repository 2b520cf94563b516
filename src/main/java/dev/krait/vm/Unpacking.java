package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;

/** UNPACK_SEQUENCE and UNPACK_EX: spread an iterable onto the stack, first item on top. */
final class Unpacking {
    private Unpacking() {}

    /** Replaces s[at] with exactly n items, s[at + n - 1] being the first. */
    static void exactly(Object[] s, int at, int n) {
        Object seq = s[at];
        Object[] items;
        int size;
        if (seq instanceof PyTuple t) {
            items = t.array();
            size = t.size();
        } else if (seq instanceof PyList l) {
            items = l.array();
            size = l.size();
        } else {
            items = drain(seq, n);
            size = items.length;
        }
        if (size != n) {
            throw size < n
                    ? Errors.valueError("not enough values to unpack (expected " + n + ", got " + size + ")")
                    : Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = 0; i < n; i++) {
            s[at + n - 1 - i] = items[i];
        }
    }

    /** Reads at most n + 1 items, so an endless iterator still reports "too many values". */
    private static Object[] drain(Object seq, int n) {
        if (!Calls.isIterable(seq)) {
            throw Errors.typeError("cannot unpack non-iterable " + Ops.typeName(seq) + " object");
        }
        Object it = Iteration.iter(seq);
        PyList out = new PyList();
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            out.append(x);
            if (out.size() > n) {
                break;
            }
        }
        return out.toArray();
    }

    /** {@code a, *b, c = seq}: before items, a list, after items. */
    static void starred(Object[] s, int at, int before, int after) {
        Object seq = s[at];
        if (!(seq instanceof PyTuple) && !(seq instanceof PyList) && !Calls.isIterable(seq)) {
            throw Errors.typeError("cannot unpack non-iterable " + Ops.typeName(seq) + " object");
        }
        Object[] items = Iteration.toArray(seq);
        int size = seq instanceof PyList l ? l.size() : items.length;
        if (size < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + size + ")");
        }
        int total = before + after + 1;
        int k = at + total - 1;
        for (int i = 0; i < before; i++) {
            s[k--] = items[i];
        }
        int middle = size - before - after;
        Object[] rest = new Object[middle];
        System.arraycopy(items, before, rest, 0, middle);
        s[k--] = new PyList(rest, middle);
        for (int i = size - after; i < size; i++) {
            s[k--] = items[i];
        }
    }
}

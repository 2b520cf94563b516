package dev.krait.runtime;

import java.math.BigInteger;

/**
 * Sequence operators: concatenation and repetition of str, list, tuple, bytes and bytearray ({@code +=} and
 * {@code *=} on a list or bytearray change it in place), and {@code str % args}.
 */
final class Sequences {
    private Sequences() {}

    /** The operator's result, or null when these operands are not a built-in sequence operation. */
    static Object binary(BinaryOp op, Object a, Object b, boolean inplace) {
        if (op == BinaryOp.ADD) {
            if (inplace && (a instanceof PyList || a instanceof PyByteArray && BytesOps.isBytesLike(b))) {
                // A class's __radd__ comes before the in-place concatenation, as number slots come before
                // sequence ones in CPython.
                Object r = reflectedAdd(a, b);
                if (r != null) {
                    return r;
                }
                return a instanceof PyList l ? extendInPlace(l, b) : BytesOps.extendInPlace((PyByteArray) a, b);
            }
            return concat(a, b);
        }
        if (op == BinaryOp.MUL) {
            Object seq = isRepeatable(a) ? a : isRepeatable(b) ? b : null;
            Object count = seq == a ? b : a;
            if (seq == null || !isCount(count)) {
                return null;
            }
            if (inplace && seq == a && (a instanceof PyList || a instanceof PyByteArray)) {
                return a instanceof PyList l ? repeatInPlace(l, count) : BytesOps.repeatInPlace((PyByteArray) a, count);
            }
            return repeat(seq, count);
        }
        if (op == BinaryOp.MOD && a instanceof String fmt) {
            return PercentFormat.format(fmt, b);
        }
        if (op == BinaryOp.MOD && (a instanceof PyBytes || a instanceof PyByteArray)) {
            return BytesOps.percentFormat(a, b);
        }
        return null;
    }

    /** What {@code b.__radd__(a)} returns when b's class defines it in Python, or null (also for NotImplemented). */
    private static Object reflectedAdd(Object a, Object b) {
        if (!(b instanceof PyInstance)) {
            return null;
        }
        Object radd = Ops.type(b).lookup("__radd__");
        if (radd == null || radd instanceof PyBuiltinFunction) {
            return null;
        }
        Object r = Ops.callMethod(radd, b, a);
        return r == Ops.NOT_IMPLEMENTED ? null : r;
    }

    private static Object concat(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            PyList r = new PyList(x.toArray(), x.size());
            r.extend(y.array(), y.size());
            return r;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            Object[] r = new Object[x.size() + y.size()];
            System.arraycopy(x.array(), 0, r, 0, x.size());
            System.arraycopy(y.array(), 0, r, x.size(), y.size());
            return PyTuple.of(r);
        }
        if ((a instanceof PyBytes || a instanceof PyByteArray) && BytesOps.isBytesLike(b)) {
            return BytesOps.concat(a, b);
        }
        return null;
    }

    /** {@code list += iterable}. */
    static PyList extendInPlace(PyList list, Object iterable) {
        Object[] items = iterable == list ? list.toArray() : Iteration.toArray(iterable);
        list.extend(items, items.length);
        return list;
    }

    /** {@code list *= n}. */
    static PyList repeatInPlace(PyList list, Object count) {
        PyList r = (PyList) repeat(list, count);
        list.setContents(r.array(), r.size());
        return list;
    }

    static boolean isRepeatable(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    static boolean isCount(Object o) {
        return Numbers.isInt(o) || !(o instanceof Double) && Ops.type(o).lookup("__index__") != null;
    }

    /**
     * The TypeError for an operator a sequence refused: "can't multiply sequence by non-int of type 'float'",
     * "can only concatenate list (not "int") to list"; null when the operands are not a sequence's business.
     */
    static PyException operandError(BinaryOp op, Object a, Object b, boolean inplace) {
        Object left = BuiltinSubclasses.valueOf(a);
        if (op == BinaryOp.ADD && isRepeatable(left)) {
            return concatError(a, b);
        }
        if (op != BinaryOp.MUL) {
            return null;
        }
        if (isRepeatable(left)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(b) + "'");
        }
        if (isRepeatable(BuiltinSubclasses.valueOf(b)) && !(inplace && hasSequenceSlots(Ops.type(a)))) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(a) + "'");
        }
        return null;
    }

    /**
     * The TypeError when sequence {@code a} (perhaps a subclass instance) cannot concatenate {@code b}: str, list
     * and tuple speak of their base type, bytes and bytearray name {@code a}'s own.
     */
    static PyException concatError(Object a, Object b) {
        Object left = BuiltinSubclasses.valueOf(a);
        if (left instanceof PyBytes || left instanceof PyByteArray) {
            return Errors.typeError("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
        }
        String base = Ops.typeName(left);
        return Errors.typeError("can only concatenate " + base + " (not \"" + Ops.typeName(b) + "\") to " + base);
    }

    /**
     * Whether CPython gives type {@code t} sequence slots (tp_as_sequence): every class a program defines has
     * them, and so do the built-in containers (str, tuple, dict, set, range, memoryview, dict views...), which
     * have a length or a membership test. Then {@code a *= seq} looks no further than a for a repeat, and
     * {@code del a[0]} converts the index before refusing.
     */
    static boolean hasSequenceSlots(PyType t) {
        return !t.builtin || t.lookup("__len__") != null || t.lookup("__contains__") != null;
    }

    /** The repetition count: negative means zero, and a result too large to build is a MemoryError. */
    static int repeatCount(Object count, long itemSize) {
        Object i = Ops.index(count);
        long n;
        if (i instanceof BigInteger) {
            // Converted to a machine-sized count before anything else, whatever the sign or the sequence.
            throw Errors.overflow("cannot fit '" + Ops.typeName(count) + "' into an index-sized integer");
        } else {
            n = Math.max(0, (Long) i);
        }
        if (itemSize != 0 && n > (Integer.MAX_VALUE - 16) / itemSize) {
            throw Errors.memoryError();
        }
        return (int) (itemSize == 0 ? 0 : n);
    }

    /** {@code seq * count} for a built-in sequence, raising if count is not an index. */
    static Object repeat(Object seq, Object count) {
        if (seq instanceof String s) {
            return s.repeat(repeatCount(count, s.length()));
        }
        if (seq instanceof PyBytes || seq instanceof PyByteArray) {
            return BytesOps.repeat(seq, count);
        }
        Object[] items = seq instanceof PyList l ? l.array() : ((PyTuple) seq).array();
        int size = seq instanceof PyList l ? l.size() : items.length;
        int n = repeatCount(count, size);
        Object[] out = new Object[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * size, size);
        }
        return seq instanceof PyList ? new PyList(out, out.length) : PyTuple.of(out);
    }
}

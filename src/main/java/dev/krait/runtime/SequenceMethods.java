package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.math.BigInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Behaviour shared by the methods of list, tuple and str: searching, counting, operator dunders. */
final class SequenceMethods {
    private SequenceMethods() {}

    /**
     * The first position of {@code value} in a list or tuple between start and stop, or -1. The length is re-read
     * at every step: an {@code __eq__} may shrink the list being searched.
     */
    static int indexOf(Object seq, Object value, long start, long stop) {
        int from = (int) clampIndex(start, sizeOf(seq));
        int to = (int) clampIndex(stop, sizeOf(seq));
        for (int i = from; i < to && i < sizeOf(seq); i++) {
            if (Ops.eq(itemOf(seq, i), value)) {
                return i;
            }
        }
        return -1;
    }

    static int sizeOf(Object seq) {
        return seq instanceof PyList l ? l.size() : ((PyTuple) seq).size();
    }

    static Object itemOf(Object seq, int i) {
        return seq instanceof PyList l ? l.get(i) : ((PyTuple) seq).get(i);
    }

    /** A start/stop bound resolved against a length the way slice bounds are (negative counts from the end). */
    static long clampIndex(long i, int size) {
        if (i < 0) {
            i += size;
            return i < 0 ? 0 : i;
        }
        return Math.min(i, size);
    }

    /**
     * {@code seq.index(value, start, stop)} of a list or tuple: args are self, value, start-or-null, stop-or-null.
     * The message is made only on failure: it may need the value's repr, which must not run before the search.
     */
    static Object index(Object seq, Object[] args, Supplier<String> notFound) {
        long start = args[2] == null ? 0 : sliceBound(args[2]);
        long stop = args[3] == null ? Long.MAX_VALUE : sliceBound(args[3]);
        int i = indexOf(seq, args[1], start, stop);
        if (i < 0) {
            throw Errors.valueError(notFound.get());
        }
        return (long) i;
    }

    /** A start/stop argument of index(): an int-like value, clamped to the long range. */
    static long sliceBound(Object o) {
        if (!Numbers.isInt(o) && Ops.type(o).lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return Ops.indexValue(o);
    }

    /** An int argument that must fit a C ssize_t (list.pop, list.insert). */
    static long ssize(Object o) {
        Object i = Ops.index(o);
        if (i instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    /** An int argument that must fit a C int (str.expandtabs, chr, splitlines' keepends). */
    static int cInt(Object o) {
        Object i = Ops.index(o);
        if (!(i instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** How many items of a list or tuple equal {@code value} (a shrinking list is followed, as in indexOf). */
    static Object count(Object seq, Object value) {
        long n = 0;
        for (int i = 0; i < sizeOf(seq); i++) {
            if (Ops.eq(itemOf(seq, i), value)) {
                n++;
            }
        }
        return n;
    }

    static void registerComparisons(PyType t, Predicate<Object> sameKind) {
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)",
                    a -> sameKind.test(other(a)) ? Compare.compare(op, a[0], other(a)) : Ops.NOT_IMPLEMENTED);
        }
    }

    /**
     * {@code __add__}, {@code __mul__} and {@code __rmul__}. Called directly they raise for an operand the built-in
     * operation does not take; in an operator they return NotImplemented, so that the other operand's reflected
     * method gets its turn.
     */
    static void registerOperators(PyType t) {
        registerConcatenation(t, "__add__(self, value, /)", a -> orNotImplemented(
                Sequences.binary(BinaryOp.ADD, BuiltinSubclasses.valueOf(a[0]), other(a), false)));
        PyBuiltinFunction.operatorMethod(t, "__mul__(self, value, /)", false,
                a -> Sequences.repeat(a[0], other(a)),
                a -> orNotImplemented(Sequences.binary(BinaryOp.MUL, a[0], other(a), false)));
        PyBuiltinFunction.operatorMethod(t, "__rmul__(self, value, /)", false,
                a -> Sequences.repeat(a[0], other(a)),
                a -> orNotImplemented(Sequences.binary(BinaryOp.MUL, other(a), a[0], false)));
    }

    /**
     * Registers {@code __add__} or {@code __iadd__}, whose body sees self as given (a subclass instance too) and
     * returns NotImplemented for an operand it cannot concatenate; a direct call raises CPython's TypeError instead.
     */
    static void registerConcatenation(PyType t, String signature, PyBuiltinFunction.Body inOperator) {
        PyBuiltinFunction.operatorMethod(t, signature, true, a -> {
            Object r = inOperator.call(a);
            if (r == Ops.NOT_IMPLEMENTED) {
                throw Sequences.concatError(a[0], a[1]);
            }
            return r;
        }, inOperator);
    }

    /** The second operand, as its built-in value if it is an instance of a subclass. */
    static Object other(Object[] a) {
        return BuiltinSubclasses.valueOf(a[1]);
    }

    private static Object orNotImplemented(Object result) {
        return result == null ? Ops.NOT_IMPLEMENTED : result;
    }
}

package dev.krait.runtime;

/**
 * The builtins that consume a whole iterable: {@code min}, {@code max}, {@code sum}, {@code sorted}, {@code all},
 * {@code any}.
 */
final class Aggregates {
    private Aggregates() {}

    /**
     * The keyword-only arguments of a builtin that takes them in a dict (as CPython's min, max and zip do),
     * in the order of {@code names}, null for those not given; with CPython's errors for too many or unknown.
     */
    static Object[] keywords(PyDict kwargs, String function, String... names) {
        if (kwargs.size() > names.length) {
            throw Errors.typeError(function + "() takes at most " + names.length + " keyword argument"
                    + (names.length == 1 ? "" : "s") + " (" + kwargs.size() + " given)");
        }
        Object[] values = new Object[names.length];
        for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1)) {
            int i = java.util.Arrays.asList(names).indexOf(kwargs.keyAt(e));
            if (i < 0) {
                throw Errors.typeError("'" + kwargs.keyAt(e) + "' is an invalid keyword argument for " + function
                        + "()");
            }
            values[i] = kwargs.valueAt(e);
        }
        return values;
    }

    /** {@code min}/{@code max(*args, key=None, default=<missing>)}; slots: args, kwargs. */
    static Object minMax(Object[] slots, boolean max) {
        String name = max ? "max" : "min";
        PyTuple args = (PyTuple) slots[0];
        if (args.size() == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object[] kw = keywords((PyDict) slots[1], name, "key", "default");
        Object[] a = {slots[0], kw[0] == null ? Ops.NONE : kw[0], kw[1]};
        if (args.size() > 1 && a[2] != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        Object key = a[1] == Ops.NONE ? null : a[1];
        CompareOp better = max ? CompareOp.GT : CompareOp.LT;
        Object it = Iteration.iter(args.size() == 1 ? args.get(0) : args);
        Object best = null;
        Object bestKey = null;
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            Object k = key == null ? x : Ops.call(key, x);
            if (best == null || Ops.isTrue(Compare.compare(better, k, bestKey))) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) {
            return best;
        }
        if (a[2] != null) {
            return a[2];
        }
        throw Errors.valueError(name + "() arg is an empty sequence");
    }

    /** {@code sum(iterable, /, start=0)}. */
    static Object sum(Object[] a) {
        Object it = Iteration.iter(a[0]);
        Object total = a[1] != null ? a[1] : (Object) 0L;
        Object start = BuiltinSubclasses.valueOf(total);
        if (start instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes || start instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum " + Ops.typeName(start) + " [use b''.join(seq) instead]");
        }
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            total = Arith.add(total, x);
        }
        return total;
    }

    /**
     * {@code sorted(iterable, /, **kwargs)}: a new list sorted by {@code list.sort(**kwargs)}, which (as in
     * CPython) is where keyword errors come from: "'foo' is an invalid keyword argument for sort()".
     */
    static Object sorted(Object[] a) {
        PyTuple args = (PyTuple) a[0];
        if (args.size() != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + args.size());
        }
        PyList list = Iteration.toList(args.get(0));
        PyDict kwargs = (PyDict) a[1];
        Object[] values = new Object[kwargs.size()];
        String[] names = new String[kwargs.size()];
        int k = 0;
        for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1), k++) {
            names[k] = (String) kwargs.keyAt(e);
            values[k] = kwargs.valueAt(e);
        }
        ((PyBuiltinFunction) PyTypes.LIST.lookup("sort")).callMethod(list, values, k == 0 ? null : names);
        return list;
    }

    static boolean all(Object iterable) {
        Object it = Iteration.iter(iterable);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (!Ops.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    static boolean any(Object iterable) {
        Object it = Iteration.iter(iterable);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (Ops.isTrue(x)) {
                return true;
            }
        }
        return false;
    }
}

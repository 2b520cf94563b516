package dev.krait.runtime;

/**
 * The iterator types of the builtins module: {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed}, and the {@code callable_iterator} of {@code iter(callable, sentinel)}.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    public static final PyType ENUMERATE = iteratorClass("enumerate", t -> {
        Constructors.newFunction(t, "enumerate(cls, *args, **kwargs)", a -> {
            Object[] iterableAndStart = enumerateArguments(((PyTuple) a[1]).array(), (PyDict) a[2]);
            Object start = iterableAndStart[1] == null ? 0L : Ops.index(iterableAndStart[1]); // before the iterable
            return new Enumerate((PyType) a[0], Iteration.iter(iterableAndStart[0]), start);
        });
        PyGenericAlias.registerClassGetItem(t);
    });

    /**
     * The iterable and start (or null) of an enumerate call, bound as CPython's enumerate binds them by hand
     * (enum_vectorcall): with two arguments a single keyword must be start, with one it must be iterable, so
     * {@code enumerate(start=0)} names 'start' as invalid rather than 'iterable' as missing.
     */
    private static Object[] enumerateArguments(Object[] positional, PyDict keywords) {
        int nkw = keywords.size();
        int total = positional.length + nkw;
        Object[] kwNames = new Object[nkw];
        Object[] kwValues = new Object[nkw];
        int k = 0;
        for (int e = keywords.next(0); e >= 0; e = keywords.next(e + 1), k++) {
            kwNames[k] = keywords.keyAt(e);
            kwValues[k] = keywords.valueAt(e);
        }
        if (total == 2 && nkw == 2 && "start".equals(kwNames[0])) {
            enumerateKeyword(kwNames[1], "iterable");
            return new Object[] {kwValues[1], kwValues[0]};
        }
        if (total == 2 || total == 1) {
            String[] expected = total == 2 ? new String[] {"iterable", "start"} : new String[] {"iterable"};
            Object[] out = new Object[2];
            for (int i = 0; i < total; i++) {
                if (i < positional.length) {
                    out[i] = positional[i];
                } else {
                    enumerateKeyword(kwNames[i - positional.length], expected[i]);
                    out[i] = kwValues[i - positional.length];
                }
            }
            return out;
        }
        if (positional.length == 0) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        throw Errors.typeError("enumerate() takes at most 2 arguments (" + total + " given)");
    }

    private static void enumerateKeyword(Object given, String expected) {
        if (!expected.equals(given)) {
            throw Errors.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
    }

    public static final PyType ZIP = iteratorClass("zip", t ->
            Constructors.newFunction(t, "zip(cls, *iterables, **kwargs)", a -> {
                Object strict = Aggregates.keywords((PyDict) a[2], "zip", "strict")[0];
                Object[] sources = ((PyTuple) a[1]).array();
                Object[] its = new Object[sources.length];
                for (int i = 0; i < its.length; i++) {
                    its[i] = Iteration.iter(sources[i]);
                }
                return new Zip((PyType) a[0], its, strict != null && Ops.isTrue(strict));
            }));

    public static final PyType MAP = iteratorClass("map", t ->
            Constructors.newFunction(t, "map(cls, /, *args)", a -> {
                Object[] args = ((PyTuple) a[1]).array();
                if (args.length < 2) {
                    throw Errors.typeError("map() must have at least two arguments.");
                }
                Object[] its = new Object[args.length - 1];
                for (int i = 0; i < its.length; i++) {
                    its[i] = Iteration.iter(args[i + 1]);
                }
                return new MapIterator((PyType) a[0], args[0], its);
            }));

    public static final PyType FILTER = iteratorClass("filter", t ->
            Constructors.newFunction(t, "filter(cls, function, iterable, /)",
                    a -> new Filter((PyType) a[0], a[1], Iteration.iter(a[2]))));

    public static final PyType REVERSED = iteratorClass("reversed", t -> {
        Constructors.newFunction(t, "reversed(cls, sequence, /)", a -> reversed((PyType) a[0], a[1]));
        Iteration.addLengthHint(t);
    });

    private static PyType iteratorClass(String name, java.util.function.Consumer<PyType> init) {
        return PyType.builtin(name, PyTypes.OBJECT, true, null, t -> {
            Iteration.initIteratorType(t);
            init.accept(t);
        });
    }

    /** {@code iter(callable, sentinel)}. */
    static Object callableIterator(Object callable, Object sentinel) {
        if (!Ops.isCallable(callable)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(callable, sentinel);
    }

    /** {@code reversed(seq)}: the sequence's own {@code __reversed__}, else indexing from the end. */
    private static Object reversed(PyType cls, Object seq) {
        PyType t = Ops.type(seq);
        Object own = t.lookup("__reversed__");
        if (own != null && own != Ops.NONE) {
            return Ops.callMethod(own, seq);
        }
        if (own == null && !(seq instanceof PyDict) && t.lookup("__getitem__") != null) {
            return new Reversed(cls, seq, Ops.len(seq));
        }
        throw Errors.notA(seq, "reversible");
    }

    static final class Enumerate extends PyIterator {
        private final Object it;
        private Object count;

        Enumerate(PyType type, Object it, Object start) {
            super(type);
            this.it = it;
            this.count = start;
        }

        @Override
        public Object next() {
            Object x = Iteration.next(it);
            if (x == null) {
                return null;
            }
            Object i = count;
            count = Arith.add(i, 1L);
            return PyTuple.of(i, x);
        }
    }

    static final class Zip extends PyIterator {
        private final Object[] its;
        private final boolean strict;

        Zip(PyType type, Object[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (its.length == 0) {
                return null;
            }
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object x = Iteration.next(its[i]);
                if (x == null) {
                    if (strict) {
                        checkAllExhausted(i);
                    }
                    return null;
                }
                items[i] = x;
            }
            return PyTuple.of(items);
        }

        /** {@code strict=True}: iterator {@code i} ran out; every other must run out at the same point. */
        private void checkAllExhausted(int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than " + firstArguments(i));
            }
            for (int j = 1; j < its.length; j++) {
                if (Iteration.next(its[j]) != null) {
                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than " + firstArguments(j));
                }
            }
        }

        private static String firstArguments(int count) {
            return count == 1 ? "argument 1" : "arguments 1-" + count;
        }
    }

    static final class MapIterator extends PyIterator {
        private final Object function;
        private final Object[] its;

        MapIterator(PyType type, Object function, Object[] its) {
            super(type);
            this.function = function;
            this.its = its;
        }

        @Override
        public Object next() {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                args[i] = Iteration.next(its[i]);
                if (args[i] == null) {
                    return null;
                }
            }
            return Ops.call(function, args);
        }
    }

    static final class Filter extends PyIterator {
        private final Object predicate;
        private final Object it;

        Filter(PyType type, Object predicate, Object it) {
            super(type);
            this.predicate = predicate == Ops.NONE ? null : predicate;
            this.it = it;
        }

        @Override
        public Object next() {
            for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                if (Ops.isTrue(predicate == null ? x : Ops.call(predicate, x))) {
                    return x;
                }
            }
            return null;
        }
    }

    /** Walks a sequence backwards by index, stopping early at IndexError as CPython does. */
    static final class Reversed extends PyIterator {
        private Object seq;
        private long index;

        Reversed(PyType type, Object seq, long length) {
            super(type);
            this.seq = seq;
            this.index = length - 1;
        }

        @Override
        public Object next() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            try {
                return Items.getItem(seq, (Object) index--);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.INDEX_ERROR)
                        || e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        /** The items left, none if the sequence has shrunk below the position. */
        @Override
        public Object lengthHint() {
            if (seq == null) {
                return 0L;
            }
            long position = index + 1;
            return Ops.len(seq) < position ? 0L : position;
        }
    }

    /** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
    static final class CallableIterator extends PyIterator {
        private Object callable;
        private final Object sentinel;

        CallableIterator(Object callable, Object sentinel) {
            super(Iteration.CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = Ops.call(callable);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (callable == null) {
                // The call itself exhausted this iterator (re-entrantly): it stays exhausted.
                return null;
            }
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}

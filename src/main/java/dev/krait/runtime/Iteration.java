package dev.krait.runtime;

/** The iterator protocol: {@code iter()} and {@code next()} for built-in and user iterables alike. */
public final class Iteration {
    private Iteration() {}

    static final PyType LIST_ITERATOR = PyIterator.sizedIteratorType("list_iterator");
    static final PyType TUPLE_ITERATOR = PyIterator.sizedIteratorType("tuple_iterator");
    static final PyType STR_ITERATOR = PyIterator.sizedIteratorType("str_iterator");
    static final PyType STR_ASCII_ITERATOR = PyIterator.sizedIteratorType("str_ascii_iterator");
    static final PyType SEQ_ITERATOR = PyIterator.sizedIteratorType("iterator");
    static final PyType CALLABLE_ITERATOR = PyIterator.iteratorType("callable_iterator");

    static void initIteratorType(PyType t) {
        PyBuiltinFunction.method(t, "__iter__(self, /)", a -> a[0]);
        PyBuiltinFunction.method(t, "__next__(self, /)", a -> {
            Object v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw Errors.stopIteration();
            }
            return v;
        });
    }

    static void addLengthHint(PyType t) {
        PyBuiltinFunction.method(t, "__length_hint__(self, /)", a -> ((PyIterator) a[0]).lengthHint());
    }

    /**
     * {@code iter(o)} as CPython's PySequence_Fast gets it: any TypeError on the way (not iterable, a bad
     * {@code __iter__}) becomes TypeError {@code message}.
     */
    static Object iterOrTypeError(Object o, String message) {
        try {
            return iter(o);
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            throw Errors.typeError(message);
        }
    }

    /** {@code iter(o)}. */
    public static Object iter(Object o) {
        if (o instanceof PyList l) {
            return new ListIterator(l);
        }
        if (o instanceof PyTuple t) {
            return new ArrayIterator(TUPLE_ITERATOR, t.array(), t.size());
        }
        if (o instanceof String s) {
            return new StrIterator(s);
        }
        if (o instanceof PyIterator) {
            return o;
        }
        PyType t = Ops.type(o);
        Object m = t.lookup("__iter__");
        if (m == Ops.NONE) {
            throw Errors.notA(o, "iterable");
        }
        if (m != null) {
            Object it = Ops.callMethod(m, o);
            if (!(it instanceof PyIterator) && Ops.type(it).lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
            }
            return it;
        }
        if (t.lookup("__getitem__") != null) {
            return new SequenceIterator(o);
        }
        throw Errors.notA(o, "iterable");
    }

    /**
     * {@code iter} for the {@code in} fallback: as in CPython, any TypeError getting the iterator (none, a None
     * {@code __iter__}, one returning a non-iterator or raising TypeError itself) becomes this one.
     */
    static Object iterForContains(Object o) {
        try {
            return iter(o);
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            throw Errors.typeError("argument of type '" + Ops.typeName(o) + "' is not iterable");
        }
    }

    /** The next item of iterator {@code it}, or null when it is exhausted. */
    public static Object next(Object it) {
        if (it instanceof PyIterator p) {
            return p.next();
        }
        Object m = Ops.type(it).lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        }
        try {
            return Ops.callMethod(m, it);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Drains an iterable into a fresh array list (for list(), tuple(), unpacking). */
    public static PyList toList(Object iterable) {
        if (iterable instanceof PyList l) {
            return new PyList(l.toArray(), l.size());
        }
        if (iterable instanceof PyTuple t) {
            return new PyList(t.array().clone(), t.size());
        }
        PyList out = iterable instanceof PyRange r ? new PyList(listCapacity(r.size())) : new PyList();
        Object it = iter(iterable);
        checkLengthHint(iterable);
        for (Object x = next(it); x != null; x = next(it)) {
            out.append(x);
        }
        return out;
    }

    /**
     * Asks an object of a class defined in Python for its length as CPython's PyObject_LengthHint does before
     * it fills a list (list(o), tuple(o), [*o]...), for the errors that raises: a TypeError from {@code __len__}
     * or {@code __length_hint__} is ignored, a hint that is not an int or is negative is an error.
     */
    private static void checkLengthHint(Object o) {
        PyType t = Ops.type(o);
        if (t.builtin) {
            return;
        }
        if (t.lookup("__len__") != null && !failsWithTypeError(() -> Ops.len(o))) {
            return;
        }
        Object hint = t.lookup("__length_hint__");
        Object[] result = new Object[1];
        if (hint == null || failsWithTypeError(() -> result[0] = Ops.callMethod(hint, o))
                || result[0] == Ops.NOT_IMPLEMENTED) {
            return;
        }
        Object value = BuiltinSubclasses.valueOf(result[0]);
        if (!Numbers.isInt(value)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + Ops.typeName(result[0]));
        }
        if (!(Numbers.asInt(value) instanceof Long n)) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        if (n < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
    }

    /** Runs {@code action}; whether it raised TypeError (any other exception propagates). */
    private static boolean failsWithTypeError(Runnable action) {
        try {
            action.run();
            return false;
        } catch (PyException e) {
            if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            return true;
        }
    }

    /**
     * Room for a list of {@code length} items made at once, as CPython sizes a list from a range: one that cannot
     * fit fails with MemoryError now, not after the items have filled the heap.
     */
    private static int listCapacity(long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        return (int) length;
    }

    /** The items of an iterable as an array (a tuple's own array is returned as is: do not modify). */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t) {
            return t.array();
        }
        return toList(iterable).toArray();
    }

    public static final class ListIterator extends PyIterator {
        private final PyList list;
        private int i;

        ListIterator(PyList list) {
            super(LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next() {
            if (i < list.size()) {
                return list.get(i++);
            }
            i = Integer.MAX_VALUE;
            return null;
        }

        @Override
        public Object lengthHint() {
            return (long) Math.max(0, list.size() - i);
        }
    }

    static final class ArrayIterator extends PyIterator {
        private final Object[] items;
        private final int size;
        private int i;

        ArrayIterator(PyType type, Object[] items, int size) {
            super(type);
            this.items = items;
            this.size = size;
        }

        @Override
        public Object next() {
            return i < size ? items[i++] : null;
        }

        @Override
        public Object lengthHint() {
            return (long) (size - i);
        }
    }

    static final class StrIterator extends PyIterator {
        private final String s;
        private int i;

        StrIterator(String s) {
            // CPython names the iterator after the string's storage kind.
            super(isAscii(s) ? STR_ASCII_ITERATOR : STR_ITERATOR);
            this.s = s;
        }

        @Override
        public Object next() {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            return Strings.ofCodePoint(cp);
        }

        @Override
        public Object lengthHint() {
            return (long) s.codePointCount(i, s.length());
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Iterates an object that has only {@code __getitem__}, until IndexError. */
    static final class SequenceIterator extends PyIterator {
        private Object seq;
        private long i;

        SequenceIterator(Object seq) {
            super(SEQ_ITERATOR);
            this.seq = seq;
        }

        @Override
        public Object next() {
            if (seq == null) {
                return null;
            }
            try {
                return Items.getItem(seq, i++);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.INDEX_ERROR)
                        || e.value.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        /** What is left of the sequence's len(), or NotImplemented for a sequence without one. */
        @Override
        public Object lengthHint() {
            if (seq == null) {
                return 0L;
            }
            PyType t = Ops.type(seq);
            if (t.lookup("__len__") == null) {
                return Ops.NOT_IMPLEMENTED;
            }
            return Math.max(0, Ops.len(seq) - i);
        }
    }
}

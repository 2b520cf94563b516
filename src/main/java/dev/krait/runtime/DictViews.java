package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}, and the dict iterators. Keys and items views are
 * set-like: they compare with sets and combine with any iterable through {@code & | - ^}, giving sets built
 * in the order CPython builds them.
 */
final class DictViews {
    private DictViews() {}

    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private static final PyType[] ITERATOR_TYPES = {
        PyIterator.sizedIteratorType("dict_keyiterator"),
        PyIterator.sizedIteratorType("dict_valueiterator"),
        PyIterator.sizedIteratorType("dict_itemiterator"),
    };
    private static final PyType[] REVERSE_ITERATOR_TYPES = {
        PyIterator.sizedIteratorType("dict_reversekeyiterator"),
        PyIterator.sizedIteratorType("dict_reversevalueiterator"),
        PyIterator.sizedIteratorType("dict_reverseitemiterator"),
    };
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};

    static void initKeys(PyType t) {
        initCommon(t);
        t.dict().put("__hash__", Ops.NONE); // set-like views are unhashable, as sets are
        method(t, "__contains__(self, key, /)", a -> ((View) a[0]).dict.containsKey(a[1]));
        registerSetOperations(t);
    }

    static void initValues(PyType t) {
        initCommon(t);
    }

    static void initItems(PyType t) {
        initCommon(t);
        t.dict().put("__hash__", Ops.NONE);
        method(t, "__contains__(self, key, /)", a -> ((View) a[0]).contains(a[1]));
        registerSetOperations(t);
    }

    private static void initCommon(PyType t) {
        method(t, "__len__(self, /)", a -> (long) ((View) a[0]).dict.size());
        PyGetSet.readonly(t, "mapping", o -> new PyMappingProxy(((View) o).dict));
        method(t, "__iter__(self, /)", a -> new DictIterator(((View) a[0]).dict, ((View) a[0]).kind));
        method(t, "__reversed__(self, /)", a -> new ReverseIterator(((View) a[0]).dict, ((View) a[0]).kind));
        method(t, "__repr__(self, /)", a -> {
            View v = (View) a[0];
            PyList items = Iteration.toList(v);
            return NAMES[v.kind] + "(" + ContainerRepr.sequence(v, items, "[", "]") + ")";
        });
    }

    private static void registerSetOperations(PyType t) {
        method(t, "__and__(self, value, /)", a -> intersect(a[0], a[1]));
        method(t, "__rand__(self, value, /)", a -> intersect(a[0], a[1]));
        method(t, "__or__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.OR, toSet(a[0]), a[1]));
        method(t, "__ror__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.OR, toSet(a[1]), a[0]));
        method(t, "__sub__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.SUB, toSet(a[0]), a[1]));
        method(t, "__rsub__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.SUB, toSet(a[1]), a[0]));
        method(t, "__xor__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.XOR, toSet(a[0]), a[1]));
        method(t, "__rxor__(self, value, /)", a -> SetAlgebra.inPlace(BinaryOp.XOR, toSet(a[1]), a[0]));
        method(t, "isdisjoint(self, other, /)", a -> isDisjoint((View) a[0], a[1]));
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> compare(op, (View) a[0], a[1]));
        }
    }

    /** A new set of a view's (or any iterable's) items; a keys view builds it straight from the dict. */
    private static PySet toSet(Object o) {
        PySet s = new PySet(false);
        s.update(o instanceof View v && v.kind == KEYS ? v.dict : o);
        return s;
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PySet || o instanceof View v && v.kind != VALUES;
    }

    /** {@code view & other}: iterates the smaller operand when it can tell, testing membership in the other. */
    private static Object intersect(Object viewArg, Object other) {
        View self = (View) viewArg;
        int selfSize = self.dict.size();
        if (other instanceof PySet s && !s.isFrozen() && selfSize <= s.size()) {
            return SetAlgebra.intersection(s, self);
        }
        if (other instanceof View v && v.kind != VALUES && v.dict.size() > selfSize) {
            View tmp = self;
            self = v;
            other = tmp;
        }
        PySet result = new PySet(false);
        Object it = Iteration.iter(other);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (self.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    private static boolean isDisjoint(View self, Object other) {
        Object container = self;
        if (isSetLike(other) && Ops.len(other) > self.dict.size()) {
            container = other;
            other = self;
        }
        Object it = Iteration.iter(other);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (Ops.contains(container, x)) {
                return false;
            }
        }
        return true;
    }

    private static Object compare(CompareOp op, View self, Object other) {
        if (!isSetLike(other)) {
            return Ops.NOT_IMPLEMENTED;
        }
        int mine = self.dict.size();
        int theirs = Ops.len(other);
        switch (op) {
            case EQ: return mine == theirs && containedIn(self, other);
            case NE: return !(mine == theirs && containedIn(self, other));
            case LT: return mine < theirs && containedIn(self, other);
            case LE: return mine <= theirs && containedIn(self, other);
            case GT: return mine > theirs && containedIn(other, self);
            default: return mine >= theirs && containedIn(other, self);
        }
    }

    private static boolean containedIn(Object items, Object container) {
        Object it = Iteration.iter(items);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (!Ops.contains(container, x)) {
                return false;
            }
        }
        return true;
    }

    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == KEYS ? PyTypes.DICT_KEYS : kind == VALUES ? PyTypes.DICT_VALUES : PyTypes.DICT_ITEMS;
        }

        /** Membership: a key in the dict, or a (key, value) pair present in it. */
        boolean contains(Object x) {
            if (kind == KEYS) {
                return dict.containsKey(x);
            }
            if (!(x instanceof PyTuple pair) || pair.size() != 2) {
                return false;
            }
            Object v = dict.get(pair.get(0));
            return v != null && Ops.eq(v, pair.get(1));
        }
    }

    private static Object entry(PyDict dict, int e, int kind) {
        switch (kind) {
            case KEYS: return dict.keyAt(e);
            case VALUES: return dict.valueAt(e);
            default: return PyTuple.of(dict.keyAt(e), dict.valueAt(e));
        }
    }

    private static PyException changedSize() {
        return Errors.runtimeError("dictionary changed size during iteration");
    }

    /**
     * Iterates a dict's entries in insertion order. As in CPython, a change of size is an error, and so is
     * finding more entries than the dict had (keys deleted and others added meanwhile).
     */
    static final class DictIterator extends PyIterator {
        private PyDict dict;
        private final int kind;
        private final int size;
        private int remaining;
        private int pos;

        DictIterator(PyDict dict, int kind) {
            super(ITERATOR_TYPES[kind]);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.remaining = size;
        }

        @Override
        public Object next() {
            if (dict == null) {
                return null;
            }
            if (dict.size() != size) {
                dict = null;
                throw changedSize();
            }
            int e = dict.next(pos);
            if (e < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = e + 1;
            return entry(dict, e, kind);
        }

        /** The entries left; none once the dict has changed size. */
        @Override
        public Object lengthHint() {
            return dict != null && dict.size() == size ? (long) remaining : 0L;
        }
    }

    /** {@code reversed(dict)} and reversed views: the entries from the most recently inserted back. */
    static final class ReverseIterator extends PyIterator {
        private PyDict dict;
        private final int kind;
        private final int size;
        private int remaining;
        private int pos;

        ReverseIterator(PyDict dict, int kind) {
            super(REVERSE_ITERATOR_TYPES[kind]);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.remaining = size;
            this.pos = dict.lastEntry();
        }

        @Override
        public Object next() {
            if (dict == null) {
                return null;
            }
            if (dict.size() != size) {
                dict = null;
                throw changedSize();
            }
            // Never look past the live entries, even if the entry table was rebuilt meanwhile.
            int e = Math.min(pos, dict.lastEntry());
            while (e >= 0 && dict.keyAt(e) == null) {
                e--;
            }
            if (e < 0) {
                dict = null;
                return null;
            }
            pos = e - 1;
            remaining--;
            return entry(dict, e, kind);
        }

        @Override
        public Object lengthHint() {
            return dict != null && dict.size() == size ? (long) remaining : 0L;
        }
    }
}

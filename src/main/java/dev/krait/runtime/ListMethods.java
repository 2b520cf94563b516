package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code list}. */
final class ListMethods {
    private ListMethods() {}

    private static final PyType REVERSE_ITERATOR = PyIterator.sizedIteratorType("list_reverseiterator");

    static void init(PyType t) {
        PyGenericAlias.registerClassGetItem(t);
        Constructors.newFunction(t, "list(cls, *args, **kwargs)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyTypes.LIST, new PyList()));
        // Keyword arguments are refused only when list's own __new__ made the object: a subclass whose __new__
        // takes extra keywords gets them passed on to this __init__, which ignores them (as CPython's does).
        Signature initSignature = Signature.parseBound("list(self, iterable=(), /, **kwargs)");
        t.dict().put("__init__", PyBuiltinFunction.initOf(t, initSignature, ListMethods::initList, true));
        method(t, "__repr__(self, /)", a -> {
            PyList self = (PyList) a[0];
            return ContainerRepr.sequence(self, self, "[", "]");
        });
        method(t, "__len__(self, /)", a -> (long) ((PyList) a[0]).size());
        method(t, "__iter__(self, /)", a -> Iteration.iter(a[0]));
        method(t, "__reversed__(self, /)", a -> new ReverseIterator((PyList) a[0]));
        t.dict().put("__hash__", Ops.NONE);
        method(t, "__getitem__(self, key, /)", a -> {
            PyList self = (PyList) a[0];
            if (a[1] instanceof PySlice s) {
                return SliceOps.getList(self, s);
            }
            return self.get(Items.index(Items.sequenceIndex(a[1], "list"), self.size(), "list"));
        });
        method(t, "__setitem__(self, key, value, /)", a -> {
            PyList self = (PyList) a[0];
            if (a[1] instanceof PySlice s) {
                SliceOps.setList(self, s, a[2]);
            } else {
                self.set(Items.index(Items.sequenceIndex(a[1], "list"), self.size(), "list assignment"), a[2]);
            }
            return Ops.NONE;
        });
        method(t, "__delitem__(self, key, /)", a -> {
            PyList self = (PyList) a[0];
            if (a[1] instanceof PySlice s) {
                SliceOps.deleteList(self, s);
            } else {
                self.remove(Items.index(Items.sequenceIndex(a[1], "list"), self.size(), "list assignment"));
            }
            return Ops.NONE;
        });
        method(t, "__contains__(self, key, /)", a -> Ops.contains(a[0], a[1]));
        SequenceMethods.registerComparisons(t, o -> o instanceof PyList);
        SequenceMethods.registerOperators(t);
        // In-place operators return self, which for a subclass instance is the instance, not its list.
        BuiltinSubclasses.methodOnInstance(t, "__iadd__(self, value, /)", a -> {
            Sequences.extendInPlace((PyList) BuiltinSubclasses.valueOf(a[0]), a[1]);
            return a[0];
        });
        BuiltinSubclasses.methodOnInstance(t, "__imul__(self, value, /)", a -> {
            Sequences.repeatInPlace((PyList) BuiltinSubclasses.valueOf(a[0]), a[1]);
            return a[0];
        });
        registerMutators(t);
        registerQueries(t);
    }

    private static void registerMutators(PyType t) {
        method(t, "append(self, object, /)", a -> {
            ((PyList) a[0]).append(a[1]);
            return Ops.NONE;
        });
        method(t, "extend(self, iterable, /)", a -> {
            Sequences.extendInPlace((PyList) a[0], a[1]);
            return Ops.NONE;
        });
        method(t, "insert(self, index, object, /)", a -> {
            PyList self = (PyList) a[0];
            long i = SequenceMethods.ssize(a[1]);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            self.insert((int) Math.min(i, n), a[2]);
            return Ops.NONE;
        });
        method(t, "pop(self, index=-1, /)", a -> {
            PyList self = (PyList) a[0];
            long i = a[1] == null ? -1 : SequenceMethods.ssize(a[1]);
            if (self.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += self.size();
            }
            if (i < 0 || i >= self.size()) {
                throw Errors.indexError("pop index out of range");
            }
            return self.remove((int) i);
        });
        method(t, "remove(self, value, /)", a -> {
            PyList self = (PyList) a[0];
            int i = SequenceMethods.indexOf(self, a[1], 0, Long.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            self.remove(i);
            return Ops.NONE;
        });
        method(t, "clear(self, /)", a -> {
            ((PyList) a[0]).clear();
            return Ops.NONE;
        });
        method(t, "reverse(self, /)", a -> {
            PyList self = (PyList) a[0];
            Object[] items = self.toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object tmp = items[i];
                items[i] = items[j];
                items[j] = tmp;
            }
            self.setContents(items, items.length);
            return Ops.NONE;
        });
        method(t, "sort(self, /, *, key=None, reverse=False)", a -> {
            Sorting.sort((PyList) a[0], a[1], Sorting.reverseFlag(a[2]));
            return Ops.NONE;
        });
    }

    /** {@code list.__init__}, which sees a subclass instance as itself (its type decides about keywords). */
    private static Object initList(Object[] a) {
        if (((PyDict) a[2]).size() > 0 && Ops.type(a[0]).lookup("__new__") == PyTypes.LIST.dict().get("__new__")) {
            throw Errors.typeError("list() takes no keyword arguments");
        }
        PyList self = (PyList) BuiltinSubclasses.valueFor(a[0], PyTypes.LIST);
        Object[] items = a[1] == null ? new Object[0] : a[1] == self ? self.toArray() : Iteration.toArray(a[1]);
        self.clear();
        self.extend(items, items.length);
        return Ops.NONE;
    }

    private static void registerQueries(PyType t) {
        method(t, "index(self, value, start=0, stop=sys.maxsize, /)", a -> {
            return SequenceMethods.index(a[0], a, () -> Ops.repr(a[1]) + " is not in list");
        });
        method(t, "count(self, value, /)", a -> SequenceMethods.count(a[0], a[1]));
        method(t, "copy(self, /)", a -> new PyList(((PyList) a[0]).toArray(), ((PyList) a[0]).size()));
    }

    /** {@code reversed(list)}: walks down from the end, stopping if the list shrinks below the position. */
    static final class ReverseIterator extends PyIterator {
        private final PyList list;
        private int index;

        ReverseIterator(PyList list) {
            super(REVERSE_ITERATOR);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }

        @Override
        public Object lengthHint() {
            return index + 1 <= list.size() ? (long) (index + 1) : 0L;
        }
    }
}

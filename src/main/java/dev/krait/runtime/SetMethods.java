package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.BiFunction;

/** Methods of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {}

    private static final PyType SET_ITERATOR = PyIterator.sizedIteratorType("set_iterator");

    static void initSet(PyType t) {
        Constructors.newFunction(t, "set(cls, *args, **kwargs)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyTypes.SET, new PySet(false)));
        // Receives a subclass instance as it is, whose class names the error for extra arguments.
        t.dict().put("__init__", PyBuiltinFunction.initOf(t, Signature.parseBound("set(self, /, *args)"), a -> {
            PySet self = (PySet) BuiltinSubclasses.valueOf(a[0]);
            PyTuple args = (PyTuple) a[1];
            if (args.size() > 1) {
                throw Errors.typeError(Ops.typeName(a[0]) + " expected at most 1 argument, got " + args.size());
            }
            self.clear();
            if (args.size() == 1) {
                self.update(args.get(0));
            }
            return Ops.NONE;
        }, true));
        initCommon(t);
        t.dict().put("__hash__", Ops.NONE);
        method(t, "add(self, object, /)", a -> {
            ((PySet) a[0]).add(a[1]);
            return Ops.NONE;
        });
        method(t, "discard(self, object, /)", a -> {
            withFrozenKey(a[1], ((PySet) a[0])::discard);
            return Ops.NONE;
        });
        method(t, "remove(self, object, /)", a -> {
            if (!withFrozenKey(a[1], ((PySet) a[0])::discard)) {
                throw Errors.keyError(a[1]);
            }
            return Ops.NONE;
        });
        method(t, "pop(self, /)", a -> {
            Object v = ((PySet) a[0]).pop();
            if (v == null) {
                throw Errors.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            return v;
        });
        method(t, "clear(self, /)", a -> {
            ((PySet) a[0]).clear();
            return Ops.NONE;
        });
        registerUpdates(t);
    }

    static void initFrozen(PyType t) {
        Constructors.newFunction(t, "frozenset(cls, /, *args, **kwargs)", a -> {
            Object iterable = Constructors.optionalArgument(a, t, ((PyType) a[0]).name);
            if (iterable instanceof PySet s && s.isFrozen() && a[0] == PyTypes.FROZENSET) {
                return s;
            }
            PySet s = new PySet(true);
            if (iterable != null) {
                s.update(iterable);
            }
            return BuiltinSubclasses.instance((PyType) a[0], PyTypes.FROZENSET, s);
        });
        initCommon(t);
        method(t, "__hash__(self, /)", a -> SetAlgebra.hash((PySet) a[0]));
    }

    private static void initCommon(PyType t) {
        PyGenericAlias.registerClassGetItem(t);
        BuiltinSubclasses.methodOnInstance(t, "__repr__(self, /)", a -> {
            PySet s = (PySet) BuiltinSubclasses.valueOf(a[0]);
            if (a[0] == s) {
                return ContainerRepr.set(s);
            }
            // A subclass shows its name around the elements: S({1, 2}), S(), and S(...) inside itself.
            if (s.size() == 0) {
                return Ops.typeName(a[0]) + "()";
            }
            ThreadState ts = ThreadState.current();
            if (!ts.enterRepr(a[0])) {
                return Ops.typeName(a[0]) + "(...)";
            }
            try {
                return Ops.typeName(a[0]) + "(" + ContainerRepr.set(s.copy(false)) + ")";
            } finally {
                ts.exitRepr(a[0]);
            }
        });
        method(t, "__len__(self, /)", a -> (long) ((PySet) a[0]).size());
        method(t, "__contains__(self, key, /)", a -> withFrozenKey(a[1], ((PySet) a[0])::contains));
        method(t, "__iter__(self, /)", a -> new SetIterator((PySet) a[0]));
        method(t, "copy(self, /)", a -> ((PySet) a[0]).copy(((PySet) a[0]).isFrozen()));
        registerOperators(t);
        method(t, "union(self, /, *others)", a -> SetAlgebra.union((PySet) a[0], ((PyTuple) a[1]).array()));
        method(t, "intersection(self, /, *others)",
                a -> SetAlgebra.intersection((PySet) a[0], ((PyTuple) a[1]).array()));
        method(t, "difference(self, /, *others)", a -> SetAlgebra.difference((PySet) a[0], ((PyTuple) a[1]).array()));
        method(t, "symmetric_difference(self, other, /)", a -> SetAlgebra.symmetricDifference((PySet) a[0], a[1]));
        method(t, "issubset(self, other, /)", a -> SetAlgebra.isSubsetOf((PySet) a[0], a[1]));
        method(t, "issuperset(self, other, /)", a -> SetAlgebra.isSupersetOf((PySet) a[0], a[1]));
        method(t, "isdisjoint(self, other, /)", a -> SetAlgebra.isDisjoint((PySet) a[0], a[1]));
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> SequenceMethods.other(a) instanceof PySet o
                    ? (Object) SetAlgebra.compare(op, (PySet) a[0], o) : Ops.NOT_IMPLEMENTED);
        }
    }

    /** The binary operators take only sets (else NotImplemented); the result has the left operand's type. */
    private static void registerOperators(PyType t) {
        binary(t, "__or__", SetAlgebra::or);
        binary(t, "__and__", SetAlgebra::intersection);
        binary(t, "__sub__", SetAlgebra::difference);
        binary(t, "__xor__", SetAlgebra::symmetricDifference);
        binary(t, "__ror__", (a, b) -> SetAlgebra.or(b, a));
        binary(t, "__rand__", (a, b) -> SetAlgebra.intersection(b, a));
        binary(t, "__rsub__", (a, b) -> SetAlgebra.difference(b, a));
        binary(t, "__rxor__", (a, b) -> SetAlgebra.symmetricDifference(b, a));
    }

    private static void binary(PyType t, String name, BiFunction<PySet, PySet, PySet> op) {
        method(t, name + "(self, value, /)", a -> BuiltinSubclasses.valueOf(a[1]) instanceof PySet o
                ? op.apply((PySet) a[0], o) : Ops.NOT_IMPLEMENTED);
    }

    /** The mutating methods and in-place operators of set. */
    private static void registerUpdates(PyType t) {
        method(t, "update(self, /, *others)", a -> {
            for (Object o : ((PyTuple) a[1]).array()) {
                ((PySet) a[0]).update(o);
            }
            return Ops.NONE;
        });
        method(t, "intersection_update(self, /, *others)", a -> {
            SetAlgebra.intersectionUpdate((PySet) a[0], ((PyTuple) a[1]).array());
            return Ops.NONE;
        });
        method(t, "difference_update(self, /, *others)", a -> {
            for (Object o : ((PyTuple) a[1]).array()) {
                SetAlgebra.differenceUpdate((PySet) a[0], o);
            }
            return Ops.NONE;
        });
        method(t, "symmetric_difference_update(self, other, /)", a -> {
            SetAlgebra.symmetricDifferenceUpdate((PySet) a[0], a[1]);
            return Ops.NONE;
        });
        for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
            BuiltinSubclasses.methodOnInstance(t, op.inplace + "(self, value, /)", a -> {
                if (!(BuiltinSubclasses.valueOf(a[1]) instanceof PySet other)) {
                    return Ops.NOT_IMPLEMENTED;
                }
                SetAlgebra.inPlace(op, (PySet) BuiltinSubclasses.valueOf(a[0]), other);
                return a[0];
            });
        }
    }

    /** Looks up a key; an unhashable set is looked up as the equal frozenset, as CPython does. */
    private static boolean withFrozenKey(Object key, java.util.function.Predicate<Object> lookup) {
        try {
            return lookup.test(key);
        } catch (PyException e) {
            if (!(BuiltinSubclasses.valueOf(key) instanceof PySet s) || s.isFrozen()
                    || !e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            return lookup.test(s.copy(true));
        }
    }

    /** Iterates a set's slots; raises RuntimeError if the set changes size meanwhile. */
    static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int size;
        private int remaining;
        private int pos;

        SetIterator(PySet set) {
            super(SET_ITERATOR);
            this.set = set;
            this.size = set.size();
            this.remaining = size;
        }

        @Override
        public Object next() {
            if (pos < 0) {
                return null;
            }
            if (set.size() != size) {
                pos = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            int i = set.next(pos);
            if (i < 0) {
                pos = -1;
                return null;
            }
            pos = i + 1;
            remaining--;
            return set.keyAt(i);
        }

        /** The items left; none once the set has changed size or the iterator is exhausted. */
        @Override
        public Object lengthHint() {
            return pos >= 0 && set.size() == size ? (long) remaining : 0L;
        }
    }
}

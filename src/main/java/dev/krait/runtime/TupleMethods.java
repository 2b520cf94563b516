package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code tuple}. */
final class TupleMethods {
    private TupleMethods() {}

    static void init(PyType t) {
        Sizes.register(t);
        PyGenericAlias.registerClassGetItem(t);
        Constructors.newFunction(t, "tuple(cls, /, *args, **kwargs)", a -> {
            Object iterable = Constructors.optionalArgument(a, t, "tuple");
            PyTuple value = iterable == null ? PyTuple.EMPTY : iterable instanceof PyTuple tu ? tu
                    : PyTuple.of(Iteration.toList(iterable).toArray());
            return BuiltinSubclasses.instance((PyType) a[0], PyTypes.TUPLE, value);
        });
        method(t, "__repr__(self, /)", a -> {
            PyTuple self = (PyTuple) a[0];
            return ContainerRepr.sequence(self, self, "(", ")");
        });
        method(t, "__len__(self, /)", a -> (long) ((PyTuple) a[0]).size());
        method(t, "__iter__(self, /)", a -> Iteration.iter(a[0]));
        method(t, "__hash__(self, /)", a -> Ops.hash(a[0]));
        method(t, "__getitem__(self, key, /)", a -> {
            PyTuple self = (PyTuple) a[0];
            if (a[1] instanceof PySlice s) {
                return SliceOps.getTuple(self, s);
            }
            return self.get(Items.index(Items.sequenceIndex(a[1], "tuple"), self.size(), "tuple"));
        });
        method(t, "__contains__(self, key, /)", a -> SequenceMethods.indexOf(a[0], a[1], 0, Long.MAX_VALUE) >= 0);
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(a[0]));
        method(t, "index(self, value, start=0, stop=sys.maxsize, /)", a -> {
            return SequenceMethods.index(a[0], a, () -> "tuple.index(x): x not in tuple");
        });
        method(t, "count(self, value, /)", a -> SequenceMethods.count(a[0], a[1]));
        SequenceMethods.registerComparisons(t, o -> o instanceof PyTuple);
        SequenceMethods.registerOperators(t);
    }
}

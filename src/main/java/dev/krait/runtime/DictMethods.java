package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code dict}. */
final class DictMethods {
    private DictMethods() {}

    static void init(PyType t) {
        PyGenericAlias.registerClassGetItem(t);
        Constructors.newFunction(t, "dict(cls, *args, **kwargs)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyTypes.DICT, new PyDict()));
        Constructors.initMethod(t, "dict(self, *args, **kwargs)", a -> {
            PyTuple args = (PyTuple) a[1];
            if (args.size() > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + args.size());
            }
            if (args.size() == 1) {
                update((PyDict) a[0], args.get(0));
            }
            update((PyDict) a[0], a[2]);
            return Ops.NONE;
        });
        method(t, "__repr__(self, /)", a -> ContainerRepr.dict((PyDict) a[0]));
        method(t, "__len__(self, /)", a -> (long) ((PyDict) a[0]).size());
        method(t, "__iter__(self, /)", a -> new DictViews.DictIterator((PyDict) a[0], DictViews.KEYS));
        method(t, "__reversed__(self, /)", a -> new DictViews.ReverseIterator((PyDict) a[0], DictViews.KEYS));
        t.dict().put("__hash__", Ops.NONE);
        BuiltinSubclasses.methodOnInstance(t, "__getitem__(self, key, /)", a -> {
            Object v = ((PyDict) BuiltinSubclasses.valueOf(a[0])).get(a[1]);
            return v != null ? v : missing(a[0], a[1]);
        });
        method(t, "__setitem__(self, key, value, /)", a -> {
            ((PyDict) a[0]).put(a[1], a[2]);
            return Ops.NONE;
        });
        method(t, "__delitem__(self, key, /)", a -> {
            Items.delItem(a[0], a[1]);
            return Ops.NONE;
        });
        method(t, "__contains__(self, key, /)", a -> ((PyDict) a[0]).containsKey(a[1]));
        method(t, "__eq__(self, value, /)", a -> SequenceMethods.other(a) instanceof PyDict d ? equal((PyDict) a[0], d)
                : Ops.NOT_IMPLEMENTED);
        method(t, "__ne__(self, value, /)", a -> SequenceMethods.other(a) instanceof PyDict d ? !equal((PyDict) a[0], d)
                : Ops.NOT_IMPLEMENTED);
        ObjectMethods.registerUnordered(t);
        method(t, "get(self, key, default=None, /)", a -> {
            Object v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a[2] != null ? a[2] : Ops.NONE;
        });
        method(t, "setdefault(self, key, default=None, /)", a -> {
            return ((PyDict) a[0]).setDefault(a[1], a[2] != null ? a[2] : Ops.NONE);
        });
        method(t, "pop(self, key, default=<unrepresentable>, /)", a -> {
            // An empty dict answers without hashing the key, so even an unhashable one gets the default.
            Object v = ((PyDict) a[0]).size() == 0 ? null : ((PyDict) a[0]).remove(a[1]);
            if (v == null) {
                if (a[2] == null) {
                    throw Errors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        method(t, "popitem(self, /)", a -> {
            PyDict d = (PyDict) a[0];
            int e = d.lastEntry();
            if (e < 0) {
                throw Errors.raise(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Object k = d.keyAt(e);
            Object v = d.valueAt(e);
            d.remove(k);
            return PyTuple.of(k, v);
        });
        method(t, "keys(self, /)", a -> new DictViews.View((PyDict) a[0], DictViews.KEYS));
        method(t, "values(self, /)", a -> new DictViews.View((PyDict) a[0], DictViews.VALUES));
        method(t, "items(self, /)", a -> new DictViews.View((PyDict) a[0], DictViews.ITEMS));
        method(t, "update(self, *args, **kwargs)", a -> {
            PyTuple args = (PyTuple) a[1];
            if (args.size() > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + args.size());
            }
            if (args.size() == 1) {
                update((PyDict) a[0], args.get(0));
            }
            update((PyDict) a[0], a[2]);
            return Ops.NONE;
        });
        method(t, "clear(self, /)", a -> {
            ((PyDict) a[0]).clear();
            return Ops.NONE;
        });
        method(t, "copy(self, /)", a -> ((PyDict) a[0]).copy());
        t.dict().put("fromkeys", new PyClassMethod(new PyBuiltinFunction(
                Signature.parseClassMethod("fromkeys(cls, iterable, value=None, /)", t.name), null,
                a -> {
                    Object d = Ops.call(a[0]);
                    Object v = a[2] != null ? a[2] : Ops.NONE;
                    Object it = Iteration.iter(a[1]);
                    for (Object k = Iteration.next(it); k != null; k = Iteration.next(it)) {
                        Items.setItem(d, k, v);
                    }
                    return d;
                })));
        method(t, "__or__(self, value, /)", a -> {
            if (!(SequenceMethods.other(a) instanceof PyDict other)) {
                return Ops.NOT_IMPLEMENTED;
            }
            PyDict d = ((PyDict) a[0]).copy();
            update(d, other);
            return d;
        });
        method(t, "__ror__(self, value, /)", a -> {
            if (!(SequenceMethods.other(a) instanceof PyDict other)) {
                return Ops.NOT_IMPLEMENTED;
            }
            PyDict d = other.copy();
            update(d, a[0]);
            return d;
        });
        BuiltinSubclasses.methodOnInstance(t, "__ior__(self, value, /)", a -> {
            update((PyDict) BuiltinSubclasses.valueOf(a[0]), a[1]);
            return a[0];
        });
    }

    /** {@code d[key]} for a missing key: {@code __missing__} of a dict subclass, else KeyError. */
    static Object missing(Object d, Object key) {
        if (!(d instanceof PyDict)) {
            Object m = Ops.type(d).lookup("__missing__");
            if (m != null) {
                return Ops.callMethod(m, d, key);
            }
        }
        throw Errors.keyError(key);
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = a.next(0); e >= 0; e = a.next(e + 1)) {
            // Key and value are read before the lookup, whose __eq__ calls may change either dict.
            Object key = a.keyAt(e);
            Object mine = a.valueAt(e);
            if (key == null || mine == null) {
                continue;
            }
            Object v = b.get(key);
            if (v == null || !(Compare.isNestedContainer(mine) ? Compare.nestedEq(mine, v) : Ops.eq(mine, v))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict.update(other)}: a mapping (anything with keys()) or an iterable of pairs. */
    static void update(PyDict d, Object other) {
        PyDict o = BuiltinSubclasses.mergeableDict(other);
        if (o != null) {
            int size = o.size();
            for (int e = o.next(0); e >= 0; e = o.next(e + 1)) {
                d.put(o.keyAt(e), o.valueAt(e));
                if (o.size() != size) {
                    throw Errors.runtimeError("dict mutated during update");
                }
            }
            return;
        }
        Object keys = Attributes.find(other, "keys");
        if (keys != null) {
            Object it = Iteration.iter(Ops.call(keys));
            for (Object k = Iteration.next(it); k != null; k = Iteration.next(it)) {
                d.put(k, Items.getItem(other, k));
            }
            return;
        }
        Object it = Iteration.iter(other);
        int index = 0;
        for (Object item = Iteration.next(it); item != null; item = Iteration.next(it), index++) {
            Object[] pair;
            try {
                pair = Iteration.toArray(item);
            } catch (PyException e) {
                if (e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.length + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }
}

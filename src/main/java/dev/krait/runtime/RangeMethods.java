package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.math.BigInteger;

/** Methods of {@code range}: O(1) indexing, slicing, membership and search for int values. */
final class RangeMethods {
    private RangeMethods() {}

    static void init(PyType t) {
        Constructors.newFunction(t, "range(cls, /, *args)", a -> make((PyTuple) a[1]));
        method(t, "__repr__(self, /)", a -> {
            PyRange r = self(a);
            return "range(" + Ops.repr(Numbers.normalize(r.start())) + ", " + Ops.repr(Numbers.normalize(r.stop()))
                    + (r.step().equals(BigInteger.ONE) ? "" : ", " + Ops.repr(Numbers.normalize(r.step()))) + ")";
        });
        method(t, "__len__(self, /)", a -> self(a).size());
        method(t, "__bool__(self, /)", a -> self(a).length().signum() != 0);
        method(t, "__iter__(self, /)", a -> self(a).iterator());
        method(t, "__reversed__(self, /)", a -> {
            PyRange r = self(a);
            BigInteger last = r.start().add(r.length().subtract(BigInteger.ONE).multiply(r.step()));
            return PyRange.of(last, r.start().subtract(r.step()), r.step().negate()).iterator();
        });
        method(t, "__getitem__(self, key, /)", a -> getItem(self(a), a[1]));
        method(t, "__contains__(self, key, /)", a -> contains(self(a), a[1]));
        method(t, "index(self, value, /)", a -> {
            PyRange r = self(a);
            if (isInt(a[1])) {
                if (!containsInt(r, Numbers.big(a[1]))) {
                    throw Errors.valueError(Ops.repr(a[1]) + " is not in range");
                }
                return Numbers.normalize(Numbers.big(a[1]).subtract(r.start()).divide(r.step()));
            }
            Object it = r.iterator();
            long i = 0;
            for (Object x = Iteration.next(it); x != null; x = Iteration.next(it), i++) {
                if (Ops.eq(x, a[1])) {
                    return i;
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        method(t, "count(self, value, /)", a -> {
            PyRange r = self(a);
            if (isInt(a[1])) {
                return containsInt(r, Numbers.big(a[1])) ? 1L : 0L;
            }
            return SequenceMethods.count(PyTuple.of(Iteration.toArray(r)), a[1]);
        });
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyRange o ? equal(self(a), o) : Ops.NOT_IMPLEMENTED);
        method(t, "__ne__(self, value, /)", a -> a[1] instanceof PyRange o ? !equal(self(a), o) : Ops.NOT_IMPLEMENTED);
        ObjectMethods.registerUnordered(t);
        method(t, "__hash__(self, /)", a -> {
            PyRange r = self(a);
            Object n = Numbers.normalize(r.length());
            int len = r.length().compareTo(BigInteger.ONE);
            return Ops.hash(PyTuple.of(n, len < 0 ? Ops.NONE : Numbers.normalize(r.start()),
                    len <= 0 ? Ops.NONE : Numbers.normalize(r.step())));
        });
        PyGetSet.readonlyMember(t, "start", o -> Numbers.normalize(((PyRange) o).start()));
        PyGetSet.readonlyMember(t, "stop", o -> Numbers.normalize(((PyRange) o).stop()));
        PyGetSet.readonlyMember(t, "step", o -> Numbers.normalize(((PyRange) o).step()));
    }

    private static PyRange self(Object[] a) {
        return (PyRange) a[0];
    }

    /** Membership by arithmetic applies to exact ints and bools; other values compare element by element. */
    private static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    static PyRange make(PyTuple args) {
        int n = args.size();
        if (n == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + n);
        }
        BigInteger[] v = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            v[i] = Numbers.big(Ops.index(args.get(i)));
        }
        return n == 1 ? PyRange.of(BigInteger.ZERO, v[0], BigInteger.ONE)
                : PyRange.of(v[0], v[1], n == 3 ? v[2] : BigInteger.ONE);
    }

    private static Object getItem(PyRange r, Object key) {
        if (key instanceof PySlice s) {
            return slice(r, s);
        }
        if (!isInt(key) && Ops.type(key).lookup("__index__") == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        }
        BigInteger i = Numbers.big(Ops.index(key));
        if (i.signum() < 0) {
            i = i.add(r.length());
        }
        if (i.signum() < 0 || i.compareTo(r.length()) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return r.get(i);
    }

    /** {@code r[a:b:c]}: another range, from the slice's indices resolved against the length. */
    private static PyRange slice(PyRange r, PySlice s) {
        if (r.isSmall) {
            PySlice.Bounds b = s.indices(r.smallLength);
            BigInteger step = r.step().multiply(BigInteger.valueOf(b.step()));
            return PyRange.of(r.start().add(BigInteger.valueOf(b.start()).multiply(r.step())),
                    r.start().add(BigInteger.valueOf(b.stop()).multiply(r.step())), step);
        }
        BigInteger[] b = SliceOps.bigIndices(s, r.length());
        return PyRange.of(r.start().add(b[0].multiply(r.step())), r.start().add(b[1].multiply(r.step())),
                r.step().multiply(b[2]));
    }

    static boolean contains(PyRange r, Object x) {
        if (isInt(x)) {
            return containsInt(r, Numbers.big(x));
        }
        Object it = r.iterator();
        for (Object y = Iteration.next(it); y != null; y = Iteration.next(it)) {
            if (Ops.eq(y, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsInt(PyRange r, BigInteger v) {
        boolean inside = r.step().signum() > 0 ? v.compareTo(r.start()) >= 0 && v.compareTo(r.stop()) < 0
                : v.compareTo(r.start()) <= 0 && v.compareTo(r.stop()) > 0;
        return inside && v.subtract(r.start()).mod(r.step().abs()).signum() == 0;
    }

    private static boolean equal(PyRange a, PyRange b) {
        if (!a.length().equals(b.length())) {
            return false;
        }
        if (a.length().signum() == 0) {
            return true;
        }
        return a.start().equals(b.start()) && (a.length().equals(BigInteger.ONE) || a.step().equals(b.step()));
    }
}

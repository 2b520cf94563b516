package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code slice}. */
final class SliceMethods {
    private SliceMethods() {}

    static void init(PyType t) {
        Constructors.newFunction(t, "slice(cls, /, *args)", a -> {
            Object[] args = ((PyTuple) a[1]).array();
            if (args.length == 0) {
                throw Errors.typeError("slice expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw Errors.typeError("slice expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return new PySlice(Ops.NONE, args[0], Ops.NONE);
            }
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : Ops.NONE);
        });
        method(t, "__repr__(self, /)", a -> {
            PySlice s = (PySlice) a[0];
            return "slice(" + Ops.repr(s.start) + ", " + Ops.repr(s.stop) + ", " + Ops.repr(s.step) + ")";
        });
        method(t, "indices(self, length, /)", a -> {
            java.math.BigInteger n = Numbers.big(Ops.index(a[1]));
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            java.math.BigInteger[] b = SliceOps.bigIndices((PySlice) a[0], n);
            return PyTuple.of(Numbers.normalize(b[0]), Numbers.normalize(b[1]), Numbers.normalize(b[2]));
        });
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> a[1] instanceof PySlice o
                    ? Compare.compare(op, asTuple((PySlice) a[0]), asTuple(o)) : Ops.NOT_IMPLEMENTED);
        }
        t.dict().put("__hash__", Ops.NONE);
        PyGetSet.readonlyMember(t, "start", o -> ((PySlice) o).start);
        PyGetSet.readonlyMember(t, "stop", o -> ((PySlice) o).stop);
        PyGetSet.readonlyMember(t, "step", o -> ((PySlice) o).step);
    }

    private static PyTuple asTuple(PySlice s) {
        return PyTuple.of(s.start, s.stop, s.step);
    }
}

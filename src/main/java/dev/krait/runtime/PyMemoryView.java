package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * {@code memoryview} over bytes or bytearray: a one-dimensional view of unsigned bytes (format 'B') that reads
 * and, for a bytearray, writes the underlying object's memory without copying. Slicing makes a narrower view.
 */
public final class PyMemoryView extends PyObject {
    private static final PyType MEMORY_ITERATOR = PyIterator.iteratorType("memory_iterator");

    public static final PyType TYPE = PyTypes.fixed("memoryview", PyMemoryView::init);

    /** The exporting object: a bytes or bytearray. */
    private final Object obj;
    private final int start;
    private final int step;
    private final int length;
    private boolean released;

    private PyMemoryView(Object obj, int start, int step, int length) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyMemoryView of(Object source) {
        Object o = BuiltinSubclasses.valueOf(source);
        if (o instanceof PyMemoryView mv) {
            mv.checkReleased();
            return new PyMemoryView(mv.obj, mv.start, mv.step, mv.length);
        }
        if (!BytesOps.isBytesLike(o)) {
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(source) + "'");
        }
        return new PyMemoryView(o, 0, 1, BytesOps.lengthOf(o));
    }

    private void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    int size() {
        checkReleased();
        return length;
    }

    boolean isReadonly() {
        return !(obj instanceof PyByteArray);
    }

    /** The viewed bytes, copied out. */
    byte[] toBytes() {
        checkReleased();
        byte[] data = BytesOps.bytesOf(obj);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = data[start + i * step];
        }
        return out;
    }

    private int index(Object key) {
        long i = Ops.asIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return start + (int) i * step;
    }

    private Object getItem(Object key) {
        checkReleased();
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(length);
            return new PyMemoryView(obj, start + (int) b.start() * step, step * (int) b.step(), b.length());
        }
        if (key instanceof PyTuple t) {
            key = singleIndexOf(t, "multi-dimensional slicing is not implemented");
        }
        if (!isIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        return (long) (BytesOps.bytesOf(obj)[index(key)] & 0xFF);
    }

    private static boolean isIndex(Object key) {
        return Numbers.isInt(key) || Ops.type(key).lookup("__index__") != null;
    }

    /**
     * The index in a tuple key of this one-dimensional view, {@code m[(1,)]}; other tuples fail as CPython's
     * multi-dimensional indexing does (a tuple of slices with NotImplementedError {@code multiSlice}).
     */
    private static Object singleIndexOf(PyTuple key, String multiSlice) {
        boolean allIndexes = true;
        boolean allSlices = true;
        for (Object k : key.array()) {
            allIndexes &= isIndex(k);
            allSlices &= k instanceof PySlice;
        }
        if (allIndexes && key.size() == 0) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        }
        if (allIndexes && key.size() > 1) {
            throw Errors.typeError("cannot index 1-dimension view with " + key.size() + "-element tuple");
        }
        if (allIndexes) {
            return key.get(0);
        }
        if (allSlices) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, multiSlice);
        }
        return key;
    }

    private void setItem(Object key, Object value) {
        checkReleased();
        if (isReadonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        byte[] data = BytesOps.bytesOf(obj);
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(length);
            byte[] source = BytesOps.copyOf(BytesOps.bytesArgument(value));
            if (source.length != b.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < source.length; i++) {
                data[start + ((int) b.start() + i * (int) b.step()) * step] = source[i];
            }
            return;
        }
        if (key instanceof PyTuple t) {
            key = singleIndexOf(t, "memoryview slice assignments are currently restricted to ndim = 1");
        }
        if (!isIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        data[index(key)] = (byte) BytesOps.byteValue(value);
    }

    private static PyMemoryView self(Object[] a) {
        return (PyMemoryView) a[0];
    }

    private static void init(PyType t) {
        ObjectMethods.registerUnordered(t);
        Constructors.newFunction(t, "memoryview(cls, object)", a -> of(a[1]));
        method(t, "__len__(self, /)", a -> {
            self(a).checkReleased();
            return (long) self(a).length;
        });
        method(t, "__getitem__(self, key, /)", a -> self(a).getItem(a[1]));
        method(t, "__setitem__(self, key, value, /)", a -> {
            self(a).setItem(a[1], a[2]);
            return Ops.NONE;
        });
        // A view never changes size: deleting is refused, after the checks assignment makes first.
        method(t, "__delitem__(self, key, /)", a -> {
            PyMemoryView mv = self(a);
            mv.checkReleased();
            throw Errors.typeError(mv.isReadonly() ? "cannot modify read-only memory" : "cannot delete memory");
        });
        method(t, "__iter__(self, /)", a -> {
            Object[] items = toList(self(a));
            return new Iteration.ArrayIterator(MEMORY_ITERATOR, items, items.length);
        });
        method(t, "__eq__(self, value, /)", a -> {
            Object other = BuiltinSubclasses.valueOf(a[1]);
            if (self(a).released || other instanceof PyMemoryView o && o.released) {
                return a[0] == a[1];
            }
            if (!BytesOps.isBytesLike(other)) {
                return Ops.NOT_IMPLEMENTED;
            }
            return java.util.Arrays.equals(self(a).toBytes(), BytesOps.copyOf(other));
        });
        method(t, "__hash__(self, /)", a -> {
            if (!self(a).isReadonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return Ops.hash(BytesOps.latin1(new PyBytes(self(a).toBytes())));
        });
        method(t, "__repr__(self, /)", a -> (self(a).released ? "<released memory at " : "<memory at ")
                + Introspection.address(a[0]) + ">");
        method(t, "__enter__(self, /)", a -> {
            self(a).checkReleased();
            return a[0];
        });
        method(t, "__exit__(self, /, *args)", a -> {
            self(a).released = true;
            return Ops.NONE;
        });
        method(t, "release(self, /)", a -> {
            self(a).released = true;
            return Ops.NONE;
        });
        method(t, "tobytes(self, /, order=None)", a -> {
            // A one-dimensional view's bytes are the same in every order, but the argument is still checked.
            if (a[1] != null && a[1] != Ops.NONE) {
                if (!(BuiltinSubclasses.valueOf(a[1]) instanceof String order)) {
                    throw Errors.argumentType("tobytes() argument 'order'", "str or None", a[1]);
                }
                if (!Codecs.cString(order).equals("C") && !order.equals("F") && !order.equals("A")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PyBytes(self(a).toBytes());
        });
        method(t, "tolist(self, /)", a -> PyList.of(toList(self(a))));
        method(t, "hex(self, /, sep=<unrepresentable>, bytes_per_sep=1)",
                a -> BytesOps.hex(new PyBytes(self(a).toBytes()), a[1], a[2]));
        method(t, "toreadonly(self, /)", a -> {
            PyMemoryView mv = self(a);
            mv.checkReleased();
            return new PyMemoryView(new PyBytes(mv.toBytes()), 0, 1, mv.length);
        });
        PyGetSet.readonly(t, "obj", o -> ((PyMemoryView) o).obj);
        PyGetSet.readonly(t, "readonly", o -> ((PyMemoryView) o).isReadonly());
        PyGetSet.readonly(t, "nbytes", o -> (long) ((PyMemoryView) o).length);
        PyGetSet.readonly(t, "itemsize", o -> 1L);
        PyGetSet.readonly(t, "format", o -> "B");
        PyGetSet.readonly(t, "ndim", o -> 1L);
        PyGetSet.readonly(t, "shape", o -> PyTuple.of((long) ((PyMemoryView) o).length));
        PyGetSet.readonly(t, "strides", o -> PyTuple.of((long) ((PyMemoryView) o).step));
        PyGetSet.readonly(t, "released", o -> ((PyMemoryView) o).released);
    }

    private static Object[] toList(PyMemoryView mv) {
        byte[] bytes = mv.toBytes();
        Object[] items = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            items[i] = (long) (bytes[i] & 0xFF);
        }
        return items;
    }
}

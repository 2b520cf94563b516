package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** The methods bytearray adds to those it shares with bytes: item assignment and the list-like mutators. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static PyByteArray self(Object[] a) {
        return (PyByteArray) a[0];
    }

    static void register(PyType t) {
        method(t, "__setitem__(self, key, value, /)", a -> {
            if (a[1] instanceof PySlice s) {
                assignSlice(self(a), s, a[2]);
            } else {
                // CPython converts the index, then checks the value, and only then the index's range.
                long key = Items.sequenceIndex(a[1], "bytearray");
                byte value = (byte) BytesOps.byteValue(a[2]);
                self(a).set(BytesMethods.index(a[0], key, "bytearray"), value);
            }
            return Ops.NONE;
        });
        method(t, "__delitem__(self, key, /)", a -> {
            if (a[1] instanceof PySlice s) {
                deleteSlice(self(a), s);
            } else {
                int i = BytesMethods.index(a[0], a[1], "bytearray");
                self(a).replace(i, i + 1, new byte[0], 0);
            }
            return Ops.NONE;
        });
        SequenceMethods.registerConcatenation(t, "__iadd__(self, value, /)", a -> {
            Object other = BuiltinSubclasses.valueOf(a[1]);
            if (!BytesOps.isBytesLike(other)) {
                return Ops.NOT_IMPLEMENTED;
            }
            BytesOps.extendInPlace((PyByteArray) BuiltinSubclasses.valueOf(a[0]), other);
            return a[0];
        });
        BuiltinSubclasses.methodOnInstance(t, "__imul__(self, value, /)", a -> {
            BytesOps.repeatInPlace((PyByteArray) BuiltinSubclasses.valueOf(a[0]), a[1]);
            return a[0];
        });
        method(t, "append(self, item, /)", a -> {
            self(a).append((byte) BytesOps.byteValue(a[1]));
            return Ops.NONE;
        });
        method(t, "extend(self, iterable_of_ints, /)", a -> {
            Object src = a[1];
            if (!BytesOps.isBytesLike(src) && Ops.type(src).lookup("__iter__") == null) {
                throw Errors.typeError("can't extend bytearray with " + Ops.typeName(src));
            }
            byte[] added = BytesOps.isBytesLike(src) ? BytesOps.copyOf(src)
                    : BytesOps.fromInts(src, "byte must be in range(0, 256)");
            self(a).replace(self(a).size(), self(a).size(), added, added.length);
            return Ops.NONE;
        });
        method(t, "insert(self, index, item, /)", a -> {
            PyByteArray ba = self(a);
            long i = SequenceMethods.clampIndex(SequenceMethods.ssize(a[1]), ba.size());
            ba.replace((int) i, (int) i, new byte[] {(byte) BytesOps.byteValue(a[2])}, 1);
            return Ops.NONE;
        });
        method(t, "pop(self, index=-1, /)", a -> {
            PyByteArray ba = self(a);
            long i = a[1] == null ? -1 : SequenceMethods.ssize(a[1]);
            if (ba.size() == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += ba.size();
            }
            if (i < 0 || i >= ba.size()) {
                throw Errors.indexError("pop index out of range");
            }
            long v = ba.array()[(int) i] & 0xFF;
            ba.replace((int) i, (int) i + 1, new byte[0], 0);
            return v;
        });
        method(t, "remove(self, value, /)", a -> {
            PyByteArray ba = self(a);
            int i = BytesOps.latin1(ba).indexOf(BytesOps.byteValue(a[1]));
            if (i < 0) {
                throw Errors.valueError("value not found in bytearray");
            }
            ba.replace(i, i + 1, new byte[0], 0);
            return Ops.NONE;
        });
        method(t, "reverse(self, /)", a -> {
            byte[] data = BytesOps.copyOf(a[0]);
            for (int i = 0, j = data.length - 1; i < j; i++, j--) {
                byte tmp = data[i];
                data[i] = data[j];
                data[j] = tmp;
            }
            self(a).setContents(data, data.length);
            return Ops.NONE;
        });
        method(t, "clear(self, /)", a -> {
            self(a).setContents(new byte[0], 0);
            return Ops.NONE;
        });
        method(t, "copy(self, /)", a -> new PyByteArray(BytesOps.copyOf(a[0]), self(a).size()));
    }

    private static void assignSlice(PyByteArray ba, PySlice s, Object value) {
        byte[] items;
        if (BytesOps.isBytesLike(value)) {
            items = BytesOps.copyOf(value);
        } else if (BuiltinSubclasses.valueOf(value) instanceof String || Numbers.isNumber(value)) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            // Anything else is converted as bytearray(value) would convert it, with its errors.
            items = BytesOps.construct(value, null, null, "bytearray");
        }
        PySlice.Bounds b = s.indices(ba.size());
        if (b.step() == 1) {
            int start = (int) b.start();
            ba.replace(start, Math.max(start, (int) b.stop()), items, items.length);
            return;
        }
        if (items.length == 0) {
            // As in CPython, assigning nothing to an extended slice deletes it (a list would refuse).
            deleteSlice(ba, s);
            return;
        }
        if (items.length != b.length()) {
            throw Errors.valueError("attempt to assign bytes of size " + items.length + " to extended slice of size "
                    + b.length());
        }
        for (int i = 0; i < b.length(); i++) {
            ba.set((int) (b.start() + i * b.step()), items[i]);
        }
    }

    private static void deleteSlice(PyByteArray ba, PySlice s) {
        PySlice.Bounds b = s.indices(ba.size());
        boolean[] drop = new boolean[ba.size()];
        for (int i = 0; i < b.length(); i++) {
            drop[(int) (b.start() + i * b.step())] = true;
        }
        byte[] kept = new byte[ba.size() - b.length()];
        int k = 0;
        for (int i = 0; i < ba.size(); i++) {
            if (!drop[i]) {
                kept[k++] = ba.array()[i];
            }
        }
        ba.setContents(kept, k);
    }
}

package dev.krait.runtime;

/** Subscription: {@code obj[key]}, {@code obj[key] = v}, {@code del obj[key]}, including slices. */
public final class Items {
    private Items() {}

    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof Long i) {
                return l.get(index(i, l.size(), "list"));
            }
            if (key instanceof PySlice s) {
                return SliceOps.getList(l, s);
            }
        } else if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                return DictMethods.missing(d, key);
            }
            return v;
        } else if (obj instanceof PyTuple t) {
            if (key instanceof Long i) {
                return t.get(index(i, t.size(), "tuple"));
            }
            if (key instanceof PySlice s) {
                return SliceOps.getTuple(t, s);
            }
        } else if (obj instanceof String s) {
            if (key instanceof Long || key instanceof Boolean
                    || (!(key instanceof PySlice) && Ops.type(key).lookup("__index__") != null)) {
                return Strings.charAt(s, index(Ops.asIndex(key), Strings.length(s), "string"));
            }
            if (key instanceof PySlice sl) {
                return SliceOps.getStr(s, sl);
            }
            if (!(key instanceof Boolean) && Ops.type(key).lookup("__index__") == null) {
                throw Errors.typeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
            }
        }
        return getItemSlow(obj, key);
    }

    /** {@code obj[i]} with a Java index, for the sequence iterator. */
    static Object getItem(Object obj, long i) {
        return getItem(obj, (Object) i);
    }

    private static Object getItemSlow(Object obj, Object key) {
        PyType t = Ops.type(obj);
        Object m = t.lookup("__getitem__");
        if (m == null) {
            if (obj instanceof PyType cls) {
                Object cg = cls.lookup("__class_getitem__");
                if (cg != null) {
                    return Ops.call(Attributes.bindDescriptor(cg, null, cls) instanceof PyMethod pm ? pm
                            : new PyMethod(TypeCall.unwrapStatic(cg), cls), key);
                }
                if (PyGenericAlias.isGeneric(cls)) {
                    return new PyGenericAlias(cls, key);
                }
                throw Errors.typeError("type '" + cls.name + "' is not subscriptable");
            }
            throw Errors.notA(obj, "subscriptable");
        }
        return Ops.callMethod(m, obj, key);
    }

    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (key instanceof Long i) {
                l.set(index(i, l.size(), "list assignment"), value);
                return;
            }
            if (key instanceof PySlice s) {
                SliceOps.setList(l, s, value);
                return;
            }
        } else if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        Object m = Ops.type(obj).lookup("__setitem__");
        if (m == null) {
            checkSequenceKey(obj, key);
            throw Errors.typeError("'" + Ops.typeName(obj) + "' object does not support item assignment");
        }
        Ops.callMethod(m, obj, key, value);
    }

    /**
     * What CPython's PyObject_SetItem and PyObject_DelItem check before refusing an object that cannot change
     * items: an object with sequence slots converts an index key first (10**100 is an IndexError, "cannot fit
     * 'int' into an index-sized integer"). Returns whether the key was an index into such an object, which
     * PySequence_DelItem refuses in words of its own.
     */
    private static boolean checkSequenceKey(Object obj, Object key) {
        if (!Sequences.hasSequenceSlots(Ops.type(obj))
                || !(key instanceof Long || key instanceof Boolean || Ops.type(key).lookup("__index__") != null)) {
            return false;
        }
        Ops.asIndex(key);
        return true;
    }


    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof Long i) {
                l.remove(index(i, l.size(), "list assignment"));
                return;
            }
            if (key instanceof PySlice s) {
                SliceOps.deleteList(l, s);
                return;
            }
        } else if (obj instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        Object m = Ops.type(obj).lookup("__delitem__");
        if (m == null) {
            // PySequence_DelItem, reached with an index key, words this differently from PyObject_DelItem.
            String verb = checkSequenceKey(obj, key) ? "doesn't" : "does not";
            throw Errors.typeError("'" + Ops.typeName(obj) + "' object " + verb + " support item deletion");
        }
        Ops.callMethod(m, obj, key);
    }

    /** Normalises a possibly negative index; {@code what} names the sequence in "list index out of range". */
    public static int index(long i, int size, String what) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    /** Converts a subscript to a sequence index, raising "list indices must be integers or slices, not str". */
    public static long sequenceIndex(Object key, String typeName) {
        if (key instanceof Long l) {
            return l;
        }
        if (key instanceof Boolean || Ops.type(key).lookup("__index__") != null) {
            return Ops.asIndex(key);
        }
        throw Errors.typeError(typeName + " indices must be integers or slices, not " + Ops.typeName(key));
    }
}

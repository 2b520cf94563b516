package dev.krait.runtime;

import java.math.BigInteger;

/**
 * The generic operations on Python values, with fast paths for the plain Java representations and a fallback
 * to special methods found on the type. Arithmetic lives in {@link Arith}, comparisons in {@link Compare}.
 */
public final class Ops {
    private Ops() {}

    public static final Object NONE = PyTypes.NONE;
    public static final Object NOT_IMPLEMENTED = PyTypes.NOT_IMPLEMENTED;

    private static final String[] NO_KW = null;

    /**
     * The {@code is} operator: Java identity, except that the small ints -5..256 are single objects in CPython
     * (Java boxes only -128..127 alike).
     */
    public static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            long v = x;
            return v == y && v >= -5 && v <= 256;
        }
        return false;
    }

    /** The Python type of any value. */
    public static PyType type(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return PyTypes.INT;
        }
        if (o instanceof String) {
            return PyTypes.STR;
        }
        if (o instanceof Double) {
            return PyTypes.FLOAT;
        }
        if (o instanceof Boolean) {
            return PyTypes.BOOL;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    /** The name of {@code o}'s type as error messages give it. */
    public static String typeName(Object o) {
        return type(o).nameInMessages();
    }

    // ---- truth, identity, hashing ------------------------------------------------------------------------

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == NONE) {
            return false;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        return isTrueSlow(o);
    }

    private static boolean isTrueSlow(Object o) {
        Object bool = type(o).lookup("__bool__");
        if (bool != null) {
            Object r = callMethod(bool, o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        Object len = type(o).lookup("__len__");
        if (len != null) {
            return lenResult(callMethod(len, o)) != 0;
        }
        return true;
    }

    /** Python's hash: equal numbers hash equal across int, float and bool. */
    public static long hash(Object o) {
        if (o instanceof String s) {
            long h = s.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            return h == -1 ? -2 : h;
        }
        if (o instanceof Long l) {
            return Hashing.hashLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return Hashing.hashDouble(d, d);
        }
        if (o instanceof BigInteger b) {
            return Hashing.hashBig(b);
        }
        if (o instanceof PyTuple t) {
            return Hashing.hashTuple(t);
        }
        return hashSlow(o);
    }

    private static long hashSlow(Object o) {
        PyType t = type(o);
        Object h = t.lookup("__hash__");
        if (h == NONE) {
            throw Errors.typeError("unhashable type: '" + t.nameInMessages() + "'");
        }
        if (h instanceof PyBuiltinFunction b && b.owner == PyTypes.OBJECT) {
            return Hashing.identityHash(o);
        }
        // An int subclass result counts by its value: its own __hash__ is not consulted.
        Object r = BuiltinSubclasses.valueOf(callMethod(h, o));
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        if (r instanceof Boolean || r instanceof BigInteger) {
            return hash(r);
        }
        throw Errors.typeError("__hash__ method should return an integer");
    }

    /** {@code a == b} as a Java boolean (dict keys, list.index, {@code in}). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String s && !(b instanceof PyObject)) {
            // A str differs from every plain Java value but another str; an object (a str subclass instance, a
            // class with __eq__) gets its reflected __eq__ below.
            return s.equals(b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return isTrue(Compare.eq(a, b));
    }

    // ---- text ----------------------------------------------------------------------------------------------

    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntText.decimal(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        Object s = callSpecialCounted(type(o).lookup("__repr__"), o, ThreadState.GETTING_REPR);
        if (s instanceof String str) {
            return str;
        }
        throw Errors.typeError("__repr__ returned non-string (type " + typeName(s) + ")");
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntText.decimal(b);
        }
        if (o instanceof Double || o instanceof Boolean) {
            return repr(o);
        }
        Object s = callSpecialCounted(type(o).lookup("__str__"), o, ThreadState.GETTING_STR);
        if (s instanceof String str) {
            return str;
        }
        throw Errors.typeError("__str__ returned non-string (type " + typeName(s) + ")");
    }

    /**
     * Calls {@code o}'s special method {@code m}; one written in Python counts a level of recursion besides its
     * frame, with the message suffix {@code where}, as CPython's PyObject_Repr and PyObject_Str do.
     */
    private static Object callSpecialCounted(Object m, Object o, String where) {
        if (m instanceof PyBuiltinFunction) {
            return callMethod(m, o);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(where);
        try {
            return callMethod(m, o);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    // ---- calls ---------------------------------------------------------------------------------------------

    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyObject p) {
            return p.call(args, kwnames);
        }
        throw Errors.notA(f, "callable");
    }

    public static Object call(Object f, Object... args) {
        return call(f, args, NO_KW);
    }

    /** Calls a class attribute found by {@link PyType#lookup} as a method of {@code self}. */
    public static Object callMethod(Object descr, Object self, Object... args) {
        if (descr instanceof PyBuiltinFunction b && b.owner != null) {
            return b.callMethod(self, args, NO_KW);
        }
        if (descr instanceof PyObject p && p.bindsAsMethod()) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return p.call(all, NO_KW);
        }
        return call(Attributes.bindDescriptor(descr, self, type(self)), args, NO_KW);
    }

    /** Finds and calls special method {@code name} on {@code self}'s type; null when the type lacks it. */
    public static Object callSpecial(Object self, String name, Object... args) {
        Object m = type(self).lookup(name);
        return m == null ? null : callMethod(m, self, args);
    }

    static Object callSlow(PyObject self, Object[] args, String[] kwnames) {
        Object m = self.type().lookup("__call__");
        if (m == null) {
            throw Errors.notA(self, "callable");
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(ThreadState.CALLING_OBJECT);
        try {
            if (m instanceof PyObject p && p.bindsAsMethod()) {
                Object[] all = new Object[args.length + 1];
                all[0] = self;
                System.arraycopy(args, 0, all, 1, args.length);
                return p.call(all, kwnames);
            }
            return call(Attributes.bindDescriptor(m, self, self.type()), args, kwnames);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    public static boolean isCallable(Object o) {
        if (o instanceof PyType || o instanceof PyBuiltinFunction || o instanceof PyMethod) {
            return true;
        }
        return o instanceof PyObject && (((PyObject) o).bindsAsMethod() || type(o).lookup("__call__") != null);
    }

    // ---- sizes and indices -----------------------------------------------------------------------------------

    public static int len(Object o) {
        if (o instanceof String s) {
            return Strings.length(s);
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        Object m = type(o).lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        return lenResult(callMethod(m, o));
    }

    private static int lenResult(Object r) {
        if (!(r instanceof Long || r instanceof Boolean || r instanceof BigInteger)) {
            throw Errors.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        if (r instanceof Long l && l < 0 || r instanceof BigInteger b && b.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!(r instanceof Long l) || l > Integer.MAX_VALUE) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return (int) (long) l;
    }

    /** {@code operator.index}: an int (Long or BigInteger) from an int-like value, or TypeError. */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        // An instance of an int subclass is an int already: its own __index__ is not asked, as in CPython.
        Object value = BuiltinSubclasses.valueOf(o);
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        Object m = type(o).lookup("__index__");
        if (m != null) {
            Object r = callMethod(m, o);
            if (r instanceof Long || r instanceof BigInteger) {
                return r;
            }
            Object rv = BuiltinSubclasses.valueOf(r);
            if (Numbers.isInt(rv)) {
                Warnings.strictSubclassResult("__index__", r, "int");
                return Numbers.asInt(rv);
            }
            throw Errors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** An index-sized value, clamped on overflow like CPython's PyNumber_AsSsize_t with a clamp. */
    public static long indexValue(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * An index-sized value that must fit, else IndexError "cannot fit 'int' into an index-sized integer" (naming
     * the type of {@code o} itself, which may be a class with {@code __index__}).
     */
    public static long asIndex(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw Errors.indexError("cannot fit '" + typeName(o) + "' into an index-sized integer");
    }

    // ---- membership, iteration -----------------------------------------------------------------------------

    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (BuiltinSubclasses.valueOf(item) instanceof String sub) {
                return Strings.indexOf(s, sub, 0) >= 0;
            }
            throw Errors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
        }
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (eq(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        Object m = type(container).lookup("__contains__");
        if (m == NONE) {
            throw Errors.typeError("'" + typeName(container) + "' object is not a container");
        }
        if (m != null) {
            return isTrue(callMethod(m, container, item));
        }
        Object it = Iteration.iterForContains(container);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (eq(x, item)) {
                return true;
            }
        }
        return false;
    }
}

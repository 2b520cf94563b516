package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Rich comparisons. Numbers compare exactly across int and float (2**53 + 1 != 2.0**53); str, list and tuple
 * compare lexicographically; everything else goes through {@code __lt__}/{@code __eq__}... with reflection, and
 * {@code ==}/{@code !=} fall back to identity.
 */
public final class Compare {
    private Compare() {}

    public static Object eq(Object a, Object b) {
        return compare(CompareOp.EQ, a, b);
    }

    public static Object compare(CompareOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return op.test(Long.compare(x, y));
        }
        if (a instanceof PyTuple && b instanceof PyTuple || a instanceof PyList && b instanceof PyList) {
            return sequence(op, a, b);
        }
        int c = builtinCompare(op, a, b);
        if (c == UNEQUAL) {
            return op == CompareOp.NE;
        }
        if (c != NO_ORDER) {
            return op.test(c);
        }
        return dispatch(op, a, b);
    }

    /** A three-way result, or NO_ORDER when the operands are not both built-in comparable values. */
    private static final int NO_ORDER = Integer.MIN_VALUE;
    /** Unequal but unordered (nan, or containers that differ where only == was asked). */
    private static final int UNEQUAL = Integer.MIN_VALUE + 1;

    private static int builtinCompare(CompareOp op, Object a, Object b) {
        boolean na = a instanceof Long || a instanceof Double || a instanceof Boolean || a instanceof BigInteger;
        boolean nb = b instanceof Long || b instanceof Double || b instanceof Boolean || b instanceof BigInteger;
        if (na && nb) {
            return numeric(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) == 0 ? 0 : compareStrings(x, y);
        }
        return NO_ORDER;
    }

    /** Orders by code point, which for UTF-16 differs from {@link String#compareTo} only around surrogates. */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy) {
                if (Character.isSurrogate(cx) || Character.isSurrogate(cy)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return cx - cy;
            }
        }
        return x.length() - y.length();
    }

    private static int numeric(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof Double x && b instanceof Double y) {
                return Double.isNaN(x) || Double.isNaN(y) ? UNEQUAL : Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
            }
            return intVsFloat(a, b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Numbers.big(a).compareTo(Numbers.big(b));
    }

    private static int intVsFloat(Object a, Object b) {
        boolean aIsFloat = a instanceof Double;
        double d = aIsFloat ? (Double) a : (Double) b;
        Object i = Numbers.asInt(aIsFloat ? b : a);
        if (Double.isNaN(d)) {
            return UNEQUAL;
        }
        int c;
        if (Double.isInfinite(d)) {
            c = d > 0 ? -1 : 1;
        } else if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            c = Double.compare((double) l, d == 0 ? 0.0 : d);
        } else {
            c = new BigDecimal(Numbers.big(i)).compareTo(new BigDecimal(d));
        }
        return aIsFloat ? -c : c;
    }

    /**
     * Lexicographic comparison of two lists or two tuples. Lengths are re-read at every step, since an item's
     * {@code __eq__} may change a list being compared. The first items that differ are compared with the
     * operator itself, whose result (whatever object a {@code __le__} returns) is the answer, as in CPython.
     */
    private static Object sequence(CompareOp op, Object x, Object y) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && SequenceMethods.sizeOf(x) != SequenceMethods.sizeOf(y)) {
            return op == CompareOp.NE;
        }
        int i = 0;
        while (i < SequenceMethods.sizeOf(x) && i < SequenceMethods.sizeOf(y)) {
            Object xi = SequenceMethods.itemOf(x, i);
            Object yi = SequenceMethods.itemOf(y, i);
            if (!(isNestedContainer(xi) ? nestedEq(xi, yi) : Ops.eq(xi, yi))) {
                break;
            }
            i++;
        }
        if (i >= SequenceMethods.sizeOf(x) || i >= SequenceMethods.sizeOf(y)) {
            return op.test(Integer.compare(SequenceMethods.sizeOf(x), SequenceMethods.sizeOf(y)));
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return op == CompareOp.NE;
        }
        return compare(op, SequenceMethods.itemOf(x, i), SequenceMethods.itemOf(y, i));
    }

    /** Containers whose comparison recurses in Java (other objects recurse through counted Python calls). */
    static boolean isNestedContainer(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyDict;
    }

    /** {@code a == b} for a nested container, counted against the recursion limit as CPython counts it. */
    static boolean nestedEq(Object a, Object b) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(IN_COMPARISON);
        try {
            return Ops.eq(a, b);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private static Object dispatch(CompareOp op, Object a, Object b) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        CompareOp swapped = op.swapped();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(swapped.method) != ta.lookup(swapped.method);
        if (reflectedFirst) {
            Object r = trySpecial(tb, b, swapped, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = trySpecial(ta, a, op, b);
        if (r != Ops.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedFirst) {
            r = trySpecial(tb, b, swapped, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return a == b;
        }
        if (op == CompareOp.NE) {
            return a != b;
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.nameInMessages()
                + "' and '" + tb.nameInMessages() + "'");
    }

    /**
     * The rest of the protocol once the left operand's method returned NotImplemented, for operands where that
     * method came first (the right operand's class is not a subclass of the left's that overrides the reflected
     * method), as COMPARE_OP_PY_METHOD's cache guarantees.
     */
    public static Object afterLeftDeclined(CompareOp op, Object a, Object b) {
        PyType tb = Ops.type(b);
        Object r = trySpecial(tb, b, op.swapped(), a);
        if (r != Ops.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return (a == b) == (op == CompareOp.EQ);
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '"
                + Ops.typeName(a) + "' and '" + tb.nameInMessages() + "'");
    }

    private static Object trySpecial(PyType t, Object self, CompareOp op, Object other) {
        Object m = t.lookup(op.method);
        if (m == null) {
            return Ops.NOT_IMPLEMENTED;
        }
        if (m instanceof PyBuiltinFunction) {
            // Built-in comparisons count their own recursion (nested containers, see nestedEq).
            return Ops.callMethod(m, self, other);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(IN_COMPARISON);
        try {
            return Ops.callMethod(m, self, other);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /**
     * How CPython completes "maximum recursion depth exceeded" when the limit is met on entering a comparison: every
     * comparison that runs a special method written in Python counts one level of recursion besides that method's
     * own call, as CPython's PyObject_RichCompare does.
     */
    public static final String IN_COMPARISON = " in comparison";
}

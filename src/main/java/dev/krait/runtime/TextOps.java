package dev.krait.runtime;

/**
 * The searching str methods (find, count, startswith, replace, partition...) and join. Positions are code
 * points, as in Python; strings without surrogate pairs (nearly all) use Java's UTF-16 indexes directly.
 */
final class TextOps {
    private TextOps() {}

    /**
     * Registers one of the search methods (find, count, startswith...) of str, bytes or bytearray, whose
     * argument-count errors CPython words as PyArg_ParseTuple does: "find() takes at least 1 argument (0 given)".
     */
    static void searchMethod(PyType t, String signature, PyBuiltinFunction.Body body) {
        // CPython parses start and end before it looks at the substring, so their errors come first.
        PyBuiltinFunction f = new PyBuiltinFunction(Signature.parseTupleStyle(signature, t.name), t, a -> {
            checkBound(a[2]);
            checkBound(a[3]);
            return body.call(a);
        });
        t.dict().put(f.name, f);
    }

    private static void checkBound(Object o) {
        if (o != null && o != Ops.NONE && !Numbers.isInt(o) && Ops.type(o).lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
    }

    /** A str argument (a str subclass instance counts), or TypeError "must be str, not NoneType". */
    static String arg(Object o) {
        if (BuiltinSubclasses.valueOf(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError("must be str, not " + Ops.typeName(o));
    }

    /**
     * A str argument of a method that names it, or TypeError "{@code what} must be str, not None",
     * with {@code what} like "__format__() argument".
     */
    static String arg(Object o, String what) {
        if (BuiltinSubclasses.valueOf(o) instanceof String s) {
            return s;
        }
        throw Errors.argumentType(what, "str", o);
    }

    /** A str argument of a method that names itself in the error: "replace() argument 1 must be str, not int". */
    static String arg(Object o, String method, int position) {
        return arg(o, method + "() argument " + position);
    }

    /** A start/end argument: None, or anything with {@code __index__} (clamped to the long range). */
    static long bound(Object o, long dflt) {
        if (o == null || o == Ops.NONE) {
            return dflt;
        }
        checkBound(o);
        return Ops.indexValue(o);
    }

    /**
     * The [start, end) window of a search in code points, adjusted as CPython does: negative values count from
     * the end, end is clamped to the length, but a start past the end is kept (making the window empty).
     */
    private static long[] window(int length, Object startArg, Object endArg) {
        long start = bound(startArg, 0);
        long end = bound(endArg, length);
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new long[] {start, end};
    }

    /**
     * {@code find}/{@code rfind}, or with a not-found message {@code index}/{@code rindex}; slots: self, sub,
     * start, end.
     */
    static long find(Object[] a, boolean reverse, String notFound) {
        String s = (String) a[0];
        String sub = arg(a[1]);
        int length = Strings.length(s);
        long[] w = window(length, a[2], a[3]);
        long found = -1;
        int subLength = Strings.length(sub);
        if (w[1] - w[0] >= subLength) {
            if (subLength == 0) {
                found = reverse ? w[1] : w[0];
            } else {
                String region = Strings.substring(s, (int) w[0], (int) w[1]);
                int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
                found = i < 0 ? -1 : Strings.toCodePointIndex(region, i) + w[0];
            }
        }
        if (found < 0 && notFound != null) {
            throw Errors.valueError(notFound);
        }
        return found;
    }

    /** {@code count(sub, start, end)}: non-overlapping occurrences. */
    static long count(Object[] a) {
        String s = (String) a[0];
        String sub = arg(a[1]);
        int length = Strings.length(s);
        long[] w = window(length, a[2], a[3]);
        int subLength = Strings.length(sub);
        if (w[1] - w[0] < subLength) {
            return 0;
        }
        if (subLength == 0) {
            return w[1] - w[0] + 1;
        }
        String region = Strings.substring(s, (int) w[0], (int) w[1]);
        long n = 0;
        for (int i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** {@code startswith}/{@code endswith} with a str or a tuple of str; slots: self, affix, start, end. */
    static boolean affix(Object[] a, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Object affix = BuiltinSubclasses.valueOf(a[1]);
        if (affix instanceof PyTuple t) {
            for (Object o : t.array()) {
                if (!(BuiltinSubclasses.valueOf(o) instanceof String p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + Ops.typeName(o));
                }
                if (matchesAt((String) a[0], p, a[2], a[3], prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(affix instanceof String p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Ops.typeName(a[1]));
        }
        return matchesAt((String) a[0], p, a[2], a[3], prefix);
    }

    private static boolean matchesAt(String s, String affix, Object start, Object end, boolean prefix) {
        long[] w = window(Strings.length(s), start, end);
        int affixLength = Strings.length(affix);
        if (w[1] - w[0] < affixLength) {
            return false;
        }
        long at = prefix ? w[0] : w[1] - affixLength;
        return Strings.substring(s, (int) at, (int) at + affixLength).equals(affix);
    }

    static String removePrefix(String s, Object prefix) {
        String p = removeArg(prefix, "removeprefix");
        return s.startsWith(p) ? s.substring(p.length()) : s;
    }

    static String removeSuffix(String s, Object suffix) {
        String p = removeArg(suffix, "removesuffix");
        return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
    }

    private static String removeArg(Object o, String method) {
        return arg(o, method + "() argument");
    }

    /** {@code replace(old, new, count=-1)}. */
    static String replace(String s, Object oldArg, Object newArg, Object countArg) {
        String old = arg(oldArg, "replace", 1);
        String rep = arg(newArg, "replace", 2);
        long count = countArg == null ? -1 : SequenceMethods.ssize(countArg);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            return insertEverywhere(s, rep, count);
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (long k = 0; k < count; k++) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            b.append(s, i, j).append(rep);
            i = j + old.length();
        }
        return i == 0 ? s : b.append(s, i, s.length()).toString();
    }

    /** Replacing the empty string: {@code rep} before each character and at the end, {@code count} times. */
    private static String insertEverywhere(String s, String rep, long count) {
        StringBuilder b = new StringBuilder();
        long done = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (done++ < count) {
                b.append(rep);
            }
            b.appendCodePoint(cp);
        }
        if (done < count) {
            b.append(rep);
        }
        return b.toString();
    }

    /** {@code partition}/{@code rpartition}: a 3-tuple split around the first (last) separator. */
    static PyTuple partition(String s, Object sepArg, boolean reverse) {
        String sep = arg(sepArg);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** {@code sep.join(iterable)}. */
    static String join(String sep, Object iterable) {
        Object[] items;
        int n;
        if (iterable instanceof PyList l) {
            items = l.array();
            n = l.size();
        } else {
            items = iterable instanceof PyTuple t ? t.array()
                    : Iteration.toArray(Iteration.iterOrTypeError(iterable, "can only join an iterable"));
            n = items.length;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (!(BuiltinSubclasses.valueOf(items[i]) instanceof String s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i])
                        + " found");
            }
            if (i > 0) {
                b.append(sep);
            }
            b.append(s);
        }
        return b.toString();
    }
}

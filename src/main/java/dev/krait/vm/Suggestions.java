package dev.krait.vm;

import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Introspection;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTraceback;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" hint CPython 3.11 adds to NameError and AttributeError tracebacks: the closest name by a
 * case-aware edit distance, if it is close enough (at most about a third of the characters differ).
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The hint for an uncaught exception, or null. */
    static String hint(PyBaseException exc) {
        if (!(exc.dict.get("name") instanceof String name)) {
            return null;
        }
        if (exc.type() == ExceptionTypes.ATTRIBUTE_ERROR) {
            Object obj = exc.dict.get("obj");
            return obj == null ? null : best(names(Introspection.dir(obj)), name);
        }
        if (exc.isInstance(ExceptionTypes.NAME_ERROR) && exc.traceback != null) {
            PyTraceback last = exc.traceback;
            while (last.next != null) {
                last = last.next;
            }
            if (!(last.frame instanceof Frame f)) {
                return null;
            }
            Object locals = VmBuiltins.locals(f);
            String s = locals instanceof PyDict d ? best(keys(d), name) : null;
            if (s == null) {
                s = best(keys(f.globals), name);
            }
            if (s == null) {
                s = best(keys(f.builtins), name);
            }
            return s;
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
            if (d.keyAt(e) instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> names(PyList l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) && a < 128 && b < 128 ? CASE_COST : MOVE_COST;
    }

    /** Edit distance with case flips cheaper than other edits, giving up above {@code maxCost}. */
    static int distance(String x, String y, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = x.length();
        int bEnd = y.length();
        while (aStart < aEnd && bStart < bEnd && x.charAt(aStart) == y.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && x.charAt(aEnd - 1) == y.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        String a = x.substring(aStart, aEnd);
        String b = y.substring(bStart, bEnd);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + substitutionCost(code, a.charAt(i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}

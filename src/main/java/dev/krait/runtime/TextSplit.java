package dev.krait.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The str methods that cut a string apart: split, rsplit, splitlines, and the strip family. bytes reuses them
 * on Latin-1 text with its own (ASCII) notion of whitespace and line breaks.
 */
final class TextSplit {
    private TextSplit() {}

    /** {@code split(sep=None, maxsplit=-1)} and, with {@code reverse}, {@code rsplit}. */
    static PyList split(String s, Object sepArg, Object maxArg, boolean reverse, IntPredicate space) {
        long max = maxArg == null ? -1 : SequenceMethods.ssize(maxArg);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (sepArg == null || sepArg == Ops.NONE) {
            return reverse ? rsplitWhitespace(s, max, space) : splitWhitespace(s, max, space);
        }
        if (!(BuiltinSubclasses.valueOf(sepArg) instanceof String sep)) {
            throw Errors.typeError("must be str or None, not " + Ops.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        List<String> parts = new ArrayList<>();
        if (reverse) {
            int end = s.length();
            for (long k = 0; k < max; k++) {
                int j = s.lastIndexOf(sep, end - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sep.length(), end));
                end = j;
            }
            parts.add(s.substring(0, end));
            Collections.reverse(parts);
        } else {
            int start = 0;
            for (long k = 0; k < max; k++) {
                int j = s.indexOf(sep, start);
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(start, j));
                start = j + sep.length();
            }
            parts.add(s.substring(start));
        }
        return toList(parts);
    }

    private static PyList toList(List<String> parts) {
        return new PyList(parts.toArray(), parts.size());
    }

    /** Whitespace characters are all in the BMP, so scanning UTF-16 units is exact. */
    private static PyList splitWhitespace(String s, long max, IntPredicate isSpace) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && isSpace.test(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            if (out.size() >= max) {
                out.append(s.substring(i));
                return out;
            }
            int j = i;
            while (j < n && !isSpace.test(s.charAt(j))) {
                j++;
            }
            out.append(s.substring(i, j));
            i = j;
        }
    }

    private static PyList rsplitWhitespace(String s, long max, IntPredicate isSpace) {
        List<String> parts = new ArrayList<>();
        int i = s.length();
        while (true) {
            while (i > 0 && isSpace.test(s.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (parts.size() >= max) {
                parts.add(s.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace.test(s.charAt(j - 1))) {
                j--;
            }
            parts.add(s.substring(j, i));
            i = j;
        }
        Collections.reverse(parts);
        return toList(parts);
    }

    /** Line boundaries of str's {@code splitlines}: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85 and two more. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(String s, boolean keepends, IntPredicate isLineBreak) {
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak.test(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.append(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    /** {@code strip}/{@code lstrip}/{@code rstrip}: whitespace, or any character of {@code chars}. */
    static String strip(String s, Object chars, boolean left, boolean right, IntPredicate isSpace) {
        if (chars == null || chars == Ops.NONE) {
            int start = 0;
            int end = s.length();
            while (left && start < end && isSpace.test(s.charAt(start))) {
                start++;
            }
            while (right && end > start && isSpace.test(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(start, end);
        }
        if (!(BuiltinSubclasses.valueOf(chars) instanceof String cs)) {
            String name = left && right ? "strip" : left ? "lstrip" : "rstrip";
            throw Errors.typeError(name + " arg must be None or str");
        }
        int start = 0;
        int end = s.length();
        while (left && start < end && cs.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (right && end > start && cs.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}

package dev.krait.runtime;

/**
 * Python str semantics over Java strings: Python counts code points, Java counts UTF-16 units. Strings without
 * surrogates (nearly all) take the direct path.
 */
public final class Strings {
    private Strings() {}

    private static final String[] LATIN1 = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = String.valueOf((char) i).intern();
        }
    }

    public static String ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new String(Character.toChars(cp));
    }

    /** Raises the UnicodeEncodeError CPython raises where it needs the UTF-8 form of {@code s} (a lone surrogate). */
    public static void requireUtf8(String s) {
        if (hasSurrogates(s)) {
            Codecs.encode(s, "utf-8", "strict");
        }
    }

    /** True if the string has a surrogate, so char and code-point positions differ. */
    public static boolean hasSurrogates(String s) {
        return s.length() <= CodePointIndex.SCAN_LIMIT ? scanForSurrogates(s)
                : CodePointIndex.of(s) != CodePointIndex.NO_SURROGATES;
    }

    static boolean scanForSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each code point of {@code s} starts, or {@link CodePointIndex#NO_SURROGATES}; short strings are scanned
     * and answer null when they have surrogates (the caller then counts).
     */
    private static int[] starts(String s) {
        if (s.length() <= CodePointIndex.SCAN_LIMIT) {
            return scanForSurrogates(s) ? null : CodePointIndex.NO_SURROGATES;
        }
        return CodePointIndex.of(s);
    }

    public static int length(String s) {
        int[] starts = starts(s);
        return starts == CodePointIndex.NO_SURROGATES ? s.length()
                : starts != null ? starts.length : s.codePointCount(0, s.length());
    }

    /** Character (code point) {@code i} of {@code s}, 0 <= i < length. */
    public static String charAt(String s, int i) {
        int[] starts = starts(s);
        if (starts == CodePointIndex.NO_SURROGATES) {
            return ofCodePoint(s.charAt(i));
        }
        return ofCodePoint(s.codePointAt(starts != null ? starts[i] : s.offsetByCodePoints(0, i)));
    }

    /** Substring by code-point positions. */
    public static String substring(String s, int from, int to) {
        int[] starts = starts(s);
        if (starts == CodePointIndex.NO_SURROGATES) {
            return s.substring(from, to);
        }
        if (starts != null) {
            return s.substring(from < starts.length ? starts[from] : s.length(),
                    to < starts.length ? starts[to] : s.length());
        }
        int a = s.offsetByCodePoints(0, from);
        int b = s.offsetByCodePoints(a, to - from);
        return s.substring(a, b);
    }

    /** The code points of {@code s}. */
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    public static String fromCodePoints(int[] cps, int from, int count) {
        return new String(cps, from, count);
    }

    /**
     * {@code s.indexOf(sub, from)} on code points: a match may not start or end inside a surrogate pair (a lone
     * surrogate in {@code sub} must not match half of a character of {@code s}).
     */
    public static int indexOf(String s, String sub, int from) {
        int i = s.indexOf(sub, from);
        if (i < 0 || !hasSurrogates(sub)) {
            return i;
        }
        while (i >= 0) {
            int end = i + sub.length();
            boolean splitsStart = i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i));
            boolean splitsEnd = end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))
                    && Character.isLowSurrogate(s.charAt(end));
            if (!splitsStart && !splitsEnd) {
                return i;
            }
            i = s.indexOf(sub, i + 1);
        }
        return -1;
    }

    /** Converts a UTF-16 index in {@code s} to a code-point index. */
    public static int toCodePointIndex(String s, int charIndex) {
        if (charIndex < 0) {
            return charIndex;
        }
        int[] starts = starts(s);
        if (starts == CodePointIndex.NO_SURROGATES) {
            return charIndex;
        }
        if (starts == null) {
            return s.codePointCount(0, charIndex);
        }
        int k = java.util.Arrays.binarySearch(starts, charIndex);
        return k >= 0 ? k : -k - 1;
    }
}

package dev.krait.runtime;

/**
 * What Python's view of a str as code points needs from a long Java string (UTF-16 units): whether it has
 * surrogate pairs and, if it does, where each code point starts. Finding out scans the string, which made
 * {@code s[i]} and {@code len(s)} O(n) and a loop indexing a long string quadratic; so each thread keeps the answers
 * for the long strings it used last, keyed by identity (Java strings never change, so answers never go stale).
 */
final class CodePointIndex {
    /** Strings up to this long are scanned each time: cheaper than a cache probe. */
    static final int SCAN_LIMIT = 64;
    /** The answer for strings without surrogates. */
    static final int[] NO_SURROGATES = new int[0];
    private static final int SIZE = 64;

    private final String[] strings = new String[SIZE];
    private final int[][] starts = new int[SIZE][];

    /**
     * {@link #NO_SURROGATES}, or the UTF-16 index at which each code point of {@code s} starts (its length is the
     * code-point length), from this thread's cache when there is one.
     */
    static int[] of(String s) {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? compute(s) : ts.codePointIndex.lookup(s);
    }

    private int[] lookup(String s) {
        int slot = System.identityHashCode(s) & (SIZE - 1);
        if (strings[slot] == s) {
            return starts[slot];
        }
        int[] answer = compute(s);
        strings[slot] = s;
        starts[slot] = answer;
        return answer;
    }

    private static int[] compute(String s) {
        if (!Strings.scanForSurrogates(s)) {
            return NO_SURROGATES;
        }
        int[] out = new int[s.codePointCount(0, s.length())];
        for (int i = 0, k = 0; i < s.length(); k++) {
            out[k] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        return out;
    }
}

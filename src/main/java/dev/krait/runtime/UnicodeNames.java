package dev.krait.runtime;

import dev.krait.unicode.UnicodeChars;

/**
 * Character lookup by Unicode name for {@code \N{...}} escapes. Java knows the names from UnicodeData; the names
 * Unicode derives by rule (CJK unified ideographs and Hangul syllables) are computed here as CPython does. A JDK
 * newer than CPython 3.11's Unicode 14 knows more characters: those are nameless here, as in CPython.
 */
public final class UnicodeNames {
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final int HANGUL_BASE = 0xAC00;
    private static final String[] LEADING = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
            "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
            "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILING = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
            "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private UnicodeNames() {}

    /** The code point named {@code name}, or -1. */
    public static int lookup(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        if (name.regionMatches(true, 0, CJK_PREFIX, 0, CJK_PREFIX.length())) {
            return cjkIdeograph(name.substring(CJK_PREFIX.length()));
        }
        if (name.regionMatches(true, 0, HANGUL_PREFIX, 0, HANGUL_PREFIX.length())) {
            return hangulSyllable(name.substring(HANGUL_PREFIX.length()));
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return UnicodeChars.isAssigned(cp) ? cp : -1;
    }

    /**
     * The Unicode name of {@code cp} as CPython's {@code \N{...}} and namereplace use it, or null when it has none
     * (unassigned, control characters, surrogates, private use). Java names ideographs and syllables by block,
     * so those are composed here.
     */
    public static String name(int cp) {
        if (cp >= HANGUL_BASE && cp < HANGUL_BASE + LEADING.length * VOWELS.length * TRAILING.length) {
            int index = cp - HANGUL_BASE;
            int perLeading = VOWELS.length * TRAILING.length;
            return HANGUL_PREFIX + LEADING[index / perLeading] + VOWELS[index % perLeading / TRAILING.length]
                    + TRAILING[index % TRAILING.length];
        }
        int type = Character.getType(cp);
        if (!UnicodeChars.isAssigned(cp) || type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return null;
        }
        String name = Character.getName(cp);
        if (name == null) {
            return null;
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) {
            return CJK_PREFIX + String.format("%04X", cp);
        }
        // Java's fallback for a character without a name of its own: its block's name and its hex code.
        String blockFallback = Character.UnicodeBlock.of(cp).toString().replace('_', ' ') + " "
                + Integer.toHexString(cp).toUpperCase();
        return name.equals(blockFallback) ? null : name;
    }

    /** "4E00": four or five upper-case hex digits naming a unified ideograph. */
    private static int cjkIdeograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) return -1;
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return -1;
            cp = cp * 16 + d;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean ideograph = UnicodeChars.isAssigned(cp) && script == Character.UnicodeScript.HAN
                && Character.isIdeographic(cp) && Character.getName(cp) != null
                && Character.getName(cp).startsWith("CJK UNIFIED IDEOGRAPHS");
        return ideograph ? cp : -1;
    }

    /** "GAG": leading consonant, vowel and optional trailing consonant, each the longest matching jamo name. */
    private static int hangulSyllable(String jamo) {
        int[] pos = {0};
        int l = longestPrefix(jamo, pos, LEADING);
        int v = longestPrefix(jamo, pos, VOWELS);
        int t = longestPrefix(jamo, pos, TRAILING);
        if (l < 0 || v < 0 || t < 0 || pos[0] != jamo.length()) return -1;
        return HANGUL_BASE + (l * VOWELS.length + v) * TRAILING.length + t;
    }

    private static int longestPrefix(String s, int[] pos, String[] names) {
        int best = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (s.startsWith(n, pos[0]) && (best < 0 || n.length() > names[best].length())) best = i;
        }
        if (best >= 0) pos[0] += names[best].length();
        return best;
    }
}

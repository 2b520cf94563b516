package dev.krait.runtime;

import dev.krait.unicode.UnicodeChars;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The case-changing str methods and the case predicates, with Python's full (multi-character) mappings:
 * {@code 'ß'.upper() == 'SS'}, {@code 'ǆ'.title() == 'ǅ'}, and a capital sigma lowered to final 'ς' at the end
 * of a word. The mappings are CPython 3.11's (Unicode 14), from {@link UnicodeChars}; ASCII text takes a
 * shortcut that never looks at the tables.
 */
final class CaseMapping {
    private CaseMapping() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    static String upper(String s) {
        return isAscii(s) ? s.toUpperCase(Locale.ROOT) : map(s, (cps, i) -> UnicodeChars.upper(cps[i]));
    }

    static String lower(String s) {
        return isAscii(s) ? s.toLowerCase(Locale.ROOT) : map(s, CaseMapping::lowerAt);
    }

    static String casefold(String s) {
        return isAscii(s) ? s.toLowerCase(Locale.ROOT) : map(s, (cps, i) -> UnicodeChars.fold(cps[i]));
    }

    static String swapcase(String s) {
        return map(s, (cps, i) -> UnicodeChars.isUpper(cps[i]) ? lowerAt(cps, i)
                : UnicodeChars.isLower(cps[i]) ? UnicodeChars.upper(cps[i]) : Strings.ofCodePoint(cps[i]));
    }

    /** First character titlecased, the rest lowercased. */
    static String capitalize(String s) {
        return map(s, (cps, i) -> i == 0 ? UnicodeChars.title(cps[0]) : lowerAt(cps, i));
    }

    /** Each run of cased letters: its first titlecased, the rest lowercased. */
    static String title(String s) {
        return map(s, (cps, i) -> i > 0 && UnicodeChars.isCased(cps[i - 1]) ? lowerAt(cps, i)
                : UnicodeChars.title(cps[i]));
    }

    /**
     * Whether Java's own case mapping may be used: on ASCII it is Python's on every JDK, and it is the fastest
     * for the hot case; beyond ASCII it follows the JDK's Unicode version, so the tables answer instead.
     */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    private interface CharMapping {
        String map(int[] codePoints, int index);
    }

    private static String map(String s, CharMapping mapping) {
        int[] cps = Strings.codePoints(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            b.append(mapping.map(cps, i));
        }
        return b.toString();
    }

    /** Lowercases character {@code i}; a capital sigma becomes final sigma when it ends a cased word. */
    private static String lowerAt(int[] cps, int i) {
        if (cps[i] != CAPITAL_SIGMA) {
            return UnicodeChars.lower(cps[i]);
        }
        return isFinalSigma(cps, i) ? "\u03c2" : "\u03c3";
    }

    /** Unicode's Final_Sigma context: a cased letter before (skipping case-ignorables), none after. */
    private static boolean isFinalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && UnicodeChars.isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !UnicodeChars.isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && UnicodeChars.isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !UnicodeChars.isCased(cps[j]);
    }

    // ---- predicates ----------------------------------------------------------------------------------------

    /** {@code islower()}: some lowercase characters and no uppercase or titlecase ones. */
    static boolean isLower(String s) {
        return onlyCase(s, UnicodeChars::isLower, UnicodeChars::isUpper);
    }

    /** {@code isupper()}: some uppercase characters and no lowercase or titlecase ones. */
    static boolean isUpper(String s) {
        return onlyCase(s, UnicodeChars::isUpper, UnicodeChars::isLower);
    }

    private static boolean onlyCase(String s, IntPredicate wanted, IntPredicate opposite) {
        boolean found = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (opposite.test(c) || UnicodeChars.isTitle(c)) {
                return false;
            }
            found |= wanted.test(c);
        }
        return found;
    }

    /** {@code istitle()}: uppercase or titlecase letters only after uncased ones, lowercase only after cased. */
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeChars.isUpper(c) || UnicodeChars.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeChars.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}

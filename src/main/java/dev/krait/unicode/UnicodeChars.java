package dev.krait.unicode;

import java.text.Normalizer;

/**
 * Every character property a Python program can observe, as CPython 3.11 (Unicode 14) answers it, whatever
 * Unicode version the JDK knows: the str predicates, whitespace, printability (repr escapes the rest),
 * identifier characters (the lexer and str.isidentifier), decimal digit values (int() and float()), the
 * full case mappings, which code points are assigned (so that no newer character has a name) and the NFKC
 * of identifiers. ASCII is answered by arithmetic, other characters by {@link UnicodeTables}.
 */
public final class UnicodeChars {
    private UnicodeChars() {}

    // Bits of a property word; tools/gen_unicode_data.py declares the same.
    private static final int ALPHA = 1;
    private static final int DECIMAL = 1 << 1;
    private static final int DIGIT = 1 << 2;
    private static final int NUMERIC = 1 << 3;
    private static final int SPACE = 1 << 4;
    private static final int PRINTABLE = 1 << 5;
    private static final int LOWER = 1 << 6;
    private static final int UPPER = 1 << 7;
    private static final int TITLE = 1 << 8;
    private static final int CASE_IGNORABLE = 1 << 9;
    private static final int IDENTIFIER_START = 1 << 10;
    private static final int IDENTIFIER_PART = 1 << 11;
    private static final int CHANGES_UPPER = 1 << 12;
    private static final int CHANGES_LOWER = 1 << 13;
    private static final int CHANGES_TITLE = 1 << 14;
    private static final int CHANGES_FOLD = 1 << 15;
    private static final int ASSIGNED = 1 << 16;
    private static final int DECIMAL_VALUE_SHIFT = 17;
    private static final int DECIMAL_VALUE_MASK = 0xF;
    private static final int WIDE = 1 << 21;

    private static boolean has(int cp, int bit) {
        return (UnicodeTables.word(cp) & bit) != 0;
    }

    private static boolean isAsciiLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAlpha(int c) {
        return c < 128 ? isAsciiLower(c) || isAsciiUpper(c) : has(c, ALPHA);
    }

    public static boolean isDecimal(int c) {
        return c < 128 ? isAsciiDigit(c) : has(c, DECIMAL);
    }

    public static boolean isDigit(int c) {
        return c < 128 ? isAsciiDigit(c) : has(c, DIGIT);
    }

    public static boolean isNumeric(int c) {
        return c < 128 ? isAsciiDigit(c) : has(c, NUMERIC);
    }

    public static boolean isAlnum(int c) {
        return c < 128 ? isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c) : has(c, ALPHA | NUMERIC);
    }

    /** Python's whitespace: Unicode White_Space plus the ASCII separators 0x1c-0x1f. */
    public static boolean isSpace(int c) {
        return c < 128 ? c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) : has(c, SPACE);
    }

    /** Printable: not a control, format, surrogate, private-use, unassigned or separator (but space is). */
    public static boolean isPrintable(int c) {
        return c < 128 ? c >= ' ' && c < 0x7f : has(c, PRINTABLE);
    }

    public static boolean isLower(int c) {
        return c < 128 ? isAsciiLower(c) : has(c, LOWER);
    }

    public static boolean isUpper(int c) {
        return c < 128 ? isAsciiUpper(c) : has(c, UPPER);
    }

    /** A titlecase letter (Lt), such as 'ǅ'; there is none in ASCII. */
    public static boolean isTitle(int c) {
        return c >= 128 && has(c, TITLE);
    }

    /** The Cased property: lowercase, uppercase or titlecase. */
    public static boolean isCased(int c) {
        return c < 128 ? isAsciiLower(c) || isAsciiUpper(c) : has(c, LOWER | UPPER | TITLE);
    }

    /** Case_Ignorable, which final sigma skips: marks, format characters, modifiers, apostrophes, periods. */
    public static boolean isCaseIgnorable(int c) {
        return c < 128 ? c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' : has(c, CASE_IGNORABLE);
    }

    /** XID_Start, or the underscore. */
    public static boolean isIdentifierStart(int c) {
        return c < 128 ? isAsciiLower(c) || isAsciiUpper(c) || c == '_' : has(c, IDENTIFIER_START);
    }

    /** XID_Continue (which includes the underscore). */
    public static boolean isIdentifierPart(int c) {
        return c < 128 ? isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c) || c == '_' : has(c, IDENTIFIER_PART);
    }

    /** Whether Unicode 14 assigns the code point (to a character, control, surrogate, private use...). */
    public static boolean isAssigned(int c) {
        return c < 128 || has(c, ASSIGNED);
    }

    /** The value of a decimal digit (one for which {@link #isDecimal} holds), such as 3 for '٣'. */
    public static int decimalValue(int c) {
        return c < 128 ? c - '0' : UnicodeTables.word(c) >>> DECIMAL_VALUE_SHIFT & DECIMAL_VALUE_MASK;
    }

    /**
     * The columns the character takes on a terminal as CPython's tracebacks count them: 2 for East Asian Wide and
     * Fullwidth characters, else 1.
     */
    public static int displayWidth(int c) {
        return c >= 128 && has(c, WIDE) ? 2 : 1;
    }

    // ---- full case mappings of one character (the final-sigma context is the caller's business) ------------

    public static String upper(int c) {
        if (c < 128) {
            return String.valueOf((char) (isAsciiLower(c) ? c - 32 : c));
        }
        return has(c, CHANGES_UPPER) ? UnicodeTables.UPPER.find(c) : Character.toString(c);
    }

    public static String lower(int c) {
        if (c < 128) {
            return String.valueOf((char) (isAsciiUpper(c) ? c + 32 : c));
        }
        return has(c, CHANGES_LOWER) ? UnicodeTables.LOWER.find(c) : Character.toString(c);
    }

    public static String title(int c) {
        if (c < 128) {
            return upper(c);
        }
        return has(c, CHANGES_TITLE) ? UnicodeTables.TITLE.find(c) : Character.toString(c);
    }

    public static String fold(int c) {
        if (c < 128) {
            return lower(c);
        }
        return has(c, CHANGES_FOLD) ? UnicodeTables.FOLD.find(c) : Character.toString(c);
    }

    /**
     * NFKC of an identifier (the lexer's normalisation of a non-ASCII name). Java's Normalizer knows the JDK's
     * Unicode, which on JDK 17 lacks the decompositions of Unicode 14's new characters (modifier letters such
     * as U+A7F2); so each character is first replaced by its Unicode 14 NFKC, which leaves the string's NFKC
     * unchanged and hands Normalizer only characters every JDK knows.
     */
    public static String normalizeIdentifier(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            String mapped = c < 128 ? null : UnicodeTables.IDENTIFIER_NFKC.find(c);
            if (mapped != null) {
                b.append(mapped);
            } else {
                b.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFKC);
    }
}

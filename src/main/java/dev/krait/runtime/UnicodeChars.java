package dev.krait.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character properties and full case mappings as Python's str methods define them. Java's Character agrees
 * with Python's unicodedata except where the tables below say otherwise (checked over every code point against
 * CPython 3.11). Java 17 implements Unicode 13 and CPython 3.11 Unicode 14, so characters new in 14 are
 * unassigned here.
 */
final class UnicodeChars {
    private UnicodeChars() {}

    /** Numeric_Type=Digit characters that are not decimal digits (superscripts, circled digits...), as ranges. */
    private static final int[] DIGIT_RANGES = {
        0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF,
        0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A,
        0x1F100, 0x1F10A,
    };

    /** Ideographs with a numeric value (Unihan), which Python counts as numeric though they are letters. */
    private static final int[] NUMERIC_IDEOGRAPHS = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF,
        0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C,
        0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
        0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD,
        0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19,
        0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
    };

    /** ID_Continue characters that are not XID_Continue (unstable under NFKC), sorted. */
    private static final int[] NOT_XID_CONTINUE = {
        0x37A, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70,
        0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
    };

    /** XID_Continue characters that may not start an identifier although Java calls them identifier starts. */
    private static final int[] NOT_XID_START_ONLY = {0xE33, 0xEB3, 0xFF9E, 0xFF9F};

    /** Word_Break MidLetter, MidNumLet and Single_Quote characters, which are case-ignorable, sorted. */
    private static final int[] CASE_IGNORABLE_PUNCTUATION = {
        0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
        0xFF07, 0xFF0E, 0xFF1A,
    };

    /** Titlecase mappings of more than one character (SpecialCasing.txt), as "code point:mapping" entries. */
    private static final Map<Integer, String> TITLE_SPECIAL = parseMappings(
            "DF:53,73 149:2BC,4E 1F0:4A,30C 390:399,308,301 3B0:3A5,308,301 587:535,582 1E96:48,331 1E97:54,308 "
            + "1E98:57,30A 1E99:59,30A 1E9A:41,2BE 1F50:3A5,313 1F52:3A5,313,300 1F54:3A5,313,301 "
            + "1F56:3A5,313,342 1FB2:1FBA,345 1FB4:386,345 1FB6:391,342 1FB7:391,342,345 1FC2:1FCA,345 "
            + "1FC4:389,345 1FC6:397,342 1FC7:397,342,345 1FD2:399,308,300 1FD3:399,308,301 1FD6:399,342 "
            + "1FD7:399,308,342 1FE2:3A5,308,300 1FE3:3A5,308,301 1FE4:3A1,313 1FE6:3A5,342 1FE7:3A5,308,342 "
            + "1FF2:1FFA,345 1FF4:38F,345 1FF6:3A9,342 1FF7:3A9,342,345 FB00:46,66 FB01:46,69 FB02:46,6C "
            + "FB03:46,66,69 FB04:46,66,6C FB05:53,74 FB06:53,74 FB13:544,576 FB14:544,565 FB15:544,56B "
            + "FB16:54E,576 FB17:544,56D");

    private static Map<Integer, String> parseMappings(String table) {
        Map<Integer, String> m = new HashMap<>();
        for (String entry : table.split(" ")) {
            String[] parts = entry.split(":");
            StringBuilder b = new StringBuilder();
            for (String cp : parts[1].split(",")) {
                b.appendCodePoint(Integer.parseInt(cp, 16));
            }
            m.put(Integer.parseInt(parts[0], 16), b.toString());
        }
        return Map.copyOf(m);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    /** Python's whitespace: Unicode White_Space plus the ASCII separators 0x1c-0x1f. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        return isDecimal(c) || inRanges(DIGIT_RANGES, c);
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || Arrays.binarySearch(NUMERIC_IDEOGRAPHS, c) >= 0;
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }

    /** XID_Start, or the underscore. */
    static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c) && isIdentifierPart(c)
                && Arrays.binarySearch(NOT_XID_START_ONLY, c) < 0;
    }

    /** XID_Continue. */
    static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                && Arrays.binarySearch(NOT_XID_CONTINUE, c) < 0;
    }

    static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    /** The Cased property: a letter that has case. */
    static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** The Case_Ignorable property: marks, format characters, modifiers and apostrophe-like punctuation. */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL:
                return true;
            default:
                return Arrays.binarySearch(CASE_IGNORABLE_PUNCTUATION, c) >= 0;
        }
    }

    private static boolean inRanges(int[] ranges, int c) {
        for (int i = 0; i < ranges.length && ranges[i] <= c; i += 2) {
            if (c <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    // ---- full case mappings of one character ---------------------------------------------------------------

    static String upperFull(int c) {
        return Strings.ofCodePoint(c).toUpperCase(Locale.ROOT);
    }

    /** The context-free lowercase mapping (final sigma is the caller's business). */
    static String lowerFull(int c) {
        return c == 0x3A3 ? "\u03c3" : Strings.ofCodePoint(c).toLowerCase(Locale.ROOT);
    }

    static String titleFull(int c) {
        String special = TITLE_SPECIAL.get(c);
        return special != null ? special : Strings.ofCodePoint(Character.toTitleCase(c));
    }

    /** Full case folding: mostly lowercase of uppercase; Cherokee folds to its uppercase letters. */
    static String foldFull(int c) {
        if ((c >= 0x13A0 && c <= 0x13FF) || (c >= 0xAB70 && c <= 0xABBF)) {
            return upperFull(c);
        }
        if (c == 0x131) {
            return "\u0131";
        }
        if (c == 0x1E9E) {
            return "ss";
        }
        return upperFull(c).toLowerCase(Locale.ROOT);
    }
}

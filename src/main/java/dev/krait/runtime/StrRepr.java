package dev.krait.runtime;

import dev.krait.unicode.UnicodeChars;

/** {@code repr(str)} and {@code ascii()}: quotes chosen and characters escaped as CPython does. */
public final class StrRepr {
    private StrRepr() {}

    public static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(b, 'x', cp, 2);
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (UnicodeChars.isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else {
                escape(b, cp);
            }
        }
        return b.append(q).toString();
    }

    /** {@code ascii(obj)} from {@code repr(obj)}: each non-ASCII character becomes an escape (x, u or U form). */
    public static String escapeNonAscii(String repr) {
        int i = 0;
        while (i < repr.length() && repr.charAt(i) < 0x80) {
            i++;
        }
        if (i == repr.length()) {
            return repr;
        }
        StringBuilder b = new StringBuilder(repr.length() + 16).append(repr, 0, i);
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                b.append((char) cp);
            } else {
                escape(b, cp);
            }
        }
        return b.toString();
    }

    private static void escape(StringBuilder b, int cp) {
        if (cp <= 0xff) {
            hex(b, 'x', cp, 2);
        } else if (cp <= 0xffff) {
            hex(b, 'u', cp, 4);
        } else {
            hex(b, 'U', cp, 8);
        }
    }

    private static void hex(StringBuilder b, char kind, int cp, int digits) {
        String h = Integer.toHexString(cp);
        b.append('\\').append(kind);
        for (int i = h.length(); i < digits; i++) {
            b.append('0');
        }
        b.append(h);
    }

}

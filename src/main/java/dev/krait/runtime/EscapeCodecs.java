package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The codecs "unicode_escape" (Python string-literal escapes over Latin-1 bytes) and "raw_unicode_escape" (only
 * {@code \\uXXXX} and {@code \\UXXXXXXXX} are escapes). Decoding errors name the codecs "unicodeescape" and
 * "rawunicodeescape" and cover the whole malformed escape, as in CPython.
 */
final class EscapeCodecs {
    static final String ESCAPE = "unicode-escape";
    static final String RAW = "raw-unicode-escape";

    private EscapeCodecs() {}

    static boolean handles(String codec) {
        return codec.equals(ESCAPE) || codec.equals(RAW);
    }

    /** Encoding never fails: what is not plain Latin-1 (or, for unicode_escape, printable ASCII) is escaped. */
    static byte[] encode(String s, String codec) {
        boolean raw = codec.equals(RAW);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (raw ? c < 0x100 : c >= 0x20 && c < 0x7f && c != '\\') {
                out.append((char) c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r");
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String decode(byte[] data, int length, String codec, String errors, Object source) {
        Decoder d = new Decoder(data, length, codec.equals(RAW), errors, source);
        d.run();
        return d.out.toString();
    }

    /** One decoding pass; {@code i} is the position of the next unread byte. */
    private static final class Decoder {
        private final byte[] data;
        private final int length;
        private final boolean raw;
        private final String errors;
        private final Object source;
        private final StringBuilder out;
        private int i;

        Decoder(byte[] data, int length, boolean raw, String errors, Object source) {
            this.data = data;
            this.length = length;
            this.raw = raw;
            this.errors = errors;
            this.source = source;
            this.out = new StringBuilder(length);
        }

        void run() {
            while (i < length) {
                int c = at(i);
                if (c != '\\') {
                    out.append((char) c);
                    i++;
                } else if (raw) {
                    rawEscape();
                } else {
                    escape();
                }
            }
        }

        private int at(int k) {
            return data[k] & 0xFF;
        }

        /** In raw mode only an odd run of backslashes before u or U starts an escape. */
        private void rawEscape() {
            int start = i;
            int next = i + 1 < length ? at(i + 1) : -1;
            if (next != 'u' && next != 'U') {
                out.append('\\');
                i++;
                if (next == '\\') {
                    out.append('\\');
                    i++;
                }
                return;
            }
            i += 2;
            hexEscape(start, next == 'u' ? 4 : 8, next == 'u' ? "truncated \\uXXXX escape"
                    : "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range");
        }

        private void escape() {
            int start = i++;
            if (i >= length) {
                fail(start, length, "\\ at end of string");
                return;
            }
            int c = at(i++);
            int single = BackslashEscapes.single(c);
            if (single >= 0) {
                out.append((char) single);
                return;
            }
            switch (c) {
                case '\n' -> {
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < length && at(i) >= '0' && at(i) <= '7'; k++) {
                        value = value * 8 + at(i++) - '0';
                    }
                    out.append((char) value);
                }
                case 'x' -> hexEscape(start, 2, "truncated \\xXX escape", null);
                case 'u' -> hexEscape(start, 4, "truncated \\uXXXX escape", null);
                case 'U' -> hexEscape(start, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character");
                case 'N' -> namedEscape(start);
                default -> {
                    out.append('\\').append((char) c);
                    Warnings.deprecation(String.format("invalid escape sequence '\\%c'", (char) c));
                }
            }
        }

        /** {@code digits} hex digits after the escape letter; {@code i} is at the first of them. */
        private void hexEscape(int start, int digits, String truncated, String outOfRange) {
            int value = 0;
            for (int k = 0; k < digits; k++) {
                int d = i < length ? Character.digit(at(i), 16) : -1;
                if (d < 0) {
                    fail(start, i, truncated);
                    return;
                }
                value = value * 16 + d;
                i++;
            }
            if (value > Character.MAX_CODE_POINT || value < 0) {
                fail(start, i, outOfRange);
                return;
            }
            out.appendCodePoint(value);
        }

        /** {@code \N{NAME}}; {@code i} is just after the N. */
        private void namedEscape(int start) {
            String malformed = "malformed \\N character escape";
            if (i >= length || at(i) != '{') {
                fail(start, i, malformed);
                return;
            }
            int close = i + 1;
            while (close < length && at(close) != '}') close++;
            if (close >= length || close == i + 1) {
                fail(start, close, malformed);
                return;
            }
            int cp = UnicodeNames.lookup(new String(data, i + 1, close - i - 1, StandardCharsets.ISO_8859_1));
            if (cp < 0) {
                fail(start, close + 1, "unknown Unicode character name");
                return;
            }
            out.appendCodePoint(cp);
            i = close + 1;
        }

        /** A malformed escape over bytes [start, end): decoding resumes after it unless the handler raises. */
        private void fail(int start, int end, String reason) {
            String codec = raw ? "rawunicodeescape" : "unicodeescape";
            switch (errors) {
                case "strict" -> throw ExceptionMethods.unicodeDecodeError(codec, source, start, end, reason);
                case "ignore" -> {
                }
                case "replace" -> out.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) out.append(String.format("\\x%02x", at(k)));
                }
                default -> throw Codecs.unknownHandler(errors);
            }
            i = end;
        }
    }
}

package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import dev.krait.runtime.BackslashEscapes;
import dev.krait.runtime.UnicodeNames;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

/**
 * Backslash escapes in string and bytes literals: {@code \n \t \\ \' \"} and the rest, octal {@code \ooo},
 * {@code \xhh}, and for str {@code \\uXXXX \\UXXXXXXXX \N{NAME}}; a backslash before a newline joins lines; an
 * unknown escape stays as written. Malformed escapes fail with CPython's messages and byte positions, which
 * CPython counts in a copy of the literal where every non-ASCII character is spelled {@code \\UXXXXXXXX}.
 */
final class EscapeDecoder {
    private EscapeDecoder() {}

    /**
     * Decodes the body of a (non-raw) str literal; {@code failure} turns a codec message into the error to throw.
     */
    static String decodeStr(String body, Function<String, SyntaxError> failure) {
        if (body.indexOf('\\') < 0) return body;
        String ascii = asciiSpelling(body);
        StringBuilder out = new StringBuilder(ascii.length());
        int n = ascii.length();
        int i = 0;
        while (i < n) {
            char c = ascii.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            if (i >= n) throw failure.apply(codecError(ascii, start, i, "\\ at end of string"));
            c = ascii.charAt(i++);
            int single = BackslashEscapes.single(c);
            if (single >= 0) {
                out.append((char) single);
                continue;
            }
            switch (c) {
                case '\n' -> {
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(ascii.charAt(i)); k++) {
                        value = value * 8 + ascii.charAt(i++) - '0';
                    }
                    out.append((char) value);
                }
                case 'x', 'u', 'U' -> {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String truncated = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int value = 0;
                    for (int k = 0; k < digits; k++) {
                        int d = i < n ? Character.digit(ascii.charAt(i), 16) : -1;
                        if (d < 0) throw failure.apply(codecError(ascii, start, i, truncated));
                        value = value * 16 + d;
                        i++;
                    }
                    if (value > Character.MAX_CODE_POINT || value < 0) {
                        throw failure.apply(codecError(ascii, start, i, "illegal Unicode character"));
                    }
                    out.appendCodePoint(value);
                }
                case 'N' -> i = namedCharacter(ascii, start, i, out, failure);
                default -> out.append('\\').append(c);
            }
        }
        return out.toString();
    }

    /** {@code \N{NAME}}; {@code i} is just after the N. Returns the index after the escape. */
    private static int namedCharacter(String ascii, int start, int i, StringBuilder out,
                                      Function<String, SyntaxError> failure) {
        String malformed = "malformed \\N character escape";
        if (i >= ascii.length() || ascii.charAt(i) != '{') throw failure.apply(codecError(ascii, start, i, malformed));
        int close = ascii.indexOf('}', i + 1);
        if (close < 0) throw failure.apply(codecError(ascii, start, ascii.length(), malformed));
        if (close == i + 1) throw failure.apply(codecError(ascii, start, close, malformed));
        int cp = UnicodeNames.lookup(ascii.substring(i + 1, close));
        if (cp < 0) throw failure.apply(codecError(ascii, start, close + 1, "unknown Unicode character name"));
        out.appendCodePoint(cp);
        return close + 1;
    }

    /**
     * The literal as CPython hands it to its unicode-escape codec: non-ASCII characters as {@code \\UXXXXXXXX}, and
     * a backslash that precedes one (or ends the text) as {@code \\u005c}, so that it stays a plain backslash.
     */
    private static String asciiSpelling(String body) {
        boolean ascii = true;
        for (int i = 0; i < body.length() && ascii; i++) ascii = body.charAt(i) < 0x80;
        if (ascii && !body.endsWith("\\")) return body;
        StringBuilder sb = new StringBuilder(body.length() + 16);
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\') {
                sb.append('\\');
                if (i >= body.length() || body.charAt(i) >= 0x80) {
                    sb.append("u005c");
                    continue;
                }
                c = body.charAt(i++);
            }
            if (c >= 0x80) {
                sb.append(String.format("\\U%08x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** The text of a UnicodeDecodeError for the bytes {@code [start, end)} of {@code input}. */
    private static String codecError(String input, int start, int end, String reason) {
        if (end - start == 1) {
            return String.format("'unicodeescape' codec can't decode byte 0x%02x in position %d: %s",
                    (int) input.charAt(start), start, reason);
        }
        return "'unicodeescape' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** Decodes the body of a (non-raw) bytes literal, which the caller has checked to be ASCII. */
    static byte[] decodeBytes(String body, Function<String, SyntaxError> failure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i++;
            if (i >= n) throw failure.apply("Trailing \\ in string");
            c = body.charAt(i++);
            int single = BackslashEscapes.single(c);
            if (single >= 0) {
                out.write(single);
                continue;
            }
            switch (c) {
                case '\n' -> {
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) throw failure.apply("invalid \\x escape at position " + start);
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}

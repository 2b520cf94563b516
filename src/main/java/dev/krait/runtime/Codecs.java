package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code str.encode} and {@code bytes.decode} for UTF-8 (also with a byte order mark: utf-8-sig), UTF-16, UTF-32,
 * ASCII and Latin-1 (and the escape codecs of {@link EscapeCodecs} and the code pages of {@link CharmapCodecs}),
 * with the error handlers strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass (UTF-8),
 * xmlcharrefreplace and namereplace (encoding), raising UnicodeEncodeError / UnicodeDecodeError with CPython's
 * positions and reasons.
 */
final class Codecs {
    private Codecs() {}

    /** UTF-8 that writes a byte order mark first and skips one at the start when decoding. */
    static final String UTF_8_SIG = "utf-8-sig";
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The codec ("utf-8", "ascii", "latin-1", "cp1252"...) an encoding argument names, or LookupError. */
    static String codec(Object encoding, String method) {
        if (encoding == null) {
            return "utf-8";
        }
        String e = encodingArgument(encoding, method);
        String codec = CodecNames.lookup(e);
        if (codec == null) {
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + e);
        }
        return codec;
    }

    /**
     * {@code str.encode(encoding, errors)} and {@code bytes(s, encoding, errors)}: encodes with the codec the
     * encoding argument names (null: UTF-8), failing as CPython does for that name (see {@link #failed}).
     */
    static byte[] encode(String s, Object encoding, String errors, String method) {
        String codec = codec(encoding, method);
        try {
            return encode(s, codec, errors);
        } catch (PyException e) {
            throw failed("encoding", encoding == null ? null : encodingArgument(encoding, method), e);
        }
    }

    /** {@code bytes.decode(encoding, errors)} and {@code str(b, encoding, errors)}, as {@link #encode} encodes. */
    static String decode(byte[] data, int length, Object encoding, String errors, Object source, String method) {
        if (length == 0) {
            // CPython returns '' for no bytes before it looks the codec up: b''.decode('no-such-codec') is ''.
            if (encoding != null) {
                encodingArgument(encoding, method);
            }
            return "";
        }
        String codec = codec(encoding, method);
        try {
            return decode(data, length, codec, errors, source);
        } catch (PyException e) {
            throw failed("decoding", encoding == null ? null : encodingArgument(encoding, method), e);
        }
    }

    /** The names CPython encodes and decodes by itself, without its codec registry (normalised). */
    private static final java.util.Set<String> DIRECT = java.util.Set.of("utf8", "utf_8", "utf16", "utf_16",
            "utf32", "utf_32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1");

    /**
     * The error a codec raised, as the caller sees it: CPython's codec registry, which serves every name but a few
     * common ones, re-raises an error without attributes of its own (an unknown error handler's LookupError, a
     * decoding handler's TypeError) as "encoding with 'cp1252' codec failed (LookupError: ...)", caused by it.
     */
    private static PyException failed(String action, String encoding, PyException e) {
        PyBaseException error = e.value;
        if (encoding == null || DIRECT.contains(CodecNames.normalize(encoding))
                || error.type().isSubtypeOf(ExceptionTypes.UNICODE_ERROR)) {
            return e;
        }
        PyException outer = Errors.raise(error.type(), action + " with '" + encoding + "' codec failed ("
                + error.type().name + ": " + Ops.str(error) + ")");
        outer.value.cause = error;
        outer.value.suppressContext = true;
        return outer;
    }

    /** The encoding argument's text, unchecked: CPython checks its type before other arguments, its name after. */
    static String encodingArgument(Object encoding, String method) {
        if (!(BuiltinSubclasses.valueOf(encoding) instanceof String e)) {
            throw Errors.argumentType(method + "() argument 'encoding'", "str", encoding);
        }
        return cString(e);
    }

    /**
     * A str argument that CPython converts to a C string (format "s"): its UTF-8 form must exist (a lone
     * surrogate is a UnicodeEncodeError) and hold no NUL (ValueError).
     */
    static String cString(String s) {
        Strings.requireUtf8(s);
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        return s;
    }

    /**
     * The errors argument of a method whose encoding argument comes first ({@code str.encode},
     * {@code bytes.decode}): CPython converts the arguments in order, so a bad encoding is reported first.
     */
    static String handlerAfterEncoding(Object encoding, Object errors, String method) {
        if (encoding != null) {
            encodingArgument(encoding, method);
        }
        return handler(errors, method);
    }

    /** The errors argument: a handler name (only checked when an error occurs, as in CPython). */
    static String handler(Object errors, String method) {
        if (errors == null) {
            return "strict";
        }
        if (!(BuiltinSubclasses.valueOf(errors) instanceof String e)) {
            throw Errors.argumentType(method + "() argument 'errors'", "str", errors);
        }
        return cString(e);
    }

    static PyException unknownHandler(String errors) {
        return Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---- encoding ------------------------------------------------------------------------------------------

    static byte[] encode(String s, String codec, String errors) {
        if (codec.equals(UTF_8_SIG)) {
            byte[] body = encode(s, "utf-8", errors);
            byte[] all = java.util.Arrays.copyOf(UTF_8_BOM, UTF_8_BOM.length + body.length);
            System.arraycopy(body, 0, all, UTF_8_BOM.length, body.length);
            return all;
        }
        if (EscapeCodecs.handles(codec)) {
            return EscapeCodecs.encode(s, codec);
        }
        if (CharmapCodecs.handles(codec)) {
            return CharmapCodecs.encode(s, codec, errors);
        }
        if (codec.equals("utf-8") && !Strings.hasSurrogates(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : Integer.MAX_VALUE;
        String reason = limit == 0x80 ? "ordinal not in range(128)" : limit == 0x100 ? "ordinal not in range(256)"
                : "surrogates not allowed";
        int[] cps = Strings.codePoints(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            // The BOM, then little-endian code units.
            writeChar(out, 0xFEFF, codec);
        }
        for (int i = 0; i < cps.length; ) {
            int c = cps[i];
            boolean encodable = limit == Integer.MAX_VALUE ? !isSurrogate(c) : c < limit;
            if (encodable) {
                writeChar(out, c, codec);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !(limit == Integer.MAX_VALUE ? !isSurrogate(cps[end]) : cps[end] < limit)) {
                end++;
            }
            encodeError(out, cps, i, end, codec, errors, reason);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xD800 && c <= 0xDFFF;
    }

    private static void writeChar(ByteArrayOutputStream out, int c, String codec) {
        if (codec.startsWith("utf-16")) {
            if (c > 0xFFFF) {
                writeUnit(out, Character.highSurrogate(c), 2, codec);
                writeUnit(out, Character.lowSurrogate(c), 2, codec);
            } else {
                writeUnit(out, c, 2, codec);
            }
        } else if (codec.startsWith("utf-32")) {
            writeUnit(out, c, 4, codec);
        } else if (!codec.equals("utf-8") || c < 0x80) {
            out.write(c);
        } else {
            byte[] b = Strings.ofCodePoint(c).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
    }

    /** A UTF-16/32 code unit, big-endian only for the "-be" codecs. */
    private static void writeUnit(ByteArrayOutputStream out, int unit, int size, String codec) {
        boolean big = codec.endsWith("-be");
        for (int k = 0; k < size; k++) {
            out.write(unit >>> (8 * (big ? size - 1 - k : k)));
        }
    }

    /** Applies error handler {@code errors} to code points [start, end), which {@code codec} cannot encode. */
    static void encodeError(ByteArrayOutputStream out, int[] cps, int start, int end, String codec,
                                    String errors, String reason) {
        switch (errors) {
            case "strict":
                throw ExceptionMethods.unicodeEncodeError(codec, Strings.fromCodePoints(cps, 0, cps.length), start, end,
                        reason);
            case "ignore":
                return;
            case "replace":
                for (int i = start; i < end; i++) {
                    writeChar(out, '?', codec);
                }
                return;
            case "surrogatepass":
                if (codec.equals("utf-8")) {
                    for (int i = start; i < end; i++) {
                        out.write(0xE0 | cps[i] >> 12);
                        out.write(0x80 | (cps[i] >> 6 & 0x3F));
                        out.write(0x80 | (cps[i] & 0x3F));
                    }
                    return;
                }
                break;
            case "surrogateescape":
                if (allInRange(cps, start, end, 0xDC80, 0xDCFF)) {
                    for (int i = start; i < end; i++) {
                        out.write(cps[i] - 0xDC00);
                    }
                    return;
                }
                break;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    writeAscii(out, StrRepr.escapeNonAscii(Strings.ofCodePoint(cps[i])), codec);
                }
                return;
            case "xmlcharrefreplace":
                for (int i = start; i < end; i++) {
                    writeAscii(out, "&#" + cps[i] + ";", codec);
                }
                return;
            case "namereplace":
                for (int i = start; i < end; i++) {
                    String name = UnicodeNames.name(cps[i]);
                    String text = Strings.ofCodePoint(cps[i]);
                    writeAscii(out, name != null ? "\\N{" + name + "}" : StrRepr.escapeNonAscii(text), codec);
                }
                return;
            default:
                throw unknownHandler(errors);
        }
        throw ExceptionMethods.unicodeEncodeError(codec, Strings.fromCodePoints(cps, 0, cps.length), start, end,
                reason);
    }

    private static boolean allInRange(int[] cps, int start, int end, int low, int high) {
        for (int i = start; i < end; i++) {
            if (cps[i] < low || cps[i] > high) {
                return false;
            }
        }
        return true;
    }

    private static void writeAscii(ByteArrayOutputStream out, String text, String codec) {
        for (int i = 0; i < text.length(); i++) {
            writeChar(out, text.charAt(i), codec);
        }
    }

    // ---- decoding ------------------------------------------------------------------------------------------

    /** Decodes bytes [0, length) of {@code data}; {@code source} is the bytes object named in errors. */
    static String decode(byte[] data, int length, String codec, String errors, Object source) {
        if (codec.equals(UTF_8_SIG)) {
            if (!startsWithUtf8Bom(data, length)) {
                return decode(data, length, "utf-8", errors, source);
            }
            // CPython's codec decodes what follows the mark as a bytes object of its own: errors count from there.
            byte[] rest = java.util.Arrays.copyOfRange(data, UTF_8_BOM.length, length);
            return decode(rest, rest.length, "utf-8", errors, new PyBytes(rest));
        }
        if (EscapeCodecs.handles(codec)) {
            return EscapeCodecs.decode(data, length, codec, errors, source);
        }
        if (CharmapCodecs.handles(codec)) {
            return CharmapCodecs.decode(data, length, codec, errors, source);
        }
        if (codec.startsWith("utf-16") || codec.startsWith("utf-32")) {
            return decodeWide(data, length, codec, errors, source);
        }
        StringBuilder b = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int c = data[i] & 0xFF;
            if (c < 0x80 || codec.equals("latin-1")) {
                b.append((char) c);
                i++;
                continue;
            }
            int[] problem = codec.equals("ascii") ? new int[] {i + 1, 0} : utf8Sequence(data, i, length, b);
            if (problem == null) {
                i += utf8Length(c);
                continue;
            }
            int surrogate = errors.equals("surrogatepass") && codec.equals("utf-8")
                    ? encodedSurrogate(data, i, length) : -1;
            if (surrogate >= 0) {
                b.append((char) surrogate);
                i += 3;
                continue;
            }
            int end = problem[0];
            String reason = codec.equals("ascii") ? "ordinal not in range(128)" : UTF8_REASONS[problem[1]];
            decodeError(b, data, i, end, codec, errors, reason, source);
            i = end;
        }
        return b.toString();
    }

    /** Whether bytes [0, length) of {@code data} start with the UTF-8 byte order mark. */
    static boolean startsWithUtf8Bom(byte[] data, int length) {
        return length >= UTF_8_BOM.length && data[0] == UTF_8_BOM[0] && data[1] == UTF_8_BOM[1]
                && data[2] == UTF_8_BOM[2];
    }

    /**
     * UTF-16 and UTF-32. The BOM-less names are little-endian unless a byte order mark says otherwise; errors
     * name the codec actually used ("utf-16-le").
     */
    private static String decodeWide(byte[] data, int length, String codec, String errors, Object source) {
        int size = codec.startsWith("utf-16") ? 2 : 4;
        int i = 0;
        if (codec.length() == 6) {
            boolean bigBom = length >= size && unit(data, 0, size, true) == 0xFEFF;
            boolean littleBom = length >= size && unit(data, 0, size, false) == 0xFEFF;
            codec = codec + (bigBom ? "-be" : "-le");
            i = bigBom || littleBom ? size : 0;
        }
        boolean big = codec.endsWith("-be");
        StringBuilder b = new StringBuilder(length / size);
        while (i < length) {
            if (i + size > length) {
                decodeError(b, data, i, length, codec, errors, "truncated data", source);
                break;
            }
            int u = unit(data, i, size, big);
            if (size == 4) {
                boolean bad = u < 0 || u > Character.MAX_CODE_POINT || isSurrogate(u);
                if (bad) {
                    decodeError(b, data, i, i + 4, codec, errors, isSurrogate(u)
                            ? "code point in surrogate code point range(0xd800, 0xe000)"
                            : "code point not in range(0x110000)", source);
                } else {
                    b.appendCodePoint(u);
                }
                i += 4;
            } else if (Character.isLowSurrogate((char) u)) {
                decodeError(b, data, i, i + 2, codec, errors, "illegal encoding", source);
                i += 2;
            } else if (!Character.isHighSurrogate((char) u)) {
                b.append((char) u);
                i += 2;
            } else if (i + 4 > length) {
                decodeError(b, data, i, length, codec, errors, "unexpected end of data", source);
                break;
            } else if (!Character.isLowSurrogate((char) unit(data, i + 2, 2, big))) {
                decodeError(b, data, i, i + 2, codec, errors, "illegal UTF-16 surrogate", source);
                i += 2;
            } else {
                b.append((char) u).append((char) unit(data, i + 2, 2, big));
                i += 4;
            }
        }
        return b.toString();
    }

    /** The surrogate encoded as three UTF-8 bytes at {@code i} (which strict UTF-8 refuses), or -1. */
    private static int encodedSurrogate(byte[] data, int i, int length) {
        if (i + 3 > length || (data[i] & 0xFF) != 0xED) {
            return -1;
        }
        int second = data[i + 1] & 0xFF;
        int third = data[i + 2] & 0xFF;
        if (second < 0xA0 || second > 0xBF || third < 0x80 || third > 0xBF) {
            return -1;
        }
        return 0xD000 | (second & 0x3F) << 6 | third & 0x3F;
    }

    private static int unit(byte[] data, int at, int size, boolean big) {
        int u = 0;
        for (int k = 0; k < size; k++) {
            u |= (data[at + k] & 0xFF) << (8 * (big ? size - 1 - k : k));
        }
        return u;
    }

    private static final String[] UTF8_REASONS = {"invalid start byte", "invalid continuation byte",
        "unexpected end of data"};

    private static int utf8Length(int lead) {
        return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /**
     * Decodes the multi-byte UTF-8 sequence at {@code i} into {@code out}; null on success, else the end of
     * the invalid part and the index of its reason, following CPython's choice of how many bytes are bad.
     */
    private static int[] utf8Sequence(byte[] data, int i, int length, StringBuilder out) {
        int lead = data[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            return new int[] {i + 1, 0};
        }
        int need = utf8Length(lead) - 1;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        int cp = lead & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
            if (i + k >= length) {
                return new int[] {length, 2};
            }
            int c = data[i + k] & 0xFF;
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
                return new int[] {i + k, 1};
            }
            cp = cp << 6 | (c & 0x3F);
        }
        out.appendCodePoint(cp);
        return null;
    }

    /** Applies error handler {@code errors} to bytes [start, end), which {@code codec} cannot decode. */
    static void decodeError(StringBuilder b, byte[] data, int start, int end, String codec, String errors,
                                    String reason, Object source) {
        switch (errors) {
            case "strict":
            case "surrogatepass": // Bytes it could pass have been decoded already.
                throw ExceptionMethods.unicodeDecodeError(codec, source, start, end, reason);
            case "ignore":
                return;
            case "replace":
                b.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    b.append(String.format("\\x%02x", data[k] & 0xFF));
                }
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    b.append((char) (0xDC00 + (data[k] & 0xFF)));
                }
                return;
            case "xmlcharrefreplace":
            case "namereplace":
                // Handlers that only know how to replace characters that cannot be encoded.
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw unknownHandler(errors);
        }
    }
}

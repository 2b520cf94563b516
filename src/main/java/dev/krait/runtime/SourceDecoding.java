package dev.krait.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.krait.lexer.SourceText;

/**
 * Source files as bytes turned into text (PEP 263): UTF-8 unless a coding declaration in a comment on the first
 * or second line names another encoding; a UTF-8 byte order mark is skipped, and contradicts any other
 * declaration. Failures carry CPython's messages.
 */
public final class SourceDecoding {
    private SourceDecoding() {}

    /**
     * Source that cannot be decoded. The message is CPython's SyntaxError text for a program file; compile() words
     * it differently (see {@link #decodeBuffer}).
     */
    public static final class Failure extends Exception {
        /** The declared encoding, null when there was none. */
        final String declared;
        /** For undecodable bytes: where the bad byte is, and the line (from 1) and offset of its line. */
        final int badByte;
        final int line;
        final int lineStart;
        /** Whether the declared encoding is unknown, or contradicts a byte order mark. */
        final boolean badDeclaration;

        Failure(String message, String declared, boolean badDeclaration, int badByte, int line, int lineStart) {
            super(message, null, false, false);
            this.declared = declared;
            this.badDeclaration = badDeclaration;
            this.badByte = badByte;
            this.line = line;
            this.lineStart = lineStart;
        }
    }

    private static final Pattern COOKIE = SourceText.CODING_DECLARATION;
    private static final Pattern BLANK_OR_COMMENT = SourceText.BLANK_OR_COMMENT;

    public static String decode(byte[] data, int length, String filename) throws Failure {
        boolean bom = length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        String declared = declaration(data, start, length);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            String normal = normalName(declared);
            charset = charset(normal);
            if (charset == null) {
                throw new Failure("encoding problem: " + declared, declared, true, -1, 0, 0);
            }
            if (bom && charset != StandardCharsets.UTF_8) {
                throw new Failure("encoding problem: " + normal + " with BOM", normal, true, -1, 0, 0);
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (data[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String message = declared != null ? "encoding problem: " + declared
                    : String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                    + "declared; see https://peps.python.org/pep-0263/ for details", data[bad] & 0xFF, filename, line);
            throw new Failure(message, declared, false, bad, line, lineStart);
        }
        return out.flip().toString();
    }

    /**
     * The bytes of {@code source} as text, when it is bytes-like (null otherwise) for compile(), exec() and
     * eval(); undecodable source raises SyntaxError.
     */
    public static String decodeBuffer(Object source, String filename) {
        if (!BytesOps.isBytesLike(source)) {
            return null;
        }
        return decodeOrRaise(BytesOps.bytesOf(source), BytesOps.lengthOf(source), filename);
    }

    /** Source bytes as text for compile() or import; undecodable source raises SyntaxError. */
    public static String decodeOrRaise(byte[] data, int length, String filename) {
        try {
            return decode(data, length, filename);
        } catch (Failure e) {
            throw compileError(e, data, length, filename);
        }
    }

    /**
     * CPython's compile() reports an unusable declaration by name, bytes its declared codec rejects with that
     * codec's error over the whole source, and bad UTF-8 with the UTF-8 error for the line, located there.
     */
    private static PyException compileError(Failure e, byte[] data, int length, String filename) {
        PyTuple nowhere = PyTuple.of(filename, 0L, -1L, PyTypes.NONE);
        if (e.badDeclaration) {
            String message = e.getMessage().startsWith("encoding problem: " + e.declared + " with BOM")
                    ? e.getMessage() : "unknown encoding: " + e.declared;
            return syntaxError(message, nowhere);
        }
        if (e.declared != null) {
            return syntaxError(codecMessage(data, 0, length, e.declared), nowhere);
        }
        int lineEnd = lineEnd(data, e.badByte, length);
        String text = new String(data, e.lineStart, lineEnd - e.lineStart, StandardCharsets.UTF_8) + "\n";
        return syntaxError("(unicode error) " + codecMessage(data, e.lineStart, lineEnd, "utf-8"),
                PyTuple.of(filename, (long) e.line, 1L, text, (long) e.line, -1L));
    }

    /**
     * The message of the encoding's UnicodeDecodeError for bytes [from, to), which it is known to reject; a
     * generic one for encodings only the JDK knows.
     */
    private static String codecMessage(byte[] data, int from, int to, String encoding) {
        byte[] slice = java.util.Arrays.copyOfRange(data, from, to);
        try {
            Codecs.decode(slice, slice.length, Codecs.codec(encoding, "compile"), "strict", new PyBytes(slice));
        } catch (PyException error) {
            if (error.value.isInstance(ExceptionTypes.UNICODE_DECODE_ERROR)) {
                return Ops.str(error.value);
            }
        }
        return "encoding problem: " + encoding;
    }

    private static PyException syntaxError(String message, PyTuple details) {
        return ((PyBaseException) Ops.call(ExceptionTypes.SYNTAX_ERROR, message, details)).asThrowable();
    }

    /** The encoding named on line 1, or on line 2 after a comment or blank first line; null if none. */
    private static String declaration(byte[] data, int start, int length) {
        int end1 = lineEnd(data, start, length);
        String first = new String(data, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = COOKIE.matcher(first);
        if (m.find()) {
            return m.group(1);
        }
        if (end1 >= length || !BLANK_OR_COMMENT.matcher(first).matches()) {
            return null;
        }
        int end2 = lineEnd(data, end1 + 1, length);
        m = COOKIE.matcher(new String(data, end1 + 1, end2 - end1 - 1, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] data, int from, int length) {
        int i = from;
        while (i < length && data[i] != '\n' && data[i] != '\r') i++;
        return i;
    }

    /** CPython's spelling of the common encodings' variants ("UTF_8", "latin-1-unix" and so on). */
    private static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(latin) || n.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** The JDK charset for an encoding name, or null when there is none. */
    private static Charset charset(String name) {
        if (name.equals("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.replace('_', '-'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

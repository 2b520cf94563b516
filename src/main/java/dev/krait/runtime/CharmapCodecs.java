package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * The single-byte codecs CPython implements with a character map (cp1252, cp437, iso8859_15, mac_roman...), for
 * the ones whose table the JDK's charset of the same code page reproduces exactly (a golden test decodes every byte
 * of each). All of them map bytes below 0x80 to ASCII, so error handlers may write their ASCII replacements as
 * bytes. Errors name the codec "charmap", as CPython's do, and give the reason "character maps to <undefined>".
 */
final class CharmapCodecs {
    private CharmapCodecs() {}

    static final String ERROR_NAME = "charmap";
    private static final String UNDEFINED_REASON = "character maps to <undefined>";
    /** What a byte the code page leaves undefined decodes to in a table: a noncharacter no code page uses. */
    private static final char UNDEFINED = '\uFFFE';

    /** CPython's codec (module) names, with the JDK charset holding the same table. */
    private static final Map<String, String> CHARSETS = Map.ofEntries(
            Map.entry("cp1250", "windows-1250"), Map.entry("cp1251", "windows-1251"),
            Map.entry("cp1252", "windows-1252"), Map.entry("cp1253", "windows-1253"),
            Map.entry("cp1254", "windows-1254"), Map.entry("cp1255", "windows-1255"),
            Map.entry("cp1256", "windows-1256"), Map.entry("cp1257", "windows-1257"),
            Map.entry("cp1258", "windows-1258"), Map.entry("cp437", "IBM437"), Map.entry("cp737", "x-IBM737"),
            Map.entry("cp775", "IBM775"), Map.entry("cp850", "IBM850"), Map.entry("cp852", "IBM852"),
            Map.entry("cp855", "IBM855"), Map.entry("cp857", "IBM857"), Map.entry("cp858", "IBM00858"),
            Map.entry("cp860", "IBM860"), Map.entry("cp861", "IBM861"), Map.entry("cp862", "IBM862"),
            Map.entry("cp863", "IBM863"), Map.entry("cp865", "IBM865"), Map.entry("cp866", "IBM866"),
            Map.entry("cp869", "IBM869"), Map.entry("iso8859_2", "ISO-8859-2"), Map.entry("iso8859_3", "ISO-8859-3"),
            Map.entry("iso8859_4", "ISO-8859-4"), Map.entry("iso8859_5", "ISO-8859-5"),
            Map.entry("iso8859_6", "ISO-8859-6"), Map.entry("iso8859_7", "ISO-8859-7"),
            Map.entry("iso8859_8", "ISO-8859-8"), Map.entry("iso8859_9", "ISO-8859-9"),
            Map.entry("iso8859_11", "x-iso-8859-11"), Map.entry("iso8859_13", "ISO-8859-13"),
            Map.entry("iso8859_15", "ISO-8859-15"), Map.entry("iso8859_16", "ISO-8859-16"),
            Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"), Map.entry("mac_roman", "x-MacRoman"),
            Map.entry("mac_latin2", "x-MacCentralEurope"));

    /** A code page: what each byte decodes to ({@link #UNDEFINED} if nothing), and the reverse for encoding. */
    private record Table(char[] decoding, Map<Integer, Byte> encoding) {}

    /** The tables, read from the JDK's charsets when a program first uses one of these codecs; never changed. */
    private static final class Tables {
        static final Map<String, Table> BY_CODEC = build();

        private static Map<String, Table> build() {
            Map<String, Table> tables = new HashMap<>();
            CHARSETS.forEach((codec, charset) -> tables.put(codec, read(Charset.forName(charset))));
            return Map.copyOf(tables);
        }

        private static Table read(Charset charset) {
            char[] decoding = new char[256];
            Map<Integer, Byte> encoding = new HashMap<>();
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0; b < 256; b++) {
                decoding[b] = UNDEFINED;
                try {
                    CharBuffer c = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                    if (c.length() == 1) {
                        decoding[b] = c.charAt(0);
                        encoding.putIfAbsent((int) c.charAt(0), (byte) b);
                    }
                } catch (CharacterCodingException e) {
                    // The code page leaves this byte undefined.
                }
            }
            return new Table(decoding, Map.copyOf(encoding));
        }
    }

    static boolean handles(String codec) {
        return CHARSETS.containsKey(codec);
    }

    static byte[] encode(String s, String codec, String errors) {
        Map<Integer, Byte> table = Tables.BY_CODEC.get(codec).encoding();
        int[] cps = Strings.codePoints(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int i = 0; i < cps.length; ) {
            Byte b = table.get(cps[i]);
            if (b != null) {
                out.write(b);
                i++;
                continue;
            }
            // As in CPython, a run of characters the code page lacks is one error.
            int end = i + 1;
            while (end < cps.length && !table.containsKey(cps[end])) {
                end++;
            }
            Codecs.encodeError(out, cps, i, end, ERROR_NAME, errors, UNDEFINED_REASON);
            i = end;
        }
        return out.toByteArray();
    }

    /** Decodes bytes [0, length) of {@code data}; {@code source} is the bytes object named in errors. */
    static String decode(byte[] data, int length, String codec, String errors, Object source) {
        char[] table = Tables.BY_CODEC.get(codec).decoding();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = table[data[i] & 0xFF];
            if (c != UNDEFINED) {
                b.append(c);
            } else {
                Codecs.decodeError(b, data, i, i + 1, ERROR_NAME, errors, UNDEFINED_REASON, source);
            }
        }
        return b.toString();
    }
}

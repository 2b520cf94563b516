package dev.krait.unicode;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * CPython 3.11's Unicode 14 data, read once from the resource {@code tools/gen_unicode_data.py} generates (its
 * docstring gives the format). The JVM initialises this class on the first lookup of a non-ASCII character, so
 * programs that never need one never read the file; the tables are immutable and shared by all interpreters.
 */
final class UnicodeTables {
    private UnicodeTables() {}

    private static final int PAGE_BITS = 8;
    private static final int PAGES = (Character.MAX_CODE_POINT + 1) >> PAGE_BITS;

    /** The distinct property words (UnicodeChars' bits), indexed by the bytes of {@link #BLOCKS}. */
    private static final int[] WORDS;
    /** For each 256-code-point page, where its block starts in {@link #BLOCKS}. */
    private static final int[] PAGE_STARTS;
    /** The distinct blocks of 256 word indexes, one after another. */
    private static final byte[] BLOCKS;

    static final MappingTable UPPER;
    static final MappingTable LOWER;
    static final MappingTable TITLE;
    static final MappingTable FOLD;
    static final MappingTable IDENTIFIER_NFKC;

    static {
        InputStream raw = UnicodeTables.class.getResourceAsStream("/krait/unicode/unicode14.bin");
        if (raw == null) {
            throw new IllegalStateException("Krait's Unicode data is missing from the jar");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            WORDS = new int[in.readInt()];
            for (int i = 0; i < WORDS.length; i++) {
                WORDS[i] = in.readInt();
            }
            int blockCount = in.readInt();
            PAGE_STARTS = new int[PAGES];
            for (int i = 0; i < PAGES; i++) {
                PAGE_STARTS[i] = in.readChar() << PAGE_BITS;
            }
            BLOCKS = new byte[blockCount << PAGE_BITS];
            in.readFully(BLOCKS);
            UPPER = MappingTable.read(in);
            LOWER = MappingTable.read(in);
            TITLE = MappingTable.read(in);
            FOLD = MappingTable.read(in);
            IDENTIFIER_NFKC = MappingTable.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Krait's Unicode data cannot be read", e);
        }
    }

    /** The property word of a code point. */
    static int word(int cp) {
        return WORDS[BLOCKS[PAGE_STARTS[cp >> PAGE_BITS] | (cp & ((1 << PAGE_BITS) - 1))] & 0xFF];
    }

    /** One mapping (a full case mapping, NFKC): the characters it changes, sorted, and what each becomes. */
    static final class MappingTable {
        private final int[] codePoints;
        private final String[] mappings;

        private MappingTable(int[] codePoints, String[] mappings) {
            this.codePoints = codePoints;
            this.mappings = mappings;
        }

        static MappingTable read(DataInputStream in) throws IOException {
            int n = in.readInt();
            int[] codePoints = new int[n];
            String[] mappings = new String[n];
            for (int i = 0; i < n; i++) {
                codePoints[i] = in.readInt();
                int[] mapped = new int[in.readByte()];
                for (int j = 0; j < mapped.length; j++) {
                    mapped[j] = in.readInt();
                }
                mappings[i] = new String(mapped, 0, mapped.length);
            }
            return new MappingTable(codePoints, mappings);
        }

        /** The mapping of a character, or null if the table does not change it. */
        String find(int cp) {
            int i = Arrays.binarySearch(codePoints, cp);
            return i >= 0 ? mappings[i] : null;
        }
    }
}

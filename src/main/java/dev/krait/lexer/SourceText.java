package dev.krait.lexer;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Source code prepared for the lexer: decoded into code points (columns count code points, as CPython's error
 * offsets do), with universal newlines, a leading byte-order mark removed, a final newline added when missing (as
 * CPython's tokenizer does) and an index of line starts. Error messages quote lines as the file has them.
 *
 * <p>A source text is either a whole file, or a fragment of one: the expression inside an f-string replacement
 * field, which is lexed and parsed on its own as CPython 3.11 does. A fragment knows the file line of its first line
 * and the file column at which its first line starts, so tokens carry file positions; its error messages, like
 * CPython's, show the fragment's own text and columns.
 */
public final class SourceText {
    private final int[] codePoints;
    /** {@code lineStarts[i]} is the index of the first code point of line {@code i + 1}; one extra entry at the end. */
    private final int[] lineStarts;
    private final String filename;
    private final int firstLine;
    private final int firstColumn;
    /** Whether the text had its final newline before one was added. */
    private final boolean endsWithNewline;
    /**
     * Whether the text is a program file run directly: CPython's tokenizer then reads it line by line, and places
     * errors at the end of input differently from when it parses a string.
     */
    private final boolean programFile;
    /**
     * Whether CPython's tokenizer would add the final newline too: it does for "exec" input, but not for a string
     * compiled in mode "eval" or "single", where the last token of an unterminated line is the ENDMARKER.
     */
    private final boolean newlineImplied;
    /**
     * Whether CPython's parser reports this text's error columns in UTF-8 bytes rather than characters. It does for
     * a file (or stdin) without a coding declaration, because its tokenizer then records no encoding and the parser
     * converts byte columns to characters only when there is one; the tokenizer's own errors count characters.
     */
    private final boolean parserColumnsInBytes;

    /** PEP 263's coding declaration, in a comment on the first or second line. */
    public static final Pattern CODING_DECLARATION = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    /** A line that lets a coding declaration on the next one count. */
    public static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(#.*)?$");

    private SourceText(String text, String filename, int firstLine, int firstColumn, boolean programFile,
                       boolean newlineImplied) {
        this(text, filename, firstLine, firstColumn, programFile, newlineImplied, programFile);
    }

    private SourceText(String text, String filename, int firstLine, int firstColumn, boolean programFile,
                       boolean newlineImplied, boolean readFromFile) {
        this.endsWithNewline = text.endsWith("\n") || text.endsWith("\r");
        this.codePoints = normalize(text);
        this.lineStarts = indexLines(codePoints);
        this.filename = filename;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
        this.programFile = programFile;
        this.newlineImplied = newlineImplied;
        this.parserColumnsInBytes = readFromFile && !hasCodingDeclaration(text);
    }

    private static boolean hasCodingDeclaration(String text) {
        String[] lines = text.split("\r\n|\r|\n", 3);
        return CODING_DECLARATION.matcher(lines[0]).find() || lines.length > 1
                && BLANK_OR_COMMENT.matcher(lines[0]).matches() && CODING_DECLARATION.matcher(lines[1]).find();
    }

    /** A whole source file. */
    public static SourceText of(String source, String filename) {
        return new SourceText(source, filename, 1, 0, false, true);
    }

    /** A module's file, as {@code import} reads it. */
    public static SourceText moduleFile(String source, String filename) {
        return new SourceText(source, filename, 1, 0, false, true, true);
    }

    /** A string compiled in mode "eval" or "single" (see {@link #finalNewlineUnseen}). */
    public static SourceText evalInput(String source, String filename) {
        return new SourceText(source, filename, 1, 0, false, false);
    }

    /** The file of the program being run, as {@code python3 prog.py} reads it. */
    public static SourceText programFile(String source, String filename) {
        return new SourceText(source, filename, 1, 0, true, true);
    }

    /** A piece of a file whose first character sits at {@code firstLine}, {@code firstColumn} of the file. */
    public static SourceText fragment(String text, String filename, int firstLine, int firstColumn) {
        return new SourceText(text, filename, firstLine, firstColumn, false, true);
    }

    private static int[] normalize(String text) {
        int[] cps = text.codePoints().toArray();
        int start = cps.length > 0 && cps[0] == 0xFEFF ? 1 : 0;
        int[] out = new int[cps.length - start + 1];
        int n = 0;
        for (int i = start; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r') {
                if (i + 1 < cps.length && cps[i + 1] == '\n') i++;
                c = '\n';
            }
            out[n++] = c;
        }
        if (n == 0 || out[n - 1] != '\n') out[n++] = '\n';
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int[] indexLines(int[] cps) {
        int count = 0;
        for (int c : cps) if (c == '\n') count++;
        int[] starts = new int[count + 1];
        int line = 1;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') starts[line++] = i + 1;
        }
        return starts;
    }

    /**
     * Whether the final newline was added here but CPython's tokenizer adds none: the NEWLINE token that ends the
     * last line is then one CPython never sees (its parser finds the ENDMARKER there, which has no column).
     */
    public boolean finalNewlineUnseen() {
        return !newlineImplied && !endsWithNewline;
    }

    public boolean isProgramFile() {
        return programFile;
    }

    public String filename() {
        return filename;
    }

    /** Whether the source as given has no characters at all (the only one here is the newline added). */
    public boolean isEmpty() {
        return codePoints.length == 1 && !endsWithNewline;
    }

    /** The number of code points, including the final newline. */
    public int length() {
        return codePoints.length;
    }

    /** The code point at {@code index}, or -1 past the end. */
    public int at(int index) {
        return index < codePoints.length ? codePoints[index] : -1;
    }

    /** The text between two indexes. */
    public String text(int from, int to) {
        return new String(codePoints, from, to - from);
    }

    /** The number of lines; every line ends with a newline. */
    public int lineCount() {
        return lineStarts.length - 1;
    }

    /** Index of the first code point of {@code line} (1-based, local to this text). */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The local line containing {@code index}. */
    public int lineOf(int index) {
        int i = Arrays.binarySearch(lineStarts, index);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Line {@code line} (local), with its newline if asked and if the original text has one there. */
    public String lineText(int line, boolean withNewline) {
        if (line < 1 || line > lineCount()) return "";
        boolean newline = withNewline && (line < lineCount() || endsWithNewline || newlineImplied && !programFile);
        int end = lineStarts[line] - (newline ? 0 : 1);
        return text(lineStarts[line - 1], end);
    }

    /** The file line of local line {@code line}. */
    public int fileLine(int line) {
        return line + firstLine - 1;
    }

    /** The file column of local column {@code col} on local line {@code line}. */
    public int fileColumn(int line, int col) {
        return line == 1 ? col + firstColumn : col;
    }

    /** The local line of file line {@code fileLine}. */
    public int localLine(int fileLine) {
        return fileLine - firstLine + 1;
    }

    /** The local column of file column {@code fileCol} on file line {@code fileLine}. */
    public int localColumn(int fileLine, int fileCol) {
        return fileLine == firstLine ? fileCol - firstColumn : fileCol;
    }

    /** A SyntaxError at line 0, where CPython reports an error in a source of no lines at all. */
    public SyntaxError errorBeforeFirstLine(String type, String msg) {
        return new SyntaxError(type, msg, filename, 0, 0, 0, 0, "");
    }

    /**
     * The offset CPython's parser reports for 1-based code-point offset {@code offset} of local line {@code line}:
     * the same, or the 1-based UTF-8 byte offset (see {@link #parserColumnsInBytes}).
     */
    public int parserOffset(int line, int offset) {
        if (!parserColumnsInBytes || offset <= 1 || line < 1 || line > lineCount()) {
            return offset;
        }
        int start = lineStarts[line - 1];
        int end = Math.min(start + offset - 1, lineStarts[line]);
        int bytes = offset - 1 - (end - start);
        for (int i = start; i < end; i++) {
            int c = codePoints[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes + 1;
    }

    /**
     * A SyntaxError (or IndentationError/TabError, per {@code type}) at local line {@code line}. Offsets are 1-based
     * local columns as CPython reports them (0 or -1 where CPython leaves the end unknown). CPython's parser quotes
     * the line with its newline, its tokenizer without; {@code withNewline} says which one is reporting.
     */
    public SyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset,
                             boolean withNewline) {
        return new SyntaxError(type, msg, filename, fileLine(line), offset, fileLine(endLine), endOffset,
                lineText(line, withNewline));
    }
}

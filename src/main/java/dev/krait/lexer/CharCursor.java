package dev.krait.lexer;

/**
 * A read position in a {@link SourceText} that knows its line, for the lexer and its helpers. Errors reported "at
 * the cursor" follow CPython's tokenizer: the 1-based offset equals the number of code points between the start of
 * the line and the cursor, so the caret lands on the last character read.
 */
final class CharCursor {
    static final int EOF = -1;

    final SourceText src;
    private int pos;
    private int line = 1;
    private int lineStart;

    CharCursor(SourceText src) {
        this.src = src;
    }

    int pos() {
        return pos;
    }

    int line() {
        return line;
    }

    int lineStart() {
        return lineStart;
    }

    /** The column of the cursor on its line. */
    int col() {
        return pos - lineStart;
    }

    int peek() {
        return src.at(pos);
    }

    int peek(int ahead) {
        return src.at(pos + ahead);
    }

    /** Reads one code point; reading a newline moves the cursor to the start of the next line. */
    int next() {
        int c = src.at(pos);
        if (c == EOF) return EOF;
        pos++;
        if (c == '\n') {
            line++;
            lineStart = pos;
        }
        return c;
    }

    /** Un-reads the code point just read, unless that was the end of input (as CPython's tok_backup). */
    void backup(int c) {
        if (c == EOF) return;
        pos--;
        if (c == '\n') {
            line--;
            lineStart = src.lineStart(line);
        }
    }

    /** Moves back to an earlier position on a known line. */
    void reset(int pos, int line) {
        this.pos = pos;
        this.line = line;
        this.lineStart = src.lineStart(line);
    }

    /** A SyntaxError whose caret sits on the last character read, as CPython's tokenizer reports. */
    SyntaxError errorHere(String msg) {
        return src.error("SyntaxError", msg, line, col(), line, col(), false);
    }

    /** A SyntaxError spanning local columns {@code [from, to)} of the cursor's line (1-based offsets from+1, to). */
    SyntaxError errorSpan(String msg, int fromCol, int toCol) {
        return src.error("SyntaxError", msg, line, fromCol + 1, line, toCol, false);
    }
}

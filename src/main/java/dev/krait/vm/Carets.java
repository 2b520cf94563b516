package dev.krait.vm;

import dev.krait.parser.Expr;
import dev.krait.parser.Module;
import dev.krait.parser.Parser;
import dev.krait.parser.Stmt;
import dev.krait.unicode.UnicodeChars;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the failing expression and,
 * for a binary operation or subscript, {@code ~} under the operands with {@code ^} under the operator or index.
 */
final class Carets {
    private Carets() {}

    /**
     * The marker line (with its newline) for the expression at code-point columns [col, endCol) of {@code line}, or ""
     * when it would add nothing. {@code endCol} is -1 when the expression continues on later lines.
     */
    static String line(String line, String stripped, int col, int endCol) {
        // The columns count code points; the rest of this works on the string's char indexes.
        int codePoints = line.codePointCount(0, line.length());
        if (col > codePoints || endCol > codePoints) {
            return "";
        }
        col = line.offsetByCodePoints(0, col);
        int indent = line.length() - stripped.length();
        int end = endCol < 0 ? lastNonSpace(line) + 1 : line.offsetByCodePoints(0, endCol);
        if (col < indent || end <= col) {
            return "";
        }
        int[] anchors = endCol < 0 ? null : anchors(line.substring(col, end));
        boolean partial = end - col < stripped.length();
        if (!partial && (anchors == null || anchors[1] - anchors[0] <= 0)) {
            return "";
        }
        // One marker per character, repeated as many columns as the character takes on a terminal (two for
        // East Asian wide ones), as CPython 3.11 lines them up.
        StringBuilder b = new StringBuilder("    ");
        appendColumns(b, line, indent, col, ' ');
        for (int i = col; i < end; i = line.offsetByCodePoints(i, 1)) {
            boolean primary = anchors == null || (i - col >= anchors[0] && i - col < anchors[1]);
            appendColumns(b, line, i, line.offsetByCodePoints(i, 1), primary ? '^' : '~');
        }
        return b.append('\n').toString();
    }

    /** Appends {@code marker} once per terminal column that the characters of line[from, to) take. */
    private static void appendColumns(StringBuilder b, String line, int from, int to, char marker) {
        for (int i = from; i < to; i = line.offsetByCodePoints(i, 1)) {
            for (int w = UnicodeChars.displayWidth(line.codePointAt(i)); w > 0; w--) {
                b.append(marker);
            }
        }
    }

    /**
     * The operator between columns {@code from} (the left operand's end) and {@code to} (the right one's start): the
     * first character that is not a space, with the next one if that is not a space either (a two-character
     * operator), looking past closing parentheses of the left operand, as CPython does.
     */
    private static int[] operatorAnchors(String segment, int from, int to) {
        int[] anchors = {from, from};
        for (int i = from; i < to; i++) {
            char c = segment.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            anchors[0] = i;
            anchors[1] = i + 1 < to && !isSpace(segment.charAt(i + 1)) ? i + 2 : i + 1;
            if (c != ')' || i + 1 >= to) {
                break;
            }
        }
        return anchors;
    }

    /** The line without its indentation: the leading spaces, tabs and form feeds. */
    static String withoutIndent(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    /** Index of the last character that is not a space, tab or form feed (-1 if none). */
    private static int lastNonSpace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && isSpace(line.charAt(i))) {
            i--;
        }
        return i;
    }

    /** CPython's whitespace here: space, tab and form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** The char index of code-point column {@code column} of {@code text} (parser positions count code points). */
    private static int charIndex(String text, int column) {
        return text.offsetByCodePoints(0, column);
    }

    /** For a binary operation or subscript segment: where the '^' part starts and ends; else null. */
    private static int[] anchors(String segment) {
        Module m;
        try {
            m = Parser.parseModule(segment, "<segment>");
        } catch (RuntimeException e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt es)) {
            return null;
        }
        if (es.value() instanceof Expr.BinOp op && op.left().loc().endLine() == 1) {
            return operatorAnchors(segment, charIndex(segment, op.left().loc().endCol()),
                    charIndex(segment, op.right().loc().col()));
        }
        if (es.value() instanceof Expr.Subscript s && s.value().loc().endLine() == 1) {
            // From the '[' after the value (past a closing parenthesis) to the ']' after the index, inclusive.
            int start = charIndex(segment, s.value().loc().endCol());
            while (start < segment.length() && segment.charAt(start) != '[') {
                start++;
            }
            int stop = charIndex(segment, s.slice().loc().endCol()) + 1;
            while (stop < segment.length() && segment.charAt(stop) != ']') {
                stop++;
            }
            return new int[] {start, Math.min(stop + 1, segment.length())};
        }
        return null;
    }
}

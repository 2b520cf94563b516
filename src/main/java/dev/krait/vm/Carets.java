package dev.krait.vm;

import dev.krait.parser.Expr;
import dev.krait.parser.Module;
import dev.krait.parser.Parser;
import dev.krait.parser.Stmt;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the failing expression and,
 * for a binary operation or subscript, {@code ~} under the operands with {@code ^} under the operator or index.
 */
final class Carets {
    private Carets() {}

    /**
     * The marker line (with its newline) for the expression at columns [col, endCol) of {@code line}, or "" when it
     * would add nothing. {@code endCol} is -1 when the expression continues on later lines.
     */
    static String line(String line, String stripped, int col, int endCol) {
        int indent = line.length() - stripped.length();
        int end = endCol < 0 ? lastNonSpace(line) + 1 : endCol;
        if (col < indent || end <= col || end > line.length()) {
            return "";
        }
        int[] anchors = endCol < 0 ? null : anchors(line.substring(col, end));
        int width = end - col;
        boolean partial = width < stripped.length();
        if (!partial && (anchors == null || anchors[1] - anchors[0] <= 0)) {
            return "";
        }
        StringBuilder b = new StringBuilder("    ").append(" ".repeat(col - indent));
        if (anchors == null) {
            b.append("^".repeat(width));
        } else {
            b.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0]))
                    .append("~".repeat(width - anchors[1]));
        }
        return b.append('\n').toString();
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
            return operatorAnchors(segment, op.left().loc().endCol(), op.right().loc().col());
        }
        if (es.value() instanceof Expr.Subscript s && s.value().loc().endLine() == 1) {
            // From the '[' after the value (past a closing parenthesis) to the ']' after the index, inclusive.
            int start = s.value().loc().endCol();
            while (start < segment.length() && segment.charAt(start) != '[') {
                start++;
            }
            int stop = s.slice().loc().endCol() + 1;
            while (stop < segment.length() && segment.charAt(stop) != ']') {
                stop++;
            }
            return new int[] {start, Math.min(stop + 1, segment.length())};
        }
        return null;
    }
}

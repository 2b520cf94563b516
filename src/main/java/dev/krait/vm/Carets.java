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
        int indent = line.indexOf(stripped);
        int end = endCol < 0 ? indent + stripped.length() : endCol;
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
            int leftEnd = op.left().loc().endCol();
            String between = segment.substring(leftEnd, op.right().loc().col());
            int offset = between.length() - between.stripLeading().length();
            int start = leftEnd + offset;
            int stop = start + 1;
            if (offset + 1 < between.length() && !Character.isWhitespace(between.charAt(offset + 1))) {
                stop++;
            }
            return new int[] {start, stop};
        }
        if (es.value() instanceof Expr.Subscript s && s.value().loc().endLine() == 1) {
            return new int[] {s.value().loc().endCol(), s.slice().loc().endCol() + 1};
        }
        return null;
    }
}

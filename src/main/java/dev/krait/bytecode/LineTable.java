package dev.krait.bytecode;

/**
 * Source positions per instruction: start line, end line, start column and end column (0-based code points, -1 if
 * unknown). Tracebacks use the line; 3.11-style carets use the columns.
 */
public final class LineTable {
    private final int[] lines;
    private final int[] endLines;
    private final int[] cols;
    private final int[] endCols;

    public LineTable(int[] lines, int[] endLines, int[] cols, int[] endCols) {
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
    }

    public int line(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : -1;
    }

    public int endLine(int pc) {
        return pc >= 0 && pc < endLines.length ? endLines[pc] : -1;
    }

    public int col(int pc) {
        return pc >= 0 && pc < cols.length ? cols[pc] : -1;
    }

    public int endCol(int pc) {
        return pc >= 0 && pc < endCols.length ? endCols[pc] : -1;
    }

    public int length() {
        return lines.length;
    }
}

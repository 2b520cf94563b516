package dev.krait.runtime;

/**
 * One traceback entry: where a frame was when an exception passed through it. Entries link from the outermost
 * frame ({@code exc.__traceback__}) to the innermost (where the exception was raised), as in CPython. Columns
 * are 0-based code-point offsets, -1 when unknown.
 */
public final class PyTraceback extends PyObject {
    public final PyTraceback next;
    public final String filename;
    public final String name;
    public final int lineno;
    public final int endLineno;
    public final int col;
    public final int endCol;
    /** The interpreter frame the entry is for (a {@code dev.krait.vm.Frame}): its names feed "Did you mean" hints. */
    public final Object frame;

    public PyTraceback(PyTraceback next, String filename, String name, int lineno, int endLineno, int col,
                       int endCol, Object frame) {
        this.next = next;
        this.frame = frame;
        this.filename = filename;
        this.name = name;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.col = col;
        this.endCol = endCol;
    }

    @Override
    public PyType type() {
        return PyTypes.TRACEBACK;
    }
}

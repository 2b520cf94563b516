package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.LineTable;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyTraceback;

/** Builds traceback entries as an exception passes through frames. */
final class Tracebacks {
    private Tracebacks() {}

    /**
     * Prepends this frame's entry: the traceback chain runs from the outermost frame to the raising one. A pc
     * before the first instruction (an exception thrown into a generator that never started) is at the
     * {@code def} line, where CPython's generator prologue is.
     */
    static void addEntry(PyBaseException exc, Frame f, int pc) {
        Code code = f.code;
        LineTable lines = code.lineTable;
        if (pc < 0) {
            exc.traceback = new PyTraceback(exc.traceback, code.filename, code.name, code.firstLineNo,
                    code.firstLineNo, -1, -1, f);
            return;
        }
        exc.traceback = new PyTraceback(exc.traceback, code.filename, code.name, lines.line(pc), lines.endLine(pc),
                lines.col(pc), lines.endCol(pc), f);
    }
}

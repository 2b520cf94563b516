package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/**
 * The activation of a code object: locals, cells and the operand stack share one {@code Object[]} (locals first,
 * then cells and free variables, then the stack). {@link #pc} and {@link #sp} are saved here only when the frame
 * suspends (a generator yielding) or an exception leaves it; while it runs they live in the interpreter's locals.
 */
public final class Frame extends PyObject implements dev.krait.runtime.PyFrameLike {
    static final PyType TYPE = PyTypes.fixed("frame", FrameAttributes::init);

    public final Code code;
    final Object[] slots;
    final PyDict globals;
    final PyDict builtins;
    /** The locals namespace of module and class-body frames; null for function frames. */
    final Object locals;
    int pc;
    int sp;
    /** The frame that was running when this one started ({@code f_back}); null for the outermost. */
    Frame back;
    /** The dict locals() returned for a function frame, reused by later calls (see VmBuiltins.locals). */
    PyDict localsSnapshot;
    /** Set by YIELD_VALUE: the frame is suspended, not finished. */
    boolean suspended;
    /** An exception to raise at the current instruction when the frame resumes (generator.throw). */
    RuntimeException pendingThrow;

    Frame(Code code, PyDict globals, PyDict builtins, Object locals) {
        this.code = code;
        this.slots = new Object[code.frameSize];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.sp = code.frameBase();
    }

    /** Fills the cell slots: fresh cells (taking a parameter's value where the cell is a parameter) and the closure. */
    void initCells(PyCell[] closure) {
        int base = code.nlocals();
        for (int i = 0; i < code.cellvars.length; i++) {
            int param = code.cellParams[i];
            slots[base + i] = new PyCell(param >= 0 ? slots[param] : null);
        }
        if (closure != null) {
            System.arraycopy(closure, 0, slots, base + code.cellvars.length, closure.length);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    public Object locals() {
        return locals;
    }

    @Override
    public String filename() {
        return code.filename;
    }

    /**
     * The source line of the instruction being executed (or last executed); a frame that has not started (a new
     * generator's) is at its {@code def} line, as in CPython.
     */
    @Override
    public int line() {
        if (pc == 0) {
            return code.firstLineNo;
        }
        return code.lineTable.line(pc - 1);
    }

    /** The value of fast local {@code i} (null if unbound), a str being built there made first. */
    Object local(int i) {
        return StrAccumulator.materialize(slots[i]);
    }
}

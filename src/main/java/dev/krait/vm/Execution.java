package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.ThreadState;

/** Running a module-level code object (a program, a module body, exec/eval) in given namespaces. */
public final class Execution {
    private Execution() {}

    /** Runs {@code code} with the given globals and locals; builtins come from the globals or the context. */
    public static Object runCode(ThreadState ts, Code code, PyDict globals, Object locals) {
        return runCode(ts, code, globals, locals, null);
    }

    /** Runs code whose free variables (if any) are the given cells. */
    public static Object runCode(ThreadState ts, Code code, PyDict globals, Object locals, PyCell[] closure) {
        Frame f = new Frame(code, globals, builtinsOf(ts, globals), locals);
        f.initCells(closure);
        return Interpreter.execute(ts, f);
    }

    /** The builtins of code run with these globals: their {@code __builtins__} (a dict or module), else the context's. */
    static PyDict builtinsOf(ThreadState ts, PyDict globals) {
        Object b = globals.get("__builtins__");
        return b instanceof PyDict d ? d : b instanceof PyModule m ? m.dict : ts.context.builtins;
    }
}

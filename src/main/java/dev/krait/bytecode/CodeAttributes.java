package dev.krait.bytecode;

import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;

/** The Python-visible attributes of code objects ({@code co_name}, {@code co_varnames}...). */
final class CodeAttributes {
    private CodeAttributes() {}

    static void init(PyType t) {
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> {
            Code c = (Code) a[0];
            return "<code object " + c.name + " at 0x" + Long.toHexString(dev.krait.runtime.Introspection.id(c))
                    + ", file \"" + c.filename + "\", line " + c.firstLineNo + ">";
        });
        PyGetSet.readonlyMember(t, "co_name", o -> ((Code) o).name);
        PyGetSet.readonlyMember(t, "co_qualname", o -> ((Code) o).qualname);
        PyGetSet.readonlyMember(t, "co_filename", o -> ((Code) o).filename);
        PyGetSet.readonlyMember(t, "co_firstlineno", o -> (long) ((Code) o).firstLineNo);
        PyGetSet.readonlyMember(t, "co_argcount", o -> (long) ((Code) o).argcount);
        PyGetSet.readonlyMember(t, "co_posonlyargcount", o -> (long) ((Code) o).posonlyargcount);
        PyGetSet.readonlyMember(t, "co_kwonlyargcount", o -> (long) ((Code) o).kwonlyargcount);
        PyGetSet.readonlyMember(t, "co_nlocals", o -> (long) ((Code) o).nlocals());
        // Krait's own flag for a docstring in consts[0] is not one of CPython's.
        PyGetSet.readonlyMember(t, "co_flags", o -> (long) (((Code) o).flags & ~Code.FLAG_HAS_DOCSTRING));
        PyGetSet.readonly(t, "co_varnames", o -> PyTuple.of((Object[]) ((Code) o).varnames.clone()));
        PyGetSet.readonly(t, "co_cellvars", o -> PyTuple.of((Object[]) ((Code) o).cellvars.clone()));
        PyGetSet.readonly(t, "co_freevars", o -> PyTuple.of((Object[]) ((Code) o).freevars.clone()));
        PyGetSet.readonlyMember(t, "co_names", o -> PyTuple.of((Object[]) ((Code) o).names.clone()));
        PyGetSet.readonlyMember(t, "co_consts", o -> PyTuple.of(((Code) o).consts.clone()));
    }
}

package dev.krait.vm;

import dev.krait.runtime.Introspection;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/** The Python-visible attributes of frame objects ({@code f_code}, {@code f_lineno}, {@code f_locals}...). */
final class FrameAttributes {
    private FrameAttributes() {}

    static void init(PyType t) {
        PyGetSet.readonly(t, "f_code", o -> ((Frame) o).code);
        PyGetSet.readonly(t, "f_lineno", o -> (long) ((Frame) o).line());
        PyGetSet.readonly(t, "f_lasti", o -> (long) Math.max(0, ((Frame) o).pc - 1) * 2);
        PyGetSet.readonly(t, "f_globals", o -> ((Frame) o).globals);
        PyGetSet.readonly(t, "f_builtins", o -> ((Frame) o).builtins);
        PyGetSet.readonly(t, "f_locals", o -> VmBuiltins.locals((Frame) o));
        PyGetSet.readonly(t, "f_back", o -> ((Frame) o).back == null ? PyTypes.NONE : ((Frame) o).back);
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> {
            Frame f = (Frame) a[0];
            return "<frame at 0x" + Long.toHexString(Introspection.id(f)) + ", file '" + f.code.filename + "', line "
                    + f.line() + ", code " + f.code.name + ">";
        });
    }
}

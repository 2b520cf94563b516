package dev.krait.compiler;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.OpcodeTable;
import dev.krait.runtime.Context;
import dev.krait.runtime.Ops;
import dev.krait.runtime.ThreadState;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles source and renders a code object as a readable instruction list with symbolic labels (L1, L2...)
 * instead of offsets, so compiler tests state the intended code shape rather than incidental numbering.
 */
final class Listing {
    private Listing() {}

    static Code compile(String source) {
        ThreadState previous = ThreadState.bind(new ThreadState(new Context(System.out, System.err,
                InputStream.nullInputStream())));
        try {
            return Compiler.compileModule(source, "<test>");
        } finally {
            ThreadState.bind(previous);
        }
    }

    /** The code object of the function (or class body) named {@code name} among the module's constants. */
    static Code function(Code module, String name) {
        for (Object c : module.consts) {
            if (c instanceof Code code) {
                if (code.name.equals(name)) {
                    return code;
                }
                Code nested = function(code, name);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    static String of(Code code) {
        int[] ins = code.original;
        Map<Integer, String> labels = new TreeMap<>();
        for (int pc = 0; pc < ins.length; pc++) {
            OpcodeTable.Info info = OpcodeTable.get(Code.opcode(ins[pc]));
            if (info.isJump()) {
                labels.put(Code.arg(ins[pc]), null);
            }
        }
        for (int e = 0; e < code.exceptionTable.size(); e++) {
            labels.put(code.exceptionTable.handler(e), null);
        }
        int n = 1;
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            e.setValue("L" + n++);
        }
        StringBuilder out = new StringBuilder();
        ThreadState previous = ThreadState.bind(new ThreadState(new Context(System.out, System.err,
                InputStream.nullInputStream())));
        try {
            for (int pc = 0; pc < ins.length; pc++) {
                if (labels.containsKey(pc)) {
                    out.append(labels.get(pc)).append(":\n");
                }
                OpcodeTable.Info info = OpcodeTable.get(Code.opcode(ins[pc]));
                int arg = Code.arg(ins[pc]);
                out.append("  ").append(info.name());
                switch (info.arg()) {
                    case NONE:
                        break;
                    case JUMP:
                        out.append(' ').append(labels.get(arg));
                        break;
                    case CONST:
                        Object k = code.consts[arg];
                        out.append(' ').append(k instanceof Code c ? "<code " + c.name + ">" : Ops.repr(k));
                        break;
                    case NAME:
                        out.append(' ').append(code.names[arg]);
                        break;
                    case LOCAL:
                        out.append(' ').append(code.varnames[arg]);
                        break;
                    case DEREF:
                        out.append(' ').append(code.derefName(arg));
                        break;
                    default:
                        out.append(' ').append(arg);
                }
                out.append('\n');
            }
            for (int e = 0; e < code.exceptionTable.size(); e++) {
                out.append("handler ").append(labels.get(code.exceptionTable.handler(e))).append(" depth ")
                        .append(code.exceptionTable.depth(e)).append('\n');
            }
        } finally {
            ThreadState.bind(previous);
        }
        return out.toString();
    }

}

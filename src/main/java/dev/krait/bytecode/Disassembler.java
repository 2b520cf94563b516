package dev.krait.bytecode;

import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.Ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints code objects in the spirit of CPython's {@code dis}: source line (when it changes), a {@code >>} mark on
 * jump targets, instruction index, opcode name, argument and what the argument means. Nested code objects follow
 * their parent.
 */
public final class Disassembler {
    private Disassembler() {}

    /** Disassembles {@code code} and every code object in its constants, recursively. */
    public static String disassemble(Code code) {
        StringBuilder out = new StringBuilder();
        List<Code> queue = new ArrayList<>();
        queue.add(code);
        for (int q = 0; q < queue.size(); q++) {
            Code c = queue.get(q);
            if (q > 0) {
                out.append('\n').append("Disassembly of ").append(c).append(":\n");
            }
            listing(c, out);
            for (Object k : c.consts) {
                if (k instanceof Code nested) {
                    queue.add(nested);
                }
            }
        }
        return out.toString();
    }

    /** One code object's instructions, without nested ones. */
    public static void listing(Code code, StringBuilder out) {
        int[] ins = code.original;
        boolean[] targets = new boolean[ins.length + 1];
        for (int pc = 0; pc < ins.length; pc++) {
            OpcodeTable.Info info = OpcodeTable.get(Code.opcode(ins[pc]));
            if (info != null && info.isJump()) {
                int t = fullArg(ins, pc);
                if (t >= 0 && t < targets.length) {
                    targets[t] = true;
                }
            }
        }
        for (int e = 0; e < code.exceptionTable.size(); e++) {
            targets[code.exceptionTable.handler(e)] = true;
        }
        int lastLine = -1;
        for (int pc = 0; pc < ins.length; pc++) {
            int line = code.lineTable.line(pc);
            if (line != lastLine && pc > 0) {
                out.append('\n');
            }
            String lineCol = line != lastLine && line > 0 ? String.valueOf(line) : "";
            lastLine = line;
            int op = Code.opcode(ins[pc]);
            int arg = fullArg(ins, pc);
            OpcodeTable.Info info = OpcodeTable.get(op);
            String name = info == null ? "<" + op + ">" : info.name();
            out.append(String.format("%4s %2s %5d ", lineCol, targets[pc] ? ">>" : "", pc));
            if (info == null || info.arg() == ArgKind.NONE) {
                out.append(name);
            } else {
                out.append(String.format("%-22s%5d", name, arg));
                String meaning = meaning(code, info, arg);
                if (!meaning.isEmpty()) {
                    out.append(" (").append(meaning).append(')');
                }
            }
            out.append('\n');
        }
        if (code.exceptionTable.size() > 0) {
            out.append("ExceptionTable:\n");
            for (int e = 0; e < code.exceptionTable.size(); e++) {
                ExceptionTable t = code.exceptionTable;
                out.append(String.format("  %d to %d -> %d [%d]%s%n", t.start(e), t.end(e) - 1, t.handler(e),
                        t.depth(e), t.pushLasti(e) ? " lasti" : ""));
            }
        }
    }

    /** The argument including any EXTENDED_ARG prefixes before {@code pc}. */
    private static int fullArg(int[] ins, int pc) {
        int arg = Code.arg(ins[pc]);
        int shift = 24;
        for (int p = pc - 1; p >= 0 && Code.opcode(ins[p]) == Opcodes.EXTENDED_ARG; p--) {
            arg |= Code.arg(ins[p]) << shift;
            shift += 24;
        }
        return arg;
    }

    private static String meaning(Code code, OpcodeTable.Info info, int arg) {
        switch (info.arg()) {
            case CONST:
                return arg < code.consts.length ? constRepr(code.consts[arg]) : "?";
            case NAME:
                return arg < code.names.length ? code.names[arg] : "?";
            case LOCAL:
                return arg < code.varnames.length ? code.varnames[arg] : "?";
            case DEREF:
                return arg < code.cellvars.length + code.freevars.length ? code.derefName(arg) : "?";
            case JUMP:
                return "to " + arg;
            case BINARY_OP:
                return BinaryOp.of(arg).symbol + ((arg & BinaryOp.INPLACE_FLAG) != 0 ? "=" : "");
            case COMPARE_OP:
                return arg < CompareOp.values().length ? CompareOp.of(arg).symbol : "?";
            default:
                return "";
        }
    }

    private static String constRepr(Object value) {
        if (value instanceof Code c) {
            return c.toString();
        }
        return Ops.repr(value);
    }
}

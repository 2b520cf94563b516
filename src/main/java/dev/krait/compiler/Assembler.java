package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.EXTENDED_ARG;
import static dev.krait.bytecode.Opcodes.JUMP_BACKWARD;
import static dev.krait.bytecode.Opcodes.JUMP_FORWARD;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_FALSE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_NONE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_NOT_NONE;
import static dev.krait.bytecode.Opcodes.POP_JUMP_IF_TRUE;

import dev.krait.bytecode.ExceptionTable;
import dev.krait.bytecode.LineTable;
import dev.krait.bytecode.OpcodeTable;
import dev.krait.compiler.CodeBuilder.Instr;
import dev.krait.compiler.CodeBuilder.Label;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link CodeBuilder}'s instruction list into final arrays: runs the peephole pass, makes every backward
 * jump an unconditional JUMP_BACKWARD (the one place limits are checked in loops), computes the maximum stack depth
 * and the handler depths by flow analysis, resolves labels, and derives the exception and line tables.
 */
final class Assembler {
    /** The assembled parts of a code object. */
    record Result(int[] code, int maxStack, LineTable lines, ExceptionTable exceptions) {}

    private Assembler() {}

    static Result assemble(List<Instr> input, String filename) {
        List<Instr> instrs = new ArrayList<>(input);
        Peephole.optimize(instrs);
        makeBackwardJumpsUnconditional(instrs);
        int maxStack = stackDepth(instrs, filename);
        return layout(instrs, maxStack);
    }

    private static boolean isConditionalJump(int op) {
        return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE
                || op == POP_JUMP_IF_NOT_NONE;
    }

    private static int inverse(int op) {
        switch (op) {
            case POP_JUMP_IF_FALSE: return POP_JUMP_IF_TRUE;
            case POP_JUMP_IF_TRUE: return POP_JUMP_IF_FALSE;
            case POP_JUMP_IF_NONE: return POP_JUMP_IF_NOT_NONE;
            default: return POP_JUMP_IF_NONE;
        }
    }

    /**
     * A conditional jump backwards becomes "jump forward over an unconditional backward jump", and unconditional
     * jumps are named for their direction, so that loops only ever close through JUMP_BACKWARD.
     */
    private static void makeBackwardJumpsUnconditional(List<Instr> instrs) {
        Map<Label, Integer> where = labelPositions(instrs);
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            if (in.target == null) {
                continue;
            }
            boolean backward = where.get(in.target) <= i;
            if (in.op == JUMP_FORWARD || in.op == JUMP_BACKWARD) {
                in.op = backward ? JUMP_BACKWARD : JUMP_FORWARD;
            } else if (backward && isConditionalJump(in.op)) {
                Label skip = new Label();
                skip.used = true;
                Label back = in.target;
                in.op = inverse(in.op);
                in.target = skip;
                instrs.add(i + 1, new Instr(JUMP_BACKWARD, 0, back, in.handler, in.loc, null, null));
                instrs.add(i + 2, new Instr(CodeBuilder.LABEL, 0, null, in.handler, in.loc, skip, null));
                where = labelPositions(instrs);
            }
        }
    }

    static Map<Label, Integer> labelPositions(List<Instr> instrs) {
        Map<Label, Integer> where = new IdentityHashMap<>();
        for (int i = 0; i < instrs.size(); i++) {
            if (instrs.get(i).op == CodeBuilder.LABEL) {
                where.put(instrs.get(i).label, i);
            }
        }
        return where;
    }

    static boolean isTerminal(int op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case dev.krait.bytecode.Opcodes.RETURN_VALUE:
            case dev.krait.bytecode.Opcodes.RERAISE: case dev.krait.bytecode.Opcodes.RAISE_VARARGS:
                return true;
            default:
                return false;
        }
    }

    /** Flow analysis over all paths, including into handlers; also records each handler's unwind depth. */
    private static int stackDepth(List<Instr> instrs, String filename) {
        Map<Label, Integer> where = labelPositions(instrs);
        int[] depth = new int[instrs.size() + 1];
        java.util.Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.add(0);
        int max = 0;
        while (!work.isEmpty()) {
            int i = work.poll();
            int d = depth[i];
            while (i < instrs.size()) {
                Instr in = instrs.get(i);
                if (in.op == CodeBuilder.SETUP) {
                    CodeBuilder.Handler h = in.setup;
                    h.depth = d;
                    int handlerEntry = d + 1 + (h.pushLasti ? 1 : 0);
                    max = Math.max(max, handlerEntry);
                    push(depth, work, where.get(h.target), handlerEntry, filename);
                    i++;
                    continue;
                }
                if (in.op == CodeBuilder.LABEL) {
                    i++;
                    if (depth[i] < 0) {
                        depth[i] = d;
                    }
                    continue;
                }
                if (in.target != null) {
                    int jd = d + OpcodeTable.stackEffect(in.op, in.arg, true);
                    push(depth, work, where.get(in.target), jd, filename);
                }
                d += OpcodeTable.stackEffect(in.op, in.arg, false);
                if (d < 0) {
                    throw new IllegalStateException("stack underflow at " + OpcodeTable.name(in.op) + " in " + filename);
                }
                max = Math.max(max, d);
                if (isTerminal(in.op)) {
                    break;
                }
                i++;
                if (depth[i] >= 0) {
                    break;
                }
                depth[i] = d;
            }
        }
        return max;
    }

    private static void push(int[] depth, ArrayDeque<Integer> work, int at, int d, String filename) {
        if (depth[at] < 0) {
            depth[at] = d;
            work.add(at);
        }
    }

    /** Drops pseudo-instructions, resolves labels (adding EXTENDED_ARG prefixes if ever needed) and builds tables. */
    private static Result layout(List<Instr> instrs, int maxStack) {
        Map<Label, Integer> labelPc = new HashMap<>();
        List<Instr> real = new ArrayList<>();
        List<List<Label>> pending = new ArrayList<>();
        List<Label> waiting = new ArrayList<>();
        for (Instr in : instrs) {
            if (in.op == CodeBuilder.LABEL) {
                waiting.add(in.label);
            } else if (in.op != CodeBuilder.SETUP) {
                pending.add(waiting);
                waiting = new ArrayList<>();
                real.add(in);
            }
        }
        int[] extended = new int[real.size()];
        while (true) {
            int pc = 0;
            for (int i = 0; i < real.size(); i++) {
                for (Label l : pending.get(i)) {
                    labelPc.put(l, pc);
                }
                pc += extended[i] + 1;
            }
            for (Label l : waiting) {
                labelPc.put(l, pc);
            }
            boolean changed = false;
            for (int i = 0; i < real.size(); i++) {
                int arg = argOf(real.get(i), labelPc);
                int need = 0;
                for (long a = Integer.toUnsignedLong(arg) >>> 24; a != 0; a >>>= 24) {
                    need++;
                }
                if (need > extended[i]) {
                    extended[i] = need;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int total = 0;
        for (int e : extended) {
            total += e + 1;
        }
        int[] code = new int[total];
        int[] lines = new int[total];
        int[] endLines = new int[total];
        int[] cols = new int[total];
        int[] endCols = new int[total];
        List<Integer> table = new ArrayList<>();
        CodeBuilder.Handler open = null;
        int openStart = 0;
        int pc = 0;
        for (int i = 0; i < real.size(); i++) {
            Instr in = real.get(i);
            int arg = argOf(in, labelPc);
            if (in.handler != open) {
                if (open != null) {
                    addEntry(table, openStart, pc, open, labelPc);
                }
                open = in.handler;
                openStart = pc;
            }
            for (int e = extended[i]; e > 0; e--) {
                setPosition(in, pc, lines, endLines, cols, endCols);
                code[pc++] = EXTENDED_ARG | (((arg >>> (24 * e)) & 0xFFFFFF) << 8);
            }
            setPosition(in, pc, lines, endLines, cols, endCols);
            code[pc++] = in.op | ((arg & 0xFFFFFF) << 8);
        }
        if (open != null) {
            addEntry(table, openStart, pc, open, labelPc);
        }
        int[] entries = new int[table.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = table.get(i);
        }
        return new Result(code, maxStack, new LineTable(lines, endLines, cols, endCols),
                entries.length == 0 ? ExceptionTable.EMPTY : new ExceptionTable(entries));
    }

    private static int argOf(Instr in, Map<Label, Integer> labelPc) {
        return in.target != null ? labelPc.get(in.target) : in.arg;
    }

    private static void setPosition(Instr in, int pc, int[] lines, int[] endLines, int[] cols, int[] endCols) {
        lines[pc] = in.loc.line();
        endLines[pc] = in.loc.endLine();
        cols[pc] = in.loc.line() == 0 ? -1 : in.loc.col();
        endCols[pc] = in.loc.line() == 0 ? -1 : in.loc.endCol();
    }

    private static void addEntry(List<Integer> table, int start, int end, CodeBuilder.Handler h,
                                 Map<Label, Integer> labelPc) {
        if (start == end) {
            return;
        }
        if (h.depth < 0) {
            // The region's SETUP was unreachable, so the region is too: nothing can raise there.
            return;
        }
        table.add(start);
        table.add(end);
        table.add(labelPc.get(h.target));
        table.add(h.depth);
        table.add(h.pushLasti ? 1 : 0);
    }
}

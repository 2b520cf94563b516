package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.JUMP_BACKWARD;
import static dev.krait.bytecode.Opcodes.JUMP_FORWARD;

import dev.krait.compiler.CodeBuilder.Instr;
import dev.krait.compiler.CodeBuilder.Label;

import java.util.List;
import java.util.Map;

/**
 * Instruction-level clean-up after code generation: jump threading (a jump to an unconditional jump goes straight
 * to its target), removal of code that can never run, and removal of jumps to the very next instruction.
 * Constant folding happens earlier, on the AST ({@link ConstantFolder}).
 */
final class Peephole {
    private Peephole() {}

    static void optimize(List<Instr> instrs) {
        threadJumps(instrs);
        removeDeadCode(instrs);
        removeJumpsToNext(instrs);
    }

    private static boolean isUnconditional(int op) {
        return op == JUMP_FORWARD || op == JUMP_BACKWARD;
    }

    private static void threadJumps(List<Instr> instrs) {
        Map<Label, Integer> where = Assembler.labelPositions(instrs);
        for (Instr in : instrs) {
            if (in.target == null) {
                continue;
            }
            for (int hops = 0; hops < 8; hops++) {
                Instr next = firstRealAfter(instrs, where.get(in.target));
                if (next == null || !isUnconditional(next.op) || next.target == in.target
                        || next.handler != in.handler) {
                    break;
                }
                in.target = next.target;
            }
        }
    }

    private static Instr firstRealAfter(List<Instr> instrs, int labelIndex) {
        for (int i = labelIndex; i < instrs.size(); i++) {
            int op = instrs.get(i).op;
            if (op == CodeBuilder.SETUP) {
                return null;
            }
            if (op != CodeBuilder.LABEL) {
                return instrs.get(i);
            }
        }
        return null;
    }

    /** Drops instructions after a return, raise or unconditional jump until the next label something jumps to. */
    private static void removeDeadCode(List<Instr> instrs) {
        boolean dead = false;
        for (int i = 0; i < instrs.size(); ) {
            Instr in = instrs.get(i);
            if (in.op == CodeBuilder.LABEL && in.label.used) {
                dead = false;
            }
            if (dead) {
                instrs.remove(i);
                continue;
            }
            if (in.op >= 0 && Assembler.isTerminal(in.op)) {
                dead = true;
            }
            i++;
        }
    }

    private static void removeJumpsToNext(List<Instr> instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            if (in.op != JUMP_FORWARD) {
                continue;
            }
            boolean toNext = false;
            for (int j = i + 1; j < instrs.size() && instrs.get(j).op == CodeBuilder.LABEL; j++) {
                if (instrs.get(j).label == in.target) {
                    toNext = true;
                    break;
                }
            }
            if (toNext) {
                instrs.remove(i);
                i--;
            }
        }
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;
import static dev.krait.vm.Instruction.next;

import dev.krait.runtime.PyCell;
import dev.krait.runtime.ThreadState;

/** Handlers of the frequent instructions on cells and the stack that the loop does not run inline. */
final class LocalInstructions {
    private LocalInstructions() {}

    static void register(Instruction[] table) {
        table[COPY] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                s[sp] = s[sp - arg];
                return next(pc, sp + 1);
            }
        };
        table[SWAP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object top = s[sp - 1];
                s[sp - 1] = s[sp - arg];
                s[sp - arg] = top;
                return next(pc, sp);
            }
        };
        table[STORE_DEREF] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                ((PyCell) s[f.code.nlocals() + arg]).value = s[sp - 1];
                s[sp - 1] = null;
                return next(pc, sp - 1);
            }
        };
    }
}

package dev.krait.vm;

import dev.krait.bytecode.Opcodes;
import dev.krait.runtime.ThreadState;

/**
 * The code of one opcode, run by {@link Interpreter}'s loop through {@link InstructionTable} for every instruction
 * the loop does not execute inline. Each opcode's handler is a class of its own, called through a virtual call
 * that HotSpot never inlines, so it is compiled (and recompiled, when its profile changes) on its own: the loop
 * stays small enough to compile in milliseconds, and a handler meeting a new type costs the recompilation of that
 * handler alone instead of throwing away the whole compiled loop with every Python frame running in it.
 */
abstract class Instruction {
    /**
     * Executes the instruction just fetched from {@code pc - 1} (its argument {@code arg}) with stack pointer
     * {@code sp} in frame {@code f}; returns {@link #next} of the pc to continue at and the new stack pointer. (Five
     * arguments and the receiver: all of them travel in registers.)
     */
    abstract long execute(ThreadState ts, Frame f, int pc, int sp, int arg);

    /** Packs the pc and stack pointer an instruction leaves for the loop. */
    static long next(int pc, int sp) {
        return ((long) pc << 32) | sp;
    }

    /**
     * Ends an instruction that pushes {@code value}; when the next instruction (at {@code pc}) is a plain STORE_FAST,
     * does its work too and skips it, saving a dispatch (a jump to the STORE_FAST still runs it alone).
     */
    static long push(Frame f, int pc, int sp, Object value) {
        int following = f.code.instructions[pc];
        if ((following & 0xFF) == Opcodes.STORE_FAST) {
            f.slots[following >>> 8] = value;
            return next(pc + 1, sp);
        }
        f.slots[sp] = value;
        return next(pc, sp + 1);
    }
}

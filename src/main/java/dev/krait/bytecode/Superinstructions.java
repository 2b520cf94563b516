package dev.krait.bytecode;

import static dev.krait.bytecode.Opcodes.*;

/**
 * Fuses frequent pairs of adjacent instructions (found with {@code --profile-opcodes}, which lists consecutive
 * pairs) into superinstructions, saving a dispatch each. Only the first instruction of a pair is rewritten: the
 * fused instruction reads its second operand from the unchanged instruction after it and skips it, so a jump to
 * the second instruction still runs it alone, and pairs may overlap.
 */
final class Superinstructions {
    private Superinstructions() {}

    /** The instructions as executed: a copy of {@code original} with the first of each fusable pair rewritten. */
    static int[] fuse(int[] original) {
        int[] ins = original.clone();
        for (int i = 0; i + 1 < ins.length; i++) {
            int fused = fused(ins[i] & 0xFF, original[i + 1] & 0xFF);
            if (fused >= 0) {
                ins[i] = fused | (ins[i] & ~0xFF);
            }
        }
        return ins;
    }

    private static int fused(int first, int second) {
        if (first == LOAD_FAST) {
            return second == LOAD_FAST ? LOAD_FAST__LOAD_FAST : second == LOAD_CONST ? LOAD_FAST__LOAD_CONST : -1;
        }
        if (first == STORE_FAST && second == LOAD_FAST) {
            return STORE_FAST__LOAD_FAST;
        }
        if (first == LOAD_CONST && second == LOAD_FAST) {
            return LOAD_CONST__LOAD_FAST;
        }
        return -1;
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTypes;

/**
 * Quickening: rewrites a base instruction, in place, into the specialised member of its family that suits the
 * operands it just saw (see the family field of {@link dev.krait.bytecode.Op}). Each specialised instruction
 * checks its guard and, on a miss, rewrites itself back to the base ({@link #deoptimize}). Writes are single
 * {@code int} stores of complete instructions, and every specialised instruction verifies its own assumptions, so
 * threads sharing a code object may race here harmlessly.
 */
final class Specializer {
    private Specializer() {}

    /** Base instruction of each specialised opcode (identity for base opcodes). */
    private static final int[] BASE = new int[256];

    static {
        for (int op = 0; op < BASE.length; op++) {
            BASE[op] = dev.krait.bytecode.OpcodeTable.get(op) == null ? op : dev.krait.bytecode.OpcodeTable.base(op);
        }
    }

    /**
     * A guard failed at {@code pc}: restore the base instruction there and return where to resume so that it runs
     * again (before any EXTENDED_ARG prefixes it has).
     */
    static int deoptimize(int[] ins, int pc) {
        ins[pc] = BASE[ins[pc] & 0xFF] | (ins[pc] & ~0xFF);
        while (pc > 0 && (ins[pc - 1] & 0xFF) == EXTENDED_ARG) {
            pc--;
        }
        return pc;
    }

    private static void rewrite(int[] ins, int pc, int opcode) {
        ins[pc] = opcode | (ins[pc] & ~0xFF);
    }

    static void binaryOp(int[] ins, int pc, int arg, Object a, Object b) {
        int op = arg & (BinaryOp.INPLACE_FLAG - 1);
        int special = -1;
        if (a instanceof Long && b instanceof Long) {
            special = op == BinaryOp.ADD.ordinal() ? BINARY_OP_ADD_INT
                    : op == BinaryOp.SUB.ordinal() ? BINARY_OP_SUB_INT
                    : op == BinaryOp.MUL.ordinal() ? BINARY_OP_MUL_INT
                    : op == BinaryOp.MOD.ordinal() ? BINARY_OP_MOD_INT
                    : op == BinaryOp.FLOORDIV.ordinal() ? BINARY_OP_FLOORDIV_INT : -1;
        } else if (a instanceof Double && b instanceof Double) {
            special = op == BinaryOp.ADD.ordinal() ? BINARY_OP_ADD_FLOAT
                    : op == BinaryOp.SUB.ordinal() ? BINARY_OP_SUB_FLOAT
                    : op == BinaryOp.MUL.ordinal() ? BINARY_OP_MUL_FLOAT
                    : op == BinaryOp.TRUEDIV.ordinal() ? BINARY_OP_TRUEDIV_FLOAT : -1;
        } else if (a instanceof String && b instanceof String && op == BinaryOp.ADD.ordinal()) {
            special = BINARY_OP_ADD_STR;
        }
        if (special >= 0) {
            rewrite(ins, pc, special);
        }
    }

    static void compareOp(int[] ins, int pc, Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            rewrite(ins, pc, COMPARE_OP_INT);
        } else if (a instanceof Double && b instanceof Double) {
            rewrite(ins, pc, COMPARE_OP_FLOAT);
        } else if (a instanceof String && b instanceof String) {
            rewrite(ins, pc, COMPARE_OP_STR);
        }
    }

    static void forIter(int[] ins, int pc, Object iterator) {
        if (iterator instanceof PyRange.Iterator) {
            rewrite(ins, pc, FOR_ITER_RANGE);
        } else if (iterator instanceof Iteration.ListIterator) {
            rewrite(ins, pc, FOR_ITER_LIST);
        }
    }

    static void binarySubscr(int[] ins, int pc, Object container, Object key) {
        if (container instanceof PyList && key instanceof Long) {
            rewrite(ins, pc, BINARY_SUBSCR_LIST_INT);
        } else if (container instanceof PyDict d && d.type() == PyTypes.DICT) {
            rewrite(ins, pc, BINARY_SUBSCR_DICT);
        }
    }

    static void storeSubscr(int[] ins, int pc, Object container, Object key) {
        if (container instanceof PyList && key instanceof Long) {
            rewrite(ins, pc, STORE_SUBSCR_LIST_INT);
        } else if (container instanceof PyDict d && d.type() == PyTypes.DICT) {
            rewrite(ins, pc, STORE_SUBSCR_DICT);
        }
    }

    /** After a generic global lookup: cache where the name was found and switch to LOAD_GLOBAL_CACHED. */
    static void loadGlobal(Code code, int pc, Frame f, String name) {
        GlobalCache c = GlobalCache.create(f.globals, f.builtins, name);
        if (c != null) {
            code.caches[pc] = c;
            rewrite(code.instructions, pc, LOAD_GLOBAL_CACHED);
        }
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.InstanceLayout;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PySet;
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
    static int deoptimize(Code code, int pc) {
        int[] ins = code.instructions;
        ins[pc] = BASE[ins[pc] & 0xFF] | (ins[pc] & ~0xFF);
        if (code.misses[pc] < MISS_LIMIT) {
            code.misses[pc]++;
        }
        while (pc > 0 && (ins[pc - 1] & 0xFF) == EXTENDED_ARG) {
            pc--;
        }
        return pc;
    }

    /** After this many failed guards an instruction is taken to see varied operands and stays generic. */
    private static final int MISS_LIMIT = 16;

    private static void rewrite(Code code, int pc, int opcode) {
        if (code.misses[pc] < MISS_LIMIT) {
            code.instructions[pc] = opcode | (code.instructions[pc] & ~0xFF);
        }
    }

    /** Whether specialising at {@code pc} is still worth trying. */
    private static boolean hopeful(Code code, int pc) {
        return code.misses[pc] < MISS_LIMIT;
    }

    static void binaryOp(Code code, int pc, int arg, Object a, Object b) {
        int op = arg & (BinaryOp.INPLACE_FLAG - 1);
        int special = -1;
        if (a instanceof Long && b instanceof Long) {
            special = op == BinaryOp.ADD.ordinal() ? BINARY_OP_ADD_INT
                    : op == BinaryOp.SUB.ordinal() ? BINARY_OP_SUB_INT
                    : op == BinaryOp.MUL.ordinal() ? BINARY_OP_MUL_INT
                    : op == BinaryOp.MOD.ordinal() ? BINARY_OP_MOD_INT
                    : op == BinaryOp.FLOORDIV.ordinal() ? BINARY_OP_FLOORDIV_INT
                    : BinaryOps.isBitwise(op) ? BINARY_OP_BITWISE_INT : -1;
        } else if ((a instanceof Double || b instanceof Double) && (a instanceof Double || a instanceof Long)
                && (b instanceof Double || b instanceof Long)) {
            special = op == BinaryOp.ADD.ordinal() ? BINARY_OP_ADD_FLOAT
                    : op == BinaryOp.SUB.ordinal() ? BINARY_OP_SUB_FLOAT
                    : op == BinaryOp.MUL.ordinal() ? BINARY_OP_MUL_FLOAT
                    : op == BinaryOp.TRUEDIV.ordinal() ? BINARY_OP_TRUEDIV_FLOAT : -1;
        } else if (a instanceof Long && b instanceof Long && op == BinaryOp.TRUEDIV.ordinal()) {
            special = BINARY_OP_TRUEDIV_FLOAT;
        } else if ((a instanceof String || a instanceof StrAccumulator) && b instanceof String
                && arg == (BinaryOp.ADD.ordinal() | BinaryOp.INPLACE_FLAG) && storesFast(code, pc + 1)) {
            special = BINARY_OP_APPEND_STR;
        } else if (a instanceof String && b instanceof String && op == BinaryOp.ADD.ordinal()) {
            special = BINARY_OP_ADD_STR;
        }
        if (special < 0 && hopeful(code, pc)) {
            PyMethodOperator c = PyMethodOperator.forBinary(arg, a, b);
            if (c != null) {
                code.caches[pc] = c;
                special = BINARY_OP_PY_METHOD;
            }
        }
        if (special >= 0) {
            rewrite(code, pc, special);
        }
    }

    /** Whether the instruction at {@code pc} stores into a fast local (as the end of {@code x += ...} does). */
    private static boolean storesFast(Code code, int pc) {
        int op = pc < code.instructions.length ? code.instructions[pc] & 0xFF : -1;
        return op == STORE_FAST || op == STORE_FAST__LOAD_FAST;
    }

    static void compareOp(Code code, int pc, int arg, Object a, Object b) {
        if (a instanceof PyInstance && hopeful(code, pc)) {
            PyMethodOperator c = PyMethodOperator.of(CompareOp.of(arg).method, a, b);
            if (c != null) {
                code.caches[pc] = c;
                rewrite(code, pc, COMPARE_OP_PY_METHOD);
            }
        } else if (a instanceof Long && b instanceof Long) {
            rewrite(code, pc, COMPARE_OP_INT);
        } else if ((a instanceof Double || b instanceof Double) && (a instanceof Double || a instanceof Long)
                && (b instanceof Double || b instanceof Long)) {
            rewrite(code, pc, COMPARE_OP_FLOAT);
        } else if (a instanceof String && b instanceof String) {
            rewrite(code, pc, COMPARE_OP_STR);
        }
    }

    static void containsOp(Code code, int pc, Object container) {
        if (container instanceof PySet || container instanceof PyDict) {
            rewrite(code, pc, CONTAINS_OP_HASHED);
        }
    }

    static void forIter(Code code, int pc, Object iterator) {
        if (iterator instanceof PyRange.Iterator) {
            rewrite(code, pc, FOR_ITER_RANGE);
        } else if (iterator instanceof Iteration.ListIterator) {
            rewrite(code, pc, FOR_ITER_LIST);
        }
    }

    static void binarySubscr(Code code, int pc, Object container, Object key) {
        if (container instanceof PyList && key instanceof Long) {
            rewrite(code, pc, BINARY_SUBSCR_LIST_INT);
        } else if (container instanceof PyDict d && d.type() == PyTypes.DICT) {
            rewrite(code, pc, BINARY_SUBSCR_DICT);
        }
    }

    static void storeSubscr(Code code, int pc, Object container, Object key) {
        if (container instanceof PyList && key instanceof Long) {
            rewrite(code, pc, STORE_SUBSCR_LIST_INT);
        } else if (container instanceof PyDict d && d.type() == PyTypes.DICT) {
            rewrite(code, pc, STORE_SUBSCR_DICT);
        }
    }

    /** After a generic load of {@code owner.name}, which read {@code value}. */
    static void loadAttr(Code code, int pc, Object owner, String name, Object value) {
        if (!hopeful(code, pc)) {
            return;
        }
        Object c = AttributeCaches.InstanceEntry.forLoad(owner, name, code.caches[pc]);
        int op = LOAD_ATTR_INSTANCE;
        if (c == null) {
            c = AttributeCaches.SlotEntry.of(owner, name, code.caches[pc]);
            op = LOAD_ATTR_SLOT;
        }
        if (c == null) {
            c = AttributeCaches.ModuleEntry.of(owner, name);
            op = LOAD_ATTR_MODULE;
        }
        if (c == null) {
            c = AttributeCaches.ClassEntry.of(owner, name, value);
            op = LOAD_ATTR_CLASS;
        }
        if (c != null) {
            code.caches[pc] = c;
            rewrite(code, pc, op);
        }
    }

    /**
     * After a store to an instance whose attribute layout was {@code before}: if the attribute now sits in its
     * values, later stores to instances of that layout can write (or add) it directly.
     */
    static void storeAttr(Code code, int pc, Object owner, InstanceLayout before, String name) {
        if (!hopeful(code, pc)) {
            return;
        }
        Object c = AttributeCaches.InstanceEntry.forStore(owner, before, name, code.caches[pc]);
        int op = STORE_ATTR_INSTANCE;
        if (c == null) {
            c = AttributeCaches.SlotEntry.of(owner, name, code.caches[pc]);
            op = STORE_ATTR_SLOT;
        }
        if (c != null) {
            code.caches[pc] = c;
            rewrite(code, pc, op);
        }
    }

    /** After a generic LOAD_METHOD of {@code owner.name}; {@code value} is what a class owner's attribute read. */
    static void loadMethod(Code code, int pc, Object owner, String name, Object value) {
        if (!hopeful(code, pc)) {
            return;
        }
        AttributeCaches.ClassEntry entry = AttributeCaches.ClassEntry.of(owner, name, value);
        if (entry != null) {
            code.caches[pc] = entry;
            rewrite(code, pc, LOAD_METHOD_CLASS);
            return;
        }
        AttributeCaches.Method c = AttributeCaches.Method.of(owner, name, code.caches[pc]);
        if (c != null) {
            code.caches[pc] = c;
            rewrite(code, pc, LOAD_METHOD_CACHED);
        }
    }

    /** After a generic global lookup: cache where the name was found and switch to LOAD_GLOBAL_CACHED. */
    static void loadGlobal(Code code, int pc, Frame f, String name) {
        if (!hopeful(code, pc)) {
            return;
        }
        GlobalCache c = GlobalCache.create(f.globals, f.builtins, name);
        if (c != null) {
            code.caches[pc] = c;
            rewrite(code, pc, LOAD_GLOBAL_CACHED);
        }
    }
}

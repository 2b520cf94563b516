package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;
import static dev.krait.vm.Instruction.next;

import dev.krait.runtime.Items;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.Arrays;

/**
 * Handlers of the frequent container instructions: subscripts (generic and specialised for list[int] and exact
 * dicts), building tuples, lists, slices and f-strings, appending in comprehensions, unpacking and GET_ITER.
 */
final class ContainerInstructions {
    private ContainerInstructions() {}

    /** A failed guard: back to the generic instruction, which runs next. */
    private static long deoptimize(Frame f, int pc, int sp) {
        return next(Specializer.deoptimize(f.code, pc - 1), sp);
    }

    /** The index of list item {@code key} (negative counts from the end), or -1 when out of range. */
    private static int listIndex(PyList l, long key) {
        long k = key < 0 ? key + l.size() : key;
        return k >= 0 && k < l.size() ? (int) k : -1;
    }

    /** {@code container[key]} when the container is a list and the key an int in range, else null. */
    private static Object listItem(Object container, Object key) {
        if (container instanceof PyList l && key instanceof Long i) {
            int k = listIndex(l, i);
            if (k >= 0) {
                return l.get(k);
            }
        }
        return null;
    }

    /** {@code container[key]} when the container is an exact dict holding the key, else null. */
    private static Object dictItem(Object container, Object key) {
        return container instanceof PyDict d && d.type() == PyTypes.DICT ? d.get(key) : null;
    }

    /** Stores {@code container[key] = value} if the container is a list and the key an int in range. */
    private static boolean setListItem(Object container, Object key, Object value) {
        if (container instanceof PyList l && key instanceof Long i) {
            int k = listIndex(l, i);
            if (k >= 0) {
                l.set(k, value);
                return true;
            }
        }
        return false;
    }

    /** Stores {@code container[key] = value} if the container is an exact dict. */
    private static boolean setDictItem(Object container, Object key, Object value) {
        if (container instanceof PyDict d && d.type() == PyTypes.DICT) {
            d.put(key, value);
            return true;
        }
        return false;
    }

    static void register(Instruction[] table) {
        table[BINARY_SUBSCR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Specializer.binarySubscr(f.code, pc - 1, s[sp - 2], s[sp - 1]);
                s[sp - 2] = Items.getItem(s[sp - 2], s[sp - 1]);
                s[sp - 1] = null;
                return next(pc, sp - 1);
            }
        };
        table[BINARY_SUBSCR_LIST_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object v = listItem(s[sp - 2], s[sp - 1]);
                if (v != null) {
                    s[sp - 2] = v;
                    return next(pc, sp - 1);
                }
                return deoptimize(f, pc, sp);
            }
        };
        table[BINARY_SUBSCR_DICT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object v = dictItem(s[sp - 2], s[sp - 1]);
                if (v != null) {
                    s[sp - 2] = v;
                    return next(pc, sp - 1);
                }
                return deoptimize(f, pc, sp);
            }
        };
        table[STORE_SUBSCR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Specializer.storeSubscr(f.code, pc - 1, s[sp - 2], s[sp - 1]);
                Items.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                return next(pc, sp - 3);
            }
        };
        table[STORE_SUBSCR_LIST_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return setListItem(s[sp - 2], s[sp - 1], s[sp - 3]) ? next(pc, sp - 3) : deoptimize(f, pc, sp);
            }
        };
        table[STORE_SUBSCR_DICT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return setDictItem(s[sp - 2], s[sp - 1], s[sp - 3]) ? next(pc, sp - 3) : deoptimize(f, pc, sp);
            }
        };
        // An augmented assignment to an item (a[i] += x) reads and writes through the same fast paths without
        // quickening: it is one instruction each way instead of a read and a write shuffled by COPY and SWAP.
        table[LOAD_SUBSCR_KEEP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object v = listItem(s[sp - 2], s[sp - 1]);
                s[sp] = v != null ? v : Items.getItem(s[sp - 2], s[sp - 1]);
                return next(pc, sp + 1);
            }
        };
        table[STORE_SUBSCR_UPDATE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                if (!setListItem(s[sp - 3], s[sp - 2], s[sp - 1])) {
                    Items.setItem(s[sp - 3], s[sp - 2], s[sp - 1]);
                }
                s[sp - 3] = s[sp - 2] = s[sp - 1] = null;
                return next(pc, sp - 3);
            }
        };
        table[BUILD_TUPLE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                int base = sp - arg;
                s[base] = PyTuple.of(Arrays.copyOfRange(s, base, sp));
                return next(pc, base + 1);
            }
        };
        table[BUILD_LIST] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                int base = sp - arg;
                s[base] = new PyList(Arrays.copyOfRange(s, base, sp), arg);
                return next(pc, base + 1);
            }
        };
        table[BUILD_STRING] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                int base = sp - arg;
                s[base] = Building.string(s, base, arg);
                return next(pc, base + 1);
            }
        };
        table[BUILD_SLICE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                int base = sp - arg;
                s[base] = Building.slice(s, base, arg);
                return next(pc, base + 1);
            }
        };
        table[FORMAT_SIMPLE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                s[sp - 1] = Building.formatSimple(s[sp - 1]);
                return next(pc, sp);
            }
        };
        table[LIST_APPEND] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                ((PyList) s[sp - 1 - arg]).append(s[sp - 1]);
                s[sp - 1] = null;
                return next(pc, sp - 1);
            }
        };
        table[UNPACK_SEQUENCE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Unpacking.exactly(s, sp - 1, arg);
                return next(pc, sp + arg - 1);
            }
        };
        table[GET_ITER] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                s[sp - 1] = Iteration.iter(s[sp - 1]);
                if (arg == 1) {
                    PyGenerator.claimForLoop(s[sp - 1]);
                }
                return next(pc, sp);
            }
        };
    }
}

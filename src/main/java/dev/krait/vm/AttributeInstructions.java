package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;
import static dev.krait.vm.Instruction.next;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.InstanceLayout;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.ThreadState;

/**
 * Handlers of global loads and of attribute loads, stores and method loads: each generic instruction, which also
 * specialises itself (see {@link Specializer}), and its specialised forms, which read their inline cache and
 * rewrite themselves back to the generic instruction when its guard fails.
 */
final class AttributeInstructions {
    private AttributeInstructions() {}

    /** A failed guard: back to the generic instruction, which runs next. */
    private static long deoptimize(Frame f, int pc, int sp) {
        return next(Specializer.deoptimize(f.code, pc - 1), sp);
    }

    /** Ends a cached attribute load: {@code value} replaces the owner; null (a missed guard) deoptimizes. */
    private static long loaded(Frame f, int pc, int sp, Object value) {
        if (value == null) {
            return deoptimize(f, pc, sp);
        }
        f.slots[sp - 1] = value;
        return next(pc, sp);
    }

    static void register(Instruction[] table) {
        table[LOAD_GLOBAL] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                String name = f.code.names[arg];
                s[sp] = Names.loadGlobal(f, name);
                Specializer.loadGlobal(f.code, pc - 1, f, name);
                return next(pc, sp + 1);
            }
        };
        table[LOAD_GLOBAL_CACHED] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object v = f.code.caches[pc - 1] instanceof GlobalCache c ? c.lookup(f.globals, f.builtins) : null;
                if (v == null) {
                    return deoptimize(f, pc, sp);
                }
                s[sp] = v;
                if ((f.code.instructions[pc] & 0xFF) == PUSH_NULL) {
                    // Calling a global function: its PUSH_NULL, done here to save a dispatch.
                    s[sp + 1] = null;
                    return next(pc + 1, sp + 2);
                }
                return next(pc, sp + 1);
            }
        };
        table[LOAD_ATTR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object owner = s[sp - 1];
                String name = f.code.names[arg];
                f.pc = pc; // a frame's f_lineno read here (the running frame's own) is this line
                Object value = Attributes.get(owner, name);
                s[sp - 1] = value;
                Specializer.loadAttr(f.code, pc - 1, owner, name, value);
                return next(pc, sp);
            }
        };
        table[LOAD_ATTR_INSTANCE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object owner = f.slots[sp - 1];
                Object cache = f.code.caches[pc - 1];
                return loaded(f, pc, sp, cache instanceof AttributeCaches.InstanceEntry c ? c.get(owner) : null);
            }
        };
        table[LOAD_ATTR_SLOT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object owner = f.slots[sp - 1];
                Object cache = f.code.caches[pc - 1];
                return loaded(f, pc, sp, cache instanceof AttributeCaches.SlotEntry c ? c.get(owner) : null);
            }
        };
        table[LOAD_ATTR_MODULE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object owner = f.slots[sp - 1];
                Object cache = f.code.caches[pc - 1];
                return loaded(f, pc, sp, cache instanceof AttributeCaches.ModuleEntry c ? c.get(owner) : null);
            }
        };
        table[LOAD_ATTR_CLASS] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object owner = f.slots[sp - 1];
                Object cache = f.code.caches[pc - 1];
                return loaded(f, pc, sp, cache instanceof AttributeCaches.ClassEntry c ? c.get(owner) : null);
            }
        };
        table[LOAD_METHOD_CLASS] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object owner = f.slots[sp - 1];
                Object v = f.code.caches[pc - 1] instanceof AttributeCaches.ClassEntry c ? c.get(owner) : null;
                if (v == null) {
                    return deoptimize(f, pc, sp);
                }
                f.slots[sp - 1] = v;
                f.slots[sp] = null; // no self: the attribute is called as it is
                return next(pc, sp + 1);
            }
        };
        table[STORE_ATTR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object owner = s[sp - 1];
                String name = f.code.names[arg];
                InstanceLayout before = owner instanceof PyInstance i ? i.layout() : null;
                Attributes.set(owner, name, s[sp - 2]);
                Specializer.storeAttr(f.code, pc - 1, owner, before, name);
                s[sp - 1] = null;
                s[sp - 2] = null;
                return next(pc, sp - 2);
            }
        };
        table[STORE_ATTR_INSTANCE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                if (f.code.caches[pc - 1] instanceof AttributeCaches.InstanceEntry c && c.set(s[sp - 1], s[sp - 2])) {
                    s[sp - 1] = null;
                    s[sp - 2] = null;
                    return next(pc, sp - 2);
                }
                return deoptimize(f, pc, sp);
            }
        };
        table[STORE_ATTR_SLOT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                if (f.code.caches[pc - 1] instanceof AttributeCaches.SlotEntry c && c.set(s[sp - 1], s[sp - 2])) {
                    s[sp - 1] = null;
                    s[sp - 2] = null;
                    return next(pc, sp - 2);
                }
                return deoptimize(f, pc, sp);
            }
        };
        table[LOAD_METHOD] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Code code = f.code;
                Object owner = s[sp - 1];
                Methods.load(s, sp, code.names[arg]);
                Specializer.loadMethod(code, pc - 1, owner, code.names[arg], s[sp] == null ? s[sp - 1] : null);
                return next(pc, sp + 1);
            }
        };
        table[LOAD_METHOD_CACHED] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object fn = f.code.caches[pc - 1] instanceof AttributeCaches.Method c ? c.functionFor(s[sp - 1]) : null;
                if (fn == null) {
                    return deoptimize(f, pc, sp);
                }
                s[sp] = s[sp - 1];
                s[sp - 1] = fn;
                return next(pc, sp + 1);
            }
        };
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;
import static dev.krait.vm.Instruction.next;

import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.ThreadState;

/**
 * Handlers of control flow that needs more than the loop's inline cases: conditional jumps on values other than
 * True and False, {@code for} loops (generic and specialised for ranges and lists), calls, and SEND.
 */
final class FlowInstructions {
    private FlowInstructions() {}

    /** The end of FOR_ITER: push the next value, or pop the exhausted iterator and jump past the loop. */
    private static long iterated(Frame f, int pc, int sp, int exit, Object value) {
        if (value == null) {
            f.slots[sp - 1] = null;
            return next(exit, sp - 1);
        }
        return Instruction.push(f, pc, sp, value);
    }

    static void register(Instruction[] table) {
        table[POP_JUMP_IF_FALSE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // a __bool__ (or NotImplemented's deprecation warning) sees this line
                return next(Ops.isTrue(s[sp - 1]) ? pc : arg, sp - 1);
            }
        };
        table[POP_JUMP_IF_TRUE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // a __bool__ (or NotImplemented's deprecation warning) sees this line
                return next(Ops.isTrue(s[sp - 1]) ? arg : pc, sp - 1);
            }
        };
        table[JUMP_IF_FALSE_OR_POP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // a __bool__ (or NotImplemented's deprecation warning) sees this line
                return Ops.isTrue(s[sp - 1]) ? next(pc, sp - 1) : next(arg, sp);
            }
        };
        table[JUMP_IF_TRUE_OR_POP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // a __bool__ (or NotImplemented's deprecation warning) sees this line
                return Ops.isTrue(s[sp - 1]) ? next(arg, sp) : next(pc, sp - 1);
            }
        };
        table[FOR_ITER] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object it = s[sp - 1];
                Specializer.forIter(f.code, pc - 1, it);
                Object v = it instanceof PyGenerator g ? g.next(ts) : it instanceof PyIterator p ? p.next() : Iteration.next(it);
                return iterated(f, pc, sp, arg, v);
            }
        };
        table[FOR_ITER_RANGE] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                if (s[sp - 1] instanceof PyRange.Iterator r) {
                    return iterated(f, pc, sp, arg, r.next());
                }
                return next(Specializer.deoptimize(f.code, pc - 1), sp);
            }
        };
        table[FOR_ITER_LIST] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                if (s[sp - 1] instanceof Iteration.ListIterator l) {
                    return iterated(f, pc, sp, arg, l.next());
                }
                return next(Specializer.deoptimize(f.code, pc - 1), sp);
            }
        };
        table[CALL] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // the caller's line, for warnings issued by the callee
                Object r = Calls.call(ts, s, sp, arg, null);
                int base = sp - arg - 2;
                s[base] = r;
                return next(pc, base + 1);
            }
        };
        table[CALL_KW] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                // The names are a constant of this instruction: made into an array once, kept in its cache.
                String[] kw;
                if (f.code.caches[pc - 1] instanceof String[] known) {
                    kw = known;
                } else {
                    kw = Building.keywordNames((PyTuple) s[sp - 1]);
                    f.code.caches[pc - 1] = kw;
                }
                f.pc = pc;
                Object r = Calls.call(ts, s, sp - 1, arg, kw);
                int base = sp - 1 - arg - 2;
                s[base] = r;
                return next(pc, base + 1);
            }
        };
        table[SEND] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object r = Generators.send(s[sp - 2], s[sp - 1]);
                if (r instanceof Generators.Returned ret) {
                    s[sp - 2] = ret.value();
                    s[sp - 1] = null;
                    return next(arg, sp - 1);
                }
                s[sp - 1] = r;
                return next(pc, sp);
            }
        };
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;
import static dev.krait.vm.Instruction.next;

import dev.krait.runtime.Arith;
import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.Compare;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PySet;
import dev.krait.runtime.ThreadState;

/**
 * Handlers of the operators: BINARY_OP and COMPARE_OP with their specialised forms, IS_OP, CONTAINS_OP and
 * UNARY_NOT. Each specialised form is a class of its own calling a small method for its one type test and
 * operation, which HotSpot inlines.
 */
final class OperatorInstructions {
    private OperatorInstructions() {}

    /** The end of a specialised BINARY_OP: push the result, or go back to the generic instruction (null). */
    private static long binary(Frame f, int pc, int sp, Object result) {
        if (result == null) {
            return next(Specializer.deoptimize(f.code, pc - 1), sp);
        }
        return Instruction.push(f, pc, sp - 2, result);
    }

    /**
     * The end of a specialised COMPARE_OP or CONTAINS_OP ({@code result} 1 true, 0 false, -1 guard failed). Fused with a
     * following conditional jump, it jumps on the result without making a bool.
     */
    private static long compared(Frame f, Object[] s, int pc, int sp, int result) {
        if (result < 0) {
            return next(Specializer.deoptimize(f.code, pc - 1), sp);
        }
        int following = f.code.instructions[pc];
        int op = following & 0xFF;
        if (op == POP_JUMP_IF_FALSE) {
            return next(result == 0 ? following >>> 8 : pc + 1, sp - 2);
        }
        if (op == POP_JUMP_IF_TRUE) {
            return next(result == 1 ? following >>> 8 : pc + 1, sp - 2);
        }
        s[sp - 2] = result == 1;
        return next(pc, sp - 1);
    }

    static void register(Instruction[] table) {
        table[BINARY_OP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Specializer.binaryOp(f.code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                s[sp - 2] = BinaryOps.apply(arg, StrAccumulator.materialize(s[sp - 2]), s[sp - 1]);
                s[sp - 1] = null;
                return next(pc, sp - 1);
            }
        };
        table[BINARY_OP_ADD_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.addInt(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_SUB_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.subInt(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_MUL_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.mulInt(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_MOD_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.modInt(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_FLOORDIV_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.floorDivInt(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_BITWISE_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.bitwiseInt(arg, s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_APPEND_STR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object left = s[sp - 2];
                boolean fits = s[sp - 1] instanceof String && (left instanceof String || left instanceof StrAccumulator);
                return binary(f, pc, sp, fits ? StrAccumulator.append(left, (String) s[sp - 1]) : null);
            }
        };
        table[BINARY_OP_PY_METHOD] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object a = s[sp - 2];
                Object b = s[sp - 1];
                if (f.code.caches[pc - 1] instanceof PyMethodOperator c && c.holds(a, b)) {
                    Object r = c.call(ts, a, b);
                    if (r == Ops.NOT_IMPLEMENTED) {
                        r = Arith.afterLeftDeclined(BinaryOp.of(arg), a, b, (arg & BinaryOp.INPLACE_FLAG) != 0);
                    }
                    return binary(f, pc, sp, r);
                }
                return binary(f, pc, sp, null);
            }
        };
        table[BINARY_OP_ADD_FLOAT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.addFloat(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_SUB_FLOAT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.subFloat(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_MUL_FLOAT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.mulFloat(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_TRUEDIV_FLOAT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.trueDivFloat(s[sp - 2], s[sp - 1]));
            }
        };
        table[BINARY_OP_ADD_STR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return binary(f, pc, sp, BinaryOps.addStr(s[sp - 2], s[sp - 1]));
            }
        };
        table[COMPARE_OP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Specializer.compareOp(f.code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                s[sp - 2] = Compare.compare(CompareOp.of(arg), s[sp - 2], s[sp - 1]);
                s[sp - 1] = null;
                return next(pc, sp - 1);
            }
        };
        table[COMPARE_OP_INT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return compared(f, s, pc, sp, Comparisons.ints(arg, s[sp - 2], s[sp - 1]));
            }
        };
        table[COMPARE_OP_FLOAT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return compared(f, s, pc, sp, Comparisons.floats(arg, s[sp - 2], s[sp - 1]));
            }
        };
        table[COMPARE_OP_STR] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                return compared(f, s, pc, sp, Comparisons.strs(arg, s[sp - 2], s[sp - 1]));
            }
        };
        table[COMPARE_OP_PY_METHOD] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object a = s[sp - 2];
                Object b = s[sp - 1];
                if (f.code.caches[pc - 1] instanceof PyMethodOperator c && c.holds(a, b)) {
                    Object r;
                    ts.enterRecursiveCall(Compare.IN_COMPARISON);
                    try {
                        r = c.call(ts, a, b);
                    } finally {
                        ts.leaveRecursiveCall();
                    }
                    if (r == Ops.NOT_IMPLEMENTED) {
                        r = Compare.afterLeftDeclined(CompareOp.of(arg), a, b);
                    }
                    s[sp - 2] = r;
                    s[sp - 1] = null;
                    return next(pc, sp - 1);
                }
                return next(Specializer.deoptimize(f.code, pc - 1), sp);
            }
        };
        table[IS_OP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                s[sp - 2] = Ops.identical(s[sp - 2], s[sp - 1]) != (arg == 1);
                return next(pc, sp - 1);
            }
        };
        table[CONTAINS_OP] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Specializer.containsOp(f.code, pc - 1, s[sp - 1]);
                s[sp - 2] = Ops.contains(s[sp - 1], s[sp - 2]) != (arg == 1);
                return next(pc, sp - 1);
            }
        };
        table[CONTAINS_OP_HASHED] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                Object container = s[sp - 1];
                int result = container instanceof PySet set ? (set.contains(s[sp - 2]) != (arg == 1) ? 1 : 0)
                        : container instanceof PyDict dict ? (dict.containsKey(s[sp - 2]) != (arg == 1) ? 1 : 0)
                        : -1;
                return compared(f, s, pc, sp, result);
            }
        };
        table[UNARY_NOT] = new Instruction() {
            long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
                Object[] s = f.slots;
                f.pc = pc; // a __bool__ (or NotImplemented's deprecation warning) sees this line
                s[sp - 1] = !Ops.isTrue(s[sp - 1]);
                return next(pc, sp);
            }
        };
    }
}

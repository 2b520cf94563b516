package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.ExceptionTable;
import dev.krait.runtime.Arith;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.Compare;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Items;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyIterator;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.Arrays;

/**
 * The bytecode interpreter: one loop over a frame's {@code int[]} instructions with a switch on the opcode. Each
 * case decodes its operand and does its work inline when it is a few lines, or calls a static helper, so that the
 * loop method stays well below HotSpot's 8,000-byte limit for JIT compilation. Exceptions unwind through the
 * code object's exception table; the call depth is checked on every call.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs a frame to completion (or, for a generator frame, to its next yield). */
    public static Object execute(ThreadState ts, Frame f) {
        if (++ts.depth > ts.context.recursionLimit) {
            ts.depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Object caller = ts.frame;
        f.back = (Frame) caller;
        ts.frame = f;
        FunctionProfiler profiler = (FunctionProfiler) ts.functionProfiler;
        if (profiler != null) {
            profiler.enter(f.code);
        }
        try {
            return loop(ts, f);
        } finally {
            if (profiler != null) {
                profiler.exit(f.code);
            }
            ts.depth--;
            ts.frame = caller;
        }
    }

    private static Object loop(ThreadState ts, Frame f) {
        final Code code = f.code;
        final int[] ins = code.instructions;
        final Object[] s = f.slots;
        final Object[] consts = code.consts;
        final String[] names = code.names;
        final long[] opcodeCounts = ts.opcodeCounts;
        int pc = f.pc;
        int sp = f.sp;
        boolean reraise = false;
        RuntimeException pending = f.pendingThrow;
        f.pendingThrow = null;
        while (true) {
            try {
                if (pending != null) {
                    RuntimeException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    int w = ins[pc++];
                    int op = w & 0xFF;
                    int arg = w >>> 8;
                    if (op == EXTENDED_ARG) {
                        do {
                            w = ins[pc++];
                            arg = (arg << 24) | (w >>> 8);
                        } while ((w & 0xFF) == EXTENDED_ARG);
                        op = w & 0xFF;
                    }
                    if (opcodeCounts != null) {
                        OpcodeProfile.record(opcodeCounts, op);
                    }
                    switch (op) {
                        case POP_TOP:
                            s[--sp] = null;
                            continue;
                        case PUSH_NULL:
                            s[sp++] = null;
                            continue;
                        case LOAD_CONST:
                            s[sp++] = consts[arg];
                            continue;
                        case LOAD_FAST: {
                            Object v = s[arg];
                            if (v == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_FAST:
                            s[arg] = s[--sp];
                            continue;
                        case LOAD_FAST__LOAD_FAST: {
                            Object v = s[arg];
                            if (v == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            Object next = s[ins[pc++] >>> 8];
                            if (next == null) {
                                throw Names.unboundLocal(code.varnames[ins[pc - 1] >>> 8]);
                            }
                            s[sp++] = v;
                            s[sp++] = next;
                            continue;
                        }
                        case LOAD_FAST__LOAD_CONST: {
                            Object v = s[arg];
                            if (v == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[sp++] = v;
                            s[sp++] = consts[ins[pc++] >>> 8];
                            continue;
                        }
                        case STORE_FAST__LOAD_FAST: {
                            s[arg] = s[--sp];
                            Object next = s[ins[pc++] >>> 8];
                            if (next == null) {
                                throw Names.unboundLocal(code.varnames[ins[pc - 1] >>> 8]);
                            }
                            s[sp++] = next;
                            continue;
                        }
                        case LOAD_CONST__LOAD_FAST: {
                            s[sp++] = consts[arg];
                            Object next = s[ins[pc++] >>> 8];
                            if (next == null) {
                                throw Names.unboundLocal(code.varnames[ins[pc - 1] >>> 8]);
                            }
                            s[sp++] = next;
                            continue;
                        }
                        case LOAD_DEREF:
                            s[sp++] = Names.loadDeref(code, s, arg);
                            continue;
                        case STORE_DEREF:
                            ((PyCell) s[code.nlocals() + arg]).value = s[--sp];
                            continue;
                        case LOAD_GLOBAL_CACHED: {
                            Object v = code.caches[pc - 1] instanceof GlobalCache c ? c.lookup(f.globals, f.builtins)
                                    : null;
                            if (v == null) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case LOAD_ATTR_SLOT: {
                            Object v = code.caches[pc - 1] instanceof AttributeCaches.SlotEntry c ? c.get(s[sp - 1]) : null;
                            if (v == null) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            s[sp - 1] = v;
                            continue;
                        }
                        case LOAD_ATTR_INSTANCE:
                        case LOAD_ATTR_MODULE: {
                            Object v = code.caches[pc - 1] instanceof AttributeCaches.AttributeCache c
                                    ? c.get(s[sp - 1]) : null;
                            if (v == null) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            s[sp - 1] = v;
                            continue;
                        }
                        case STORE_ATTR_INSTANCE:
                            if (code.caches[pc - 1] instanceof AttributeCaches.InstanceEntry c
                                    && c.set(s[sp - 1], s[sp - 2])) {
                                sp -= 2;
                                continue;
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        case STORE_ATTR_SLOT:
                            if (code.caches[pc - 1] instanceof AttributeCaches.SlotEntry c && c.set(s[sp - 1], s[sp - 2])) {
                                sp -= 2;
                                continue;
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        case LOAD_METHOD_CACHED: {
                            Object fn = code.caches[pc - 1] instanceof AttributeCaches.Method c
                                    ? c.functionFor(s[sp - 1]) : null;
                            if (fn == null) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            s[sp] = s[sp - 1];
                            s[sp - 1] = fn;
                            sp++;
                            continue;
                        }
                        case BINARY_SUBSCR_LIST_INT: {
                            if (s[sp - 2] instanceof PyList l && s[sp - 1] instanceof Long i) {
                                long k = i < 0 ? i + l.size() : i;
                                if (k >= 0 && k < l.size()) {
                                    s[sp - 2] = l.get((int) k);
                                    sp--;
                                    continue;
                                }
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        }
                        case BINARY_SUBSCR_DICT: {
                            if (s[sp - 2] instanceof PyDict d && d.type() == PyTypes.DICT) {
                                Object v = d.get(s[sp - 1]);
                                if (v != null) {
                                    s[sp - 2] = v;
                                    sp--;
                                    continue;
                                }
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        }
                        case STORE_SUBSCR_LIST_INT: {
                            if (s[sp - 2] instanceof PyList l && s[sp - 1] instanceof Long i) {
                                long k = i < 0 ? i + l.size() : i;
                                if (k >= 0 && k < l.size()) {
                                    l.set((int) k, s[sp - 3]);
                                    sp -= 3;
                                    continue;
                                }
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        }
                        case STORE_SUBSCR_DICT:
                            if (s[sp - 2] instanceof PyDict d && d.type() == PyTypes.DICT) {
                                d.put(s[sp - 1], s[sp - 3]);
                                sp -= 3;
                                continue;
                            }
                            pc = Specializer.deoptimize(code, pc - 1);
                            continue;
                        case BINARY_OP_ADD_INT:
                        case BINARY_OP_SUB_INT:
                        case BINARY_OP_MUL_INT:
                        case BINARY_OP_MOD_INT:
                        case BINARY_OP_FLOORDIV_INT:
                        case BINARY_OP_ADD_FLOAT:
                        case BINARY_OP_SUB_FLOAT:
                        case BINARY_OP_MUL_FLOAT:
                        case BINARY_OP_TRUEDIV_FLOAT:
                        case BINARY_OP_ADD_STR: {
                            Object r = BinaryOps.specialised(op, s[sp - 2], s[sp - 1]);
                            if (r == null) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            s[sp - 2] = r;
                            sp--;
                            continue;
                        }
                        case UNARY_NOT:
                            s[sp - 1] = !Ops.isTrue(s[sp - 1]);
                            continue;
                        case COMPARE_OP_INT:
                        case COMPARE_OP_FLOAT:
                        case COMPARE_OP_STR: {
                            int r = Comparisons.fast(op, arg, s[sp - 2], s[sp - 1]);
                            if (r < 0) {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            // Fused with a following conditional jump: jump on the result without making a bool.
                            int next = ins[pc];
                            if ((next & 0xFF) == POP_JUMP_IF_FALSE) {
                                sp -= 2;
                                pc = r == 0 ? next >>> 8 : pc + 1;
                            } else if ((next & 0xFF) == POP_JUMP_IF_TRUE) {
                                sp -= 2;
                                pc = r == 1 ? next >>> 8 : pc + 1;
                            } else {
                                s[sp - 2] = r == 1;
                                sp--;
                            }
                            continue;
                        }
                        case IS_OP:
                            s[sp - 2] = (s[sp - 2] == s[sp - 1]) != (arg == 1);
                            sp--;
                            continue;
                        case CONTAINS_OP:
                            s[sp - 2] = Ops.contains(s[sp - 1], s[sp - 2]) != (arg == 1);
                            sp--;
                            continue;
                        case JUMP_FORWARD:
                            pc = arg;
                            continue;
                        case JUMP_BACKWARD:
                            pc = arg;
                            continue;
                        case POP_JUMP_IF_FALSE: {
                            Object v = s[--sp];
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.isTrue(v))) {
                                pc = arg;
                            }
                            continue;
                        }
                        case POP_JUMP_IF_TRUE: {
                            Object v = s[--sp];
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.isTrue(v))) {
                                pc = arg;
                            }
                            continue;
                        }
                        case POP_JUMP_IF_NONE:
                            if (s[--sp] == PyTypes.NONE) {
                                pc = arg;
                            }
                            continue;
                        case POP_JUMP_IF_NOT_NONE:
                            if (s[--sp] != PyTypes.NONE) {
                                pc = arg;
                            }
                            continue;
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Ops.isTrue(s[sp - 1])) {
                                pc = arg;
                            } else {
                                sp--;
                            }
                            continue;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Ops.isTrue(s[sp - 1])) {
                                pc = arg;
                            } else {
                                sp--;
                            }
                            continue;
                        case FOR_ITER: {
                            Object it = s[sp - 1];
                            Specializer.forIter(code, pc - 1, it);
                            Object v = it instanceof PyIterator p ? p.next() : Iteration.next(it);
                            if (v == null) {
                                s[--sp] = null;
                                pc = arg;
                            } else {
                                s[sp++] = v;
                            }
                            continue;
                        }
                        case FOR_ITER_RANGE:
                        case FOR_ITER_LIST: {
                            Object it = s[sp - 1];
                            Object v;
                            if (it instanceof PyRange.Iterator r && op == FOR_ITER_RANGE) {
                                v = r.next();
                            } else if (it instanceof Iteration.ListIterator l && op == FOR_ITER_LIST) {
                                v = l.next();
                            } else {
                                pc = Specializer.deoptimize(code, pc - 1);
                                continue;
                            }
                            if (v == null) {
                                s[--sp] = null;
                                pc = arg;
                            } else {
                                s[sp++] = v;
                            }
                            continue;
                        }
                        case RETURN_VALUE:
                            f.suspended = false;
                            return s[--sp];
                        case LIST_APPEND:
                            ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                            continue;
                        case CALL: {
                            Object r = Calls.call(ts, s, sp, arg, null);
                            sp -= arg + 2;
                            s[sp++] = r;
                            continue;
                        }
                        case RAISE_VARARGS:
                            reraise = arg == 0;
                            throw Raising.raise(ts, arg, s, sp);
                        case RERAISE:
                            reraise = true;
                            throw ((PyBaseException) s[--sp]).asThrowable();
                        case YIELD_VALUE:
                            f.pc = pc;
                            f.sp = sp - 1;
                            f.suspended = true;
                            return s[--sp];
                        case SEND: {
                            Object r = Generators.send(s[sp - 2], s[sp - 1]);
                            if (r instanceof Generators.Returned ret) {
                                s[sp - 2] = ret.value();
                                s[--sp] = null;
                                pc = arg;
                            } else {
                                s[sp - 1] = r;
                            }
                            continue;
                        }
                        case END_ASYNC_FOR:
                            reraise = true;
                            sp = Coroutines.endAsyncFor(s, sp);
                            reraise = false;
                            continue;
                        default:
                            sp = RareInstructions.execute(ts, f, op, arg, pc, sp);
                            continue;
                    }
                }
            } catch (PyException e) {
                int handler = unwind(ts, f, e.value, pc - 1, reraise);
                reraise = false;
                if (handler < 0) {
                    f.pc = pc;
                    f.suspended = false;
                    throw e;
                }
                ExceptionTable table = code.exceptionTable;
                sp = code.frameBase() + table.depth(handler);
                if (table.pushLasti(handler)) {
                    s[sp++] = (long) (pc - 1);
                }
                s[sp++] = e.value;
                pc = table.handler(handler);
            } catch (StackOverflowError | RuntimeException e) {
                pending = InternalErrors.toPython(e);
            }
        }
    }

    /**
     * Records the exception's passage through this frame (traceback entry, implicit chaining) and finds the
     * handler covering instruction {@code at}, or -1.
     */
    private static int unwind(ThreadState ts, Frame f, PyBaseException exc, int at, boolean reraise) {
        if (!reraise) {
            Raising.chainContext(ts, exc);
            Tracebacks.addEntry(exc, f, at);
        }
        return f.code.exceptionTable.find(at);
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.ExceptionTable;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/**
 * The bytecode interpreter: one loop over a frame's {@code int[]} instructions. The loop runs the simplest and most
 * frequent instructions itself (locals, constants, jumps, returns) and hands every other one to its handler in
 * {@link InstructionTable}, a separately compiled method (see {@link Instruction} for why). Exceptions unwind
 * through the code object's exception table; the call depth is checked on every call, and an interrupt request at
 * every call and loop back edge.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs a frame to completion (or, for a generator frame, to its next yield). */
    public static Object execute(ThreadState ts, Frame f) {
        if (++ts.depth > ts.context.recursionLimit || ts.interruptRequested) {
            ts.depth--;
            if (ts.interruptRequested) {
                throw ts.takeInterrupt();
            }
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Object caller = ts.frame;
        f.back = (Frame) caller;
        ts.frame = f;
        FunctionProfiler profiler = (FunctionProfiler) ts.functionProfiler;
        if (profiler != null) {
            profiler.enter(f.code);
        }
        Object result;
        try {
            result = loop(ts, f);
        } finally {
            if (profiler != null) {
                profiler.exit(f.code);
            }
            ts.depth--;
            ts.frame = caller;
        }
        if (ts.watchingDrops && !f.suspended && ts.context.finalizers.anyGuarded()) {
            Finalization.afterReturn(ts, f);
        }
        return result;
    }

    private static Object loop(ThreadState ts, Frame f) {
        final Code code = f.code;
        final int[] ins = code.instructions;
        final Object[] s = f.slots;
        final Object[] consts = code.consts;
        final long[] opcodeCounts = ts.opcodeCounts;
        int pc = f.pc;
        int sp = f.sp;
        boolean reraise = false;
        RuntimeException pending = f.pendingThrow;
        if (pending != null) {
            f.pendingThrow = null;
        }
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
                            if (Finalization.finalizesWhenPopped(s[sp - 1])) {
                                // An object with __del__ or a coroutine dropped at once (`Resource()` as a
                                // statement); tested by a call, so that no local of this method holds it during
                                // the collection.
                                f.pc = pc; // the line a warning about it names
                                Finalization.popped(ts, f, --sp);
                                continue;
                            }
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
                        case LOAD_DEREF:
                            s[sp++] = Names.loadDeref(code, s, arg);
                            continue;
                        case LOAD_FAST_APPENDED: {
                            Object v = s[arg];
                            if (v == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[sp++] = v instanceof StrAccumulator a ? a.value() : v;
                            continue;
                        }
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
                        case JUMP_FORWARD:
                            pc = arg;
                            continue;
                        case JUMP_BACKWARD:
                            if (ts.interruptRequested) {
                                throw ts.takeInterrupt();
                            }
                            pc = arg;
                            continue;
                        case POP_JUMP_IF_FALSE: {
                            // True and False inline; other values are tested by the handler.
                            Object v = s[sp - 1];
                            if (v == Boolean.FALSE) {
                                sp--;
                                pc = arg;
                                continue;
                            } else if (v == Boolean.TRUE) {
                                sp--;
                                continue;
                            }
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            Object v = s[sp - 1];
                            if (v == Boolean.TRUE) {
                                sp--;
                                pc = arg;
                                continue;
                            } else if (v == Boolean.FALSE) {
                                sp--;
                                continue;
                            }
                            break;
                        }
                        case FOR_ITER_RANGE: {
                            // The loop of `for i in range(...)` inline; the value goes straight into a following
                            // STORE_FAST's local. A different iterator falls to the handler, which deoptimises.
                            if (!(s[sp - 1] instanceof PyRange.Iterator r)) {
                                break;
                            }
                            Object v = r.next();
                            if (v == null) {
                                s[--sp] = null;
                                pc = arg;
                                continue;
                            }
                            int following = ins[pc];
                            if ((following & 0xFF) == STORE_FAST) {
                                s[following >>> 8] = v;
                                pc++;
                            } else {
                                s[sp++] = v;
                            }
                            continue;
                        }
                        case COMPARE_OP_INT: {
                            // Fused with a following conditional jump, as the handler (which also makes the bool
                            // otherwise, and deoptimises for other operands) does.
                            int following = ins[pc];
                            int jump = following & 0xFF;
                            if (!(s[sp - 2] instanceof Long a && s[sp - 1] instanceof Long b)
                                    || jump != POP_JUMP_IF_FALSE && jump != POP_JUMP_IF_TRUE) {
                                break;
                            }
                            sp -= 2;
                            pc = Comparisons.test(arg, Long.compare(a, b)) == (jump == POP_JUMP_IF_TRUE)
                                    ? following >>> 8 : pc + 1;
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
                        case RETURN_VALUE:
                            f.suspended = false;
                            return s[--sp];
                        case YIELD_VALUE:
                            f.pc = pc;
                            f.sp = sp - 1;
                            f.suspended = true;
                            return s[--sp];
                        case RAISE_VARARGS:
                            reraise = arg == 0;
                            throw Raising.raise(ts, arg, s, sp);
                        case RERAISE:
                            reraise = true;
                            throw ((PyBaseException) s[--sp]).asThrowable();
                        case END_ASYNC_FOR:
                            reraise = true;
                            sp = Coroutines.endAsyncFor(s, sp);
                            reraise = false;
                            continue;
                        default:
                            break;
                    }
                    long next = InstructionTable.HANDLERS[op].execute(ts, f, pc, sp, arg);
                    pc = (int) (next >>> 32);
                    sp = (int) next;
                }
            } catch (PyException e) {
                int handler = unwind(ts, f, e.value, pc - 1, reraise);
                reraise = false;
                ExceptionTable table = code.exceptionTable;
                int depth = code.frameBase() + (handler < 0 ? 0 : table.depth(handler));
                if (code.ownsLoopIterators) {
                    PyGenerator.closeDropped(ts, f, s, depth, sp, pc - 1);
                }
                if (handler < 0) {
                    f.pc = pc;
                    f.suspended = false;
                    throw e;
                }
                sp = depth;
                if (table.pushLasti(handler)) {
                    s[sp++] = (long) (pc - 1);
                }
                s[sp++] = e.value;
                pc = table.handler(handler);
            } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
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

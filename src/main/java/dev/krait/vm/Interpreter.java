package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.bytecode.ExceptionTable;
import dev.krait.runtime.Arith;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.Builtins;
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
                        case NOP:
                            continue;
                        case POP_TOP:
                            s[--sp] = null;
                            continue;
                        case PUSH_NULL:
                            s[sp++] = null;
                            continue;
                        case COPY:
                            s[sp] = s[sp - arg];
                            sp++;
                            continue;
                        case SWAP: {
                            Object top = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = top;
                            continue;
                        }
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
                        case DELETE_FAST:
                            if (s[arg] == null) {
                                throw Names.unboundLocal(code.varnames[arg]);
                            }
                            s[arg] = null;
                            continue;
                        case LOAD_DEREF:
                            s[sp++] = Names.loadDeref(code, s, arg);
                            continue;
                        case STORE_DEREF:
                            ((PyCell) s[code.nlocals() + arg]).value = s[--sp];
                            continue;
                        case DELETE_DEREF:
                            Names.deleteDeref(code, s, arg);
                            continue;
                        case LOAD_CLASSDEREF:
                            s[sp++] = Names.loadClassDeref(f, arg);
                            continue;
                        case LOAD_CLOSURE:
                            s[sp++] = s[code.nlocals() + arg];
                            continue;
                        case LOAD_GLOBAL:
                            s[sp++] = Names.loadGlobal(f, names[arg]);
                            Specializer.loadGlobal(code, pc - 1, f, names[arg]);
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
                        case STORE_GLOBAL:
                            f.globals.put(names[arg], s[--sp]);
                            continue;
                        case DELETE_GLOBAL:
                            Names.deleteGlobal(f, names[arg]);
                            continue;
                        case LOAD_NAME:
                            s[sp++] = Names.loadName(f, names[arg]);
                            continue;
                        case STORE_NAME:
                            Names.storeName(f, names[arg], s[--sp]);
                            continue;
                        case DELETE_NAME:
                            Names.deleteName(f, names[arg]);
                            continue;
                        case LOAD_ATTR: {
                            Object owner = s[sp - 1];
                            s[sp - 1] = Attributes.get(owner, names[arg]);
                            Specializer.loadAttr(code, pc - 1, owner, names[arg]);
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
                        case STORE_ATTR:
                            Attributes.set(s[sp - 1], names[arg], s[sp - 2]);
                            Specializer.storeAttr(code, pc - 1, s[sp - 1], names[arg]);
                            sp -= 2;
                            continue;
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
                        case DELETE_ATTR:
                            Attributes.set(s[--sp], names[arg], null);
                            continue;
                        case LOAD_METHOD:
                            Specializer.loadMethod(code, pc - 1, s[sp - 1], names[arg]);
                            Methods.load(s, sp, names[arg]);
                            sp++;
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
                        case BINARY_SUBSCR:
                            Specializer.binarySubscr(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[sp - 2] = Items.getItem(s[sp - 2], s[sp - 1]);
                            sp--;
                            continue;
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
                        case STORE_SUBSCR:
                            Specializer.storeSubscr(code, pc - 1, s[sp - 2], s[sp - 1]);
                            Items.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp -= 3;
                            continue;
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
                        case DELETE_SUBSCR:
                            Items.delItem(s[sp - 2], s[sp - 1]);
                            sp -= 2;
                            continue;
                        case BINARY_OP:
                            Specializer.binaryOp(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[sp - 2] = BinaryOps.apply(arg, s[sp - 2], s[sp - 1]);
                            sp--;
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
                        case UNARY_NEGATIVE:
                            s[sp - 1] = Arith.neg(s[sp - 1]);
                            continue;
                        case UNARY_POSITIVE:
                            s[sp - 1] = Arith.pos(s[sp - 1]);
                            continue;
                        case UNARY_INVERT:
                            s[sp - 1] = Arith.invert(s[sp - 1]);
                            continue;
                        case UNARY_NOT:
                            s[sp - 1] = !Ops.isTrue(s[sp - 1]);
                            continue;
                        case COMPARE_OP:
                            Specializer.compareOp(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[sp - 2] = Compare.compare(CompareOp.of(arg), s[sp - 2], s[sp - 1]);
                            sp--;
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
                        case GET_ITER:
                            s[sp - 1] = Iteration.iter(s[sp - 1]);
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
                        case BUILD_TUPLE:
                            sp -= arg;
                            s[sp] = PyTuple.of(Arrays.copyOfRange(s, sp, sp + arg));
                            sp++;
                            continue;
                        case BUILD_LIST:
                            sp -= arg;
                            s[sp] = new PyList(Arrays.copyOfRange(s, sp, sp + arg), arg);
                            sp++;
                            continue;
                        case BUILD_SET:
                            sp -= arg;
                            s[sp] = Building.set(s, sp, arg);
                            sp++;
                            continue;
                        case BUILD_MAP:
                            sp -= 2 * arg;
                            s[sp] = Building.map(s, sp, arg);
                            sp++;
                            continue;
                        case BUILD_STRING:
                            sp -= arg;
                            s[sp] = Building.string(s, sp, arg);
                            sp++;
                            continue;
                        case BUILD_SLICE:
                            sp -= arg;
                            s[sp] = Building.slice(s, sp, arg);
                            sp++;
                            continue;
                        case LIST_APPEND:
                            ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                            continue;
                        case SET_ADD:
                            ((dev.krait.runtime.PySet) s[sp - 1 - arg]).add(s[--sp]);
                            continue;
                        case MAP_ADD:
                            ((PyDict) s[sp - 2 - arg]).put(s[sp - 2], s[sp - 1]);
                            sp -= 2;
                            continue;
                        case LIST_EXTEND:
                            Building.listExtend((PyList) s[sp - 1 - arg], s[--sp]);
                            continue;
                        case SET_UPDATE:
                            ((dev.krait.runtime.PySet) s[sp - 1 - arg]).update(s[--sp]);
                            continue;
                        case DICT_UPDATE:
                            Building.dictUpdate((PyDict) s[sp - 1 - arg], s[--sp]);
                            continue;
                        case DICT_MERGE:
                            Calls.mergeKeywords(s[sp - 4 - arg], (PyDict) s[sp - 1 - arg], s[--sp]);
                            continue;
                        case LIST_TO_TUPLE:
                            s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                            continue;
                        case UNPACK_SEQUENCE:
                            Unpacking.exactly(s, sp - 1, arg);
                            sp += arg - 1;
                            continue;
                        case UNPACK_EX:
                            Unpacking.starred(s, sp - 1, arg & 0xFF, arg >> 8);
                            sp += (arg & 0xFF) + (arg >> 8);
                            continue;
                        case MAKE_FUNCTION:
                            s[sp - 1] = new PyFunction((Code) s[sp - 1], f.globals, f.builtins);
                            continue;
                        case SET_FUNCTION_ATTRIBUTE:
                            Building.functionAttribute((PyFunction) s[sp - 1], arg, s[sp - 2]);
                            s[sp - 2] = s[sp - 1];
                            sp--;
                            continue;
                        case CALL: {
                            f.pc = pc; // the caller's line, for warnings issued by the callee
                            Object r = Calls.call(ts, s, sp, arg, null);
                            sp -= arg + 2;
                            s[sp++] = r;
                            continue;
                        }
                        case CALL_KW: {
                            String[] kw = Building.keywordNames((PyTuple) s[--sp]);
                            f.pc = pc;
                            Object r = Calls.call(ts, s, sp, arg, kw);
                            sp -= arg + 2;
                            s[sp++] = r;
                            continue;
                        }
                        case CALL_FUNCTION_EX: {
                            f.pc = pc;
                            Object r = Calls.callEx(s[sp - 4], s[sp - 2], s[sp - 1]);
                            sp -= 4;
                            s[sp++] = r;
                            continue;
                        }
                        case LOAD_BUILD_CLASS:
                            s[sp++] = Names.loadBuildClass(f);
                            continue;
                        case IMPORT_NAME:
                            s[sp - 2] = Imports.importName(ts, f, names[arg], s[sp - 1], s[sp - 2]);
                            sp--;
                            continue;
                        case IMPORT_FROM:
                            s[sp] = Imports.importFrom(ts, s[sp - 1], names[arg]);
                            sp++;
                            continue;
                        case IMPORT_STAR:
                            Imports.importStar(f, s[--sp]);
                            continue;
                        case RAISE_VARARGS:
                            reraise = arg == 0;
                            throw Raising.raise(ts, arg, s, sp);
                        case RERAISE:
                            reraise = true;
                            throw ((PyBaseException) s[--sp]).asThrowable();
                        case PUSH_EXC_INFO: {
                            Object exc = s[sp - 1];
                            s[sp - 1] = ts.handledException == null ? PyTypes.NONE : ts.handledException;
                            s[sp++] = exc;
                            ts.handledException = (PyBaseException) exc;
                            continue;
                        }
                        case POP_EXCEPT: {
                            Object prev = s[--sp];
                            ts.handledException = prev == PyTypes.NONE ? null : (PyBaseException) prev;
                            continue;
                        }
                        case CHECK_EXC_MATCH:
                            s[sp - 1] = Raising.matches((PyBaseException) s[sp - 2], s[sp - 1]);
                            continue;
                        case CHECK_EG_MATCH: {
                            PyBaseException[] parts = dev.krait.runtime.ExceptionGroups.match(
                                    s[sp - 2] == PyTypes.NONE ? null : (PyBaseException) s[sp - 2], s[sp - 1]);
                            s[sp - 2] = parts[0] == null ? PyTypes.NONE : parts[0];
                            s[sp - 1] = parts[1] == null ? PyTypes.NONE : parts[1];
                            continue;
                        }
                        case PREP_RERAISE_STAR: {
                            PyBaseException r = dev.krait.runtime.ExceptionGroups.prepareReraise(
                                    (PyBaseException) s[sp - 2], (PyList) s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = r == null ? PyTypes.NONE : r;
                            continue;
                        }
                        case LOAD_ASSERTION_ERROR:
                            s[sp++] = ExceptionTypes.ASSERTION_ERROR;
                            continue;
                        case BEFORE_WITH:
                            Raising.beforeWith(s, sp);
                            sp++;
                            continue;
                        case WITH_EXCEPT_START:
                            s[sp] = Raising.withExceptStart(s[sp - 3], (PyBaseException) s[sp - 1]);
                            sp++;
                            continue;
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
                        case GET_AWAITABLE:
                            s[sp - 1] = Coroutines.getAwaitable(s[sp - 1], arg);
                            continue;
                        case GET_AITER:
                            s[sp - 1] = Coroutines.getAiter(s[sp - 1]);
                            continue;
                        case GET_ANEXT:
                            s[sp] = Coroutines.getAnext(s[sp - 1]);
                            sp++;
                            continue;
                        case BEFORE_ASYNC_WITH:
                            Coroutines.beforeAsyncWith(s, sp);
                            sp++;
                            continue;
                        case END_ASYNC_FOR:
                            reraise = true;
                            sp = Coroutines.endAsyncFor(s, sp);
                            reraise = false;
                            continue;
                        case GET_YIELD_FROM_ITER:
                            s[sp - 1] = Generators.yieldFromIter(s[sp - 1]);
                            continue;
                        case CONVERT_VALUE:
                            s[sp - 1] = Building.convert(s[sp - 1], arg);
                            continue;
                        case FORMAT_SIMPLE:
                            s[sp - 1] = Building.formatSimple(s[sp - 1]);
                            continue;
                        case FORMAT_WITH_SPEC:
                            s[sp - 2] = dev.krait.runtime.Formatting.format(s[sp - 2], (String) s[sp - 1]);
                            sp--;
                            continue;
                        case SETUP_ANNOTATIONS:
                            Names.setupAnnotations(f);
                            continue;
                        case GET_LEN:
                            s[sp] = Builtins.len(s[sp - 1]);
                            sp++;
                            continue;
                        case MATCH_MAPPING:
                            s[sp] = Matching.isMapping(s[sp - 1]);
                            sp++;
                            continue;
                        case MATCH_SEQUENCE:
                            s[sp] = Matching.isSequence(s[sp - 1]);
                            sp++;
                            continue;
                        case MATCH_KEYS:
                            s[sp] = Matching.keys(s[sp - 2], (PyTuple) s[sp - 1]);
                            sp++;
                            continue;
                        case MATCH_CLASS:
                            s[sp - 3] = Matching.classPattern(s[sp - 3], s[sp - 2], (PyTuple) s[sp - 1], arg);
                            sp -= 2;
                            continue;
                        case PRINT_EXPR:
                            Building.printExpr(ts, s[--sp]);
                            continue;
                        default:
                            throw Errors.raise(ExceptionTypes.SYSTEM_ERROR, "unknown opcode " + op);
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

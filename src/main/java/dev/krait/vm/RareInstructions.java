package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Arith;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.Builtins;
import dev.krait.runtime.Compare;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionGroups;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Formatting;
import dev.krait.runtime.InstanceLayout;
import dev.krait.runtime.Items;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PySet;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.Arrays;

/**
 * The handler of the instructions that run rarely (module and class bodies, imports, exception handlers, pattern
 * matching, building sets and dicts...): one class for them all, with a switch on the opcode, where the frequent
 * instructions have a handler class each. {@link InstructionTable} gives it every opcode that has no handler of its
 * own. None of these instructions jumps.
 */
final class RareInstructions extends Instruction {
    static final RareInstructions HANDLER = new RareInstructions();

    private RareInstructions() {}

    @Override
    long execute(ThreadState ts, Frame f, int pc, int sp, int arg) {
        return next(pc, run(ts, f, f.slots, f.code.instructions[pc - 1] & 0xFF, pc, sp, arg));
    }

    /** Executes instruction {@code op}, fetched from {@code pc - 1}; returns the new stack pointer. */
    private static int run(ThreadState ts, Frame f, Object[] s, int op, int pc, int sp, int arg) {
        Code code = f.code;
        String[] names = code.names;
        switch (op) {
            case NOP:
                return sp;
            case DELETE_FAST: {
                if (s[arg] == null) {
                    throw Names.unboundLocal(code.varnames[arg]);
                }
                int[] order = Finalization.releaseOrder(s[arg]);
                s[arg] = null;
                Finalization.afterDrop(ts, f, sp, order);
                return sp;
            }
            case POP_ITER:
                PyGenerator.closeDropped(ts, f, s, sp - 1, sp, pc - 1);
                s[--sp] = null;
                return sp;
            case DELETE_DEREF:
                Names.deleteDeref(code, s, arg);
                return sp;
            case LOAD_CLASSDEREF:
                s[sp] = Names.loadClassDeref(f, arg);
                return sp + 1;
            case LOAD_CLOSURE:
                s[sp] = s[code.nlocals() + arg];
                return sp + 1;
            case STORE_GLOBAL: {
                int[] order = Finalization.replace(ts, f.globals, names[arg], s[--sp]);
                if (order != null) {
                    Finalization.afterDrop(ts, f, sp, order);
                }
                return sp;
            }
            case DELETE_GLOBAL:
                Finalization.afterDrop(ts, f, sp, Finalization.releaseOrder(Names.deleteGlobal(f, names[arg])));
                return sp;
            case LOAD_NAME:
                s[sp] = Names.loadName(f, names[arg]);
                return sp + 1;
            case STORE_NAME:
                if (f.locals instanceof PyDict d) {
                    int[] order = Finalization.replace(ts, d, names[arg], s[--sp]);
                    if (order != null) {
                        Finalization.afterDrop(ts, f, sp, order);
                    }
                } else {
                    Names.storeName(f, names[arg], s[--sp]);
                }
                return sp;
            case DELETE_NAME:
                Finalization.afterDrop(ts, f, sp, Finalization.releaseOrder(Names.deleteName(f, names[arg])));
                return sp;
            case DELETE_ATTR:
                Attributes.set(s[--sp], names[arg], null);
                Finalization.afterDrop(ts, f, sp, null);
                return sp;
            case DELETE_SUBSCR:
                Items.delItem(s[sp - 2], s[sp - 1]);
                Finalization.afterDrop(ts, f, sp - 2, null);
                return sp - 2;
            case UNARY_NEGATIVE:
                s[sp - 1] = Arith.neg(s[sp - 1]);
                return sp;
            case UNARY_POSITIVE:
                s[sp - 1] = Arith.pos(s[sp - 1]);
                return sp;
            case UNARY_INVERT:
                s[sp - 1] = Arith.invert(s[sp - 1]);
                return sp;
            case BUILD_SET:
                sp -= arg;
                s[sp] = Building.set(s, sp, arg);
                return sp + 1;
            case BUILD_MAP:
                sp -= 2 * arg;
                s[sp] = Building.map(s, sp, arg);
                return sp + 1;
            case SET_ADD:
                ((PySet) s[sp - 1 - arg]).add(s[--sp]);
                return sp;
            case MAP_ADD:
                ((PyDict) s[sp - 2 - arg]).put(s[sp - 2], s[sp - 1]);
                return sp - 2;
            case LIST_EXTEND:
                Building.listExtend((PyList) s[sp - 1 - arg], s[--sp]);
                return sp;
            case SET_UPDATE:
                ((PySet) s[sp - 1 - arg]).update(s[--sp]);
                return sp;
            case DICT_UPDATE:
                Building.dictUpdate((PyDict) s[sp - 1 - arg], s[--sp]);
                return sp;
            case DICT_MERGE:
                Calls.mergeKeywords(s[sp - 4 - arg], (PyDict) s[sp - 1 - arg], s[--sp]);
                return sp;
            case LIST_TO_TUPLE:
                s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                return sp;
            case UNPACK_EX:
                Unpacking.starred(s, sp - 1, arg & 0xFF, arg >> 8);
                return sp + (arg & 0xFF) + (arg >> 8);
            case MAKE_FUNCTION:
                s[sp - 1] = new PyFunction((Code) s[sp - 1], f.globals, f.builtins);
                return sp;
            case SET_FUNCTION_ATTRIBUTE:
                Building.functionAttribute((PyFunction) s[sp - 1], arg, s[sp - 2]);
                s[sp - 2] = s[sp - 1];
                s[sp - 1] = null;
                return sp - 1;
            case CALL_FUNCTION_EX:
                f.pc = pc;
                s[sp - 4] = Calls.callEx(s[sp - 4], s[sp - 2], s[sp - 1]);
                return sp - 3;
            case LOAD_BUILD_CLASS:
                s[sp] = Names.loadBuildClass(f);
                return sp + 1;
            case IMPORT_NAME:
                s[sp - 2] = Imports.importName(ts, f, names[arg], s[sp - 1], s[sp - 2]);
                return sp - 1;
            case IMPORT_FROM:
                s[sp] = Imports.importFrom(ts, s[sp - 1], names[arg]);
                return sp + 1;
            case IMPORT_STAR:
                Imports.importStar(f, s[--sp]);
                return sp;
            case PUSH_EXC_INFO: {
                Object exc = s[sp - 1];
                s[sp - 1] = ts.handledException == null ? PyTypes.NONE : ts.handledException;
                s[sp] = exc;
                ts.handledException = (PyBaseException) exc;
                return sp + 1;
            }
            case POP_EXCEPT: {
                Object prev = s[--sp];
                ts.handledException = prev == PyTypes.NONE ? null : (PyBaseException) prev;
                return sp;
            }
            case CHECK_EXC_MATCH:
                s[sp - 1] = Raising.matches((PyBaseException) s[sp - 2], s[sp - 1]);
                return sp;
            case CHECK_EG_MATCH: {
                PyBaseException[] parts = ExceptionGroups.match(
                        s[sp - 2] == PyTypes.NONE ? null : (PyBaseException) s[sp - 2], s[sp - 1]);
                s[sp - 2] = parts[0] == null ? PyTypes.NONE : parts[0];
                s[sp - 1] = parts[1] == null ? PyTypes.NONE : parts[1];
                return sp;
            }
            case PREP_RERAISE_STAR: {
                PyBaseException r = ExceptionGroups.prepareReraise((PyBaseException) s[sp - 2], (PyList) s[sp - 1]);
                s[--sp] = null;
                s[sp - 1] = r == null ? PyTypes.NONE : r;
                return sp;
            }
            case LOAD_ASSERTION_ERROR:
                s[sp] = ExceptionTypes.ASSERTION_ERROR;
                return sp + 1;
            case BEFORE_WITH:
                Raising.beforeWith(s, sp);
                return sp + 1;
            case WITH_EXCEPT_START:
                s[sp] = Raising.withExceptStart(s[sp - 3], (PyBaseException) s[sp - 1]);
                return sp + 1;
            case GET_AWAITABLE:
                s[sp - 1] = Coroutines.getAwaitable(s[sp - 1], arg);
                return sp;
            case GET_AITER:
                s[sp - 1] = Coroutines.getAiter(s[sp - 1]);
                return sp;
            case GET_ANEXT:
                s[sp] = Coroutines.getAnext(s[sp - 1]);
                return sp + 1;
            case BEFORE_ASYNC_WITH:
                Coroutines.beforeAsyncWith(s, sp);
                return sp + 1;
            case GET_YIELD_FROM_ITER:
                s[sp - 1] = Generators.yieldFromIter(s[sp - 1]);
                return sp;
            case CONVERT_VALUE:
                s[sp - 1] = Building.convert(s[sp - 1], arg);
                return sp;
            case FORMAT_WITH_SPEC:
                s[sp - 2] = Formatting.format(s[sp - 2], (String) s[sp - 1]);
                s[sp - 1] = null;
                return sp - 1;
            case SETUP_ANNOTATIONS:
                Names.setupAnnotations(f);
                return sp;
            case GET_LEN:
                s[sp] = Builtins.len(s[sp - 1]);
                return sp + 1;
            case MATCH_MAPPING:
                s[sp] = Matching.isMapping(s[sp - 1]);
                return sp + 1;
            case MATCH_SEQUENCE:
                s[sp] = Matching.isSequence(s[sp - 1]);
                return sp + 1;
            case MATCH_KEYS:
                s[sp] = Matching.keys(s[sp - 2], (PyTuple) s[sp - 1]);
                return sp + 1;
            case MATCH_CLASS:
                s[sp - 3] = Matching.classPattern(s[sp - 3], s[sp - 2], (PyTuple) s[sp - 1], arg);
                return sp - 2;
            case PRINT_EXPR:
                Building.printExpr(ts, s[--sp]);
                return sp;
            default:
                throw Errors.raise(ExceptionTypes.SYSTEM_ERROR, "unknown opcode " + op);
        }
    }
}

package dev.krait.vm;

import static dev.krait.bytecode.Opcodes.BINARY_OP_ADD_FLOAT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_ADD_INT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_ADD_STR;
import static dev.krait.bytecode.Opcodes.BINARY_OP_MOD_INT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_MUL_FLOAT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_MUL_INT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_SUB_FLOAT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_SUB_INT;
import static dev.krait.bytecode.Opcodes.BINARY_OP_TRUEDIV_FLOAT;

import dev.krait.runtime.Arith;
import dev.krait.runtime.BinaryOp;

/**
 * BINARY_OP: int, float and str operands of +, - and * take Arith's fast paths (in-place or not, these types have
 * no in-place methods); everything else goes through the general protocol.
 */
final class BinaryOps {
    private BinaryOps() {}

    private static final int ADD = BinaryOp.ADD.ordinal();
    private static final int SUB = BinaryOp.SUB.ordinal();
    private static final int MUL = BinaryOp.MUL.ordinal();

    static Object apply(int code, Object a, Object b) {
        int op = code & (BinaryOp.INPLACE_FLAG - 1);
        boolean plain = (a instanceof Long && b instanceof Long) || (a instanceof Double && b instanceof Double);
        if (op == ADD && (plain || (a instanceof String && b instanceof String))) {
            return Arith.add(a, b);
        }
        if (op == SUB && plain) {
            return Arith.sub(a, b);
        }
        if (op == MUL && plain) {
            return Arith.mul(a, b);
        }
        return Arith.binary(BinaryOp.of(code), a, b, (code & BinaryOp.INPLACE_FLAG) != 0);
    }

    /**
     * A specialised BINARY_OP: the result, or null when the operands are not the expected types or the fast path
     * cannot produce the result (overflow, division by zero), which sends the instruction back to the generic one.
     */
    static Object specialised(int opcode, Object a, Object b) {
        if (opcode == BINARY_OP_ADD_STR) {
            return a instanceof String x && b instanceof String y ? x.concat(y) : null;
        }
        if (opcode >= BINARY_OP_ADD_FLOAT) {
            // An int operand converts to float as Python converts it (a long always fits a double).
            if (a instanceof Double x) {
                return b instanceof Double y ? doubles(opcode, x, y) : b instanceof Long y ? doubles(opcode, x, y) : null;
            }
            if (a instanceof Long x) {
                if (b instanceof Double y) {
                    return doubles(opcode, x, y);
                }
                // int / int: exact operands below 2**53 make the IEEE quotient the correctly rounded one.
                if (b instanceof Long y && opcode == BINARY_OP_TRUEDIV_FLOAT && exactDouble(x) && exactDouble(y)) {
                    return doubles(opcode, x, y);
                }
            }
            return null;
        }
        return a instanceof Long x && b instanceof Long y ? longs(opcode, x, y) : null;
    }

    /** The int/int specialisations; null when the result would overflow a long or raise (the generic path decides). */
    private static Object longs(int opcode, long x, long y) {
        switch (opcode) {
            case BINARY_OP_ADD_INT: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
            }
            case BINARY_OP_SUB_INT: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
            }
            case BINARY_OP_MUL_INT: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : null;
            }
            case BINARY_OP_MOD_INT:
                return y == 0 ? null : y == -1 ? (Object) 0L : (Object) Math.floorMod(x, y);
            default:
                return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : (Object) Math.floorDiv(x, y);
        }
    }

    private static boolean exactDouble(long x) {
        return x >= -(1L << 53) && x <= 1L << 53;
    }

    /** The float/float specialisations; null for division by zero (the generic path raises). */
    private static Object doubles(int opcode, double x, double y) {
        switch (opcode) {
            case BINARY_OP_ADD_FLOAT: return x + y;
            case BINARY_OP_SUB_FLOAT: return x - y;
            case BINARY_OP_MUL_FLOAT: return x * y;
            default: return y == 0 ? null : (Object) (x / y);
        }
    }
}

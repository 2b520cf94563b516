package dev.krait.vm;

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
}

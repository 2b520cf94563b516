package dev.krait.compiler;

import dev.krait.parser.Expr;
import dev.krait.runtime.Arith;
import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.Items;
import dev.krait.runtime.PyBytes;
import dev.krait.runtime.PyComplex;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;

import java.math.BigInteger;
import java.util.List;

/**
 * Computes the value of expressions made only of literals ({@code -1}, {@code 2**10}, {@code 'a' + 'b'},
 * {@code (1, 2)}) at compile time, within CPython's size limits, so they compile to a single LOAD_CONST.
 * Expressions that would raise ({@code 1/0}) are left for run time, where the error gets its traceback.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    private static final int MAX_INT_BITS = 128;
    private static final int MAX_STR_LENGTH = 4096;

    /** The runtime value of a literal from the AST. */
    static Object literal(Object astValue) {
        if (astValue == Expr.Constant.NONE) {
            return PyTypes.NONE;
        }
        if (astValue == Expr.Constant.ELLIPSIS) {
            return PyTypes.ELLIPSIS;
        }
        if (astValue instanceof Expr.ComplexLiteral c) {
            return new PyComplex(0, c.imag());
        }
        if (astValue instanceof byte[] bytes) {
            return new dev.krait.runtime.PyBytes(bytes);
        }
        return astValue;
    }

    /** The folded value of {@code e}, or null if it is not a foldable constant expression. */
    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return literal(c.value());
        }
        if (e instanceof Expr.UnaryOp u && u.op() != Expr.UnaryOpKind.NOT) {
            Object v = fold(u.operand());
            if (!isNumber(v)) {
                return null;
            }
            return guarded(() -> {
                switch (u.op()) {
                    case USUB: return Arith.neg(v);
                    case UADD: return Arith.pos(v);
                    default: return v instanceof Double || v instanceof PyComplex ? null : Arith.invert(v);
                }
            });
        }
        if (e instanceof Expr.BinOp b) {
            Object l = fold(b.left());
            if (l == null) {
                return null;
            }
            Object r = fold(b.right());
            if (r == null || !foldableOperands(b.op(), l, r)) {
                return null;
            }
            BinaryOp op = ExpressionCompiler.binaryOp(b.op());
            return guarded(() -> withinLimits(Arith.binary(op, l, r, false)));
        }
        if (e instanceof Expr.Tuple t && t.ctx() == Expr.Ctx.LOAD) {
            return tuple(t.elts());
        }
        if (e instanceof Expr.Subscript s && s.ctx() == Expr.Ctx.LOAD) {
            // An item of a constant str, bytes or tuple ("ab"[0]); a failing lookup is left to run time.
            Object value = fold(s.value());
            Object index = value == null ? null : fold(s.slice());
            if (index == null || !(value instanceof String || value instanceof PyBytes || value instanceof PyTuple)) {
                return null;
            }
            return guarded(() -> Items.getItem(value, index));
        }
        return null;
    }

    private static Object tuple(List<Expr> elts) {
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = fold(elts.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return PyTuple.of(items);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Boolean
                || v instanceof PyComplex;
    }

    private static boolean foldableOperands(Expr.BinOpKind op, Object l, Object r) {
        if (isNumber(l) && isNumber(r)) {
            if ((l instanceof PyComplex || r instanceof PyComplex) && op == Expr.BinOpKind.POW) {
                return false;
            }
            if (op == Expr.BinOpKind.POW && (r instanceof Long y && (y > MAX_INT_BITS || y < 0)
                    || r instanceof BigInteger)) {
                return false;
            }
            if (op == Expr.BinOpKind.LSHIFT && (r instanceof Long y && y > MAX_INT_BITS || r instanceof BigInteger)) {
                return false;
            }
            return op != Expr.BinOpKind.MATMULT;
        }
        if (l instanceof String && r instanceof String) {
            return op == Expr.BinOpKind.ADD;
        }
        if (l instanceof String && r instanceof Long n) {
            return op == Expr.BinOpKind.MULT && n >= 0 && n * ((String) l).length() <= MAX_STR_LENGTH;
        }
        return false;
    }

    private static Object withinLimits(Object v) {
        if (v instanceof BigInteger b && b.bitLength() > MAX_INT_BITS) {
            return null;
        }
        if (v instanceof String s && s.length() > MAX_STR_LENGTH) {
            return null;
        }
        return v;
    }

    private interface Computation {
        Object run();
    }

    private static Object guarded(Computation c) {
        try {
            return c.run();
        } catch (PyException e) {
            return null;
        }
    }
}

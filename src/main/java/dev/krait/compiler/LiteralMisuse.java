package dev.krait.compiler;

import dev.krait.parser.Expr;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyComplex;
import dev.krait.runtime.PyTypes;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * The SyntaxWarnings CPython's compiler gives for literals used where they cannot work: identity tests against
 * a literal, and calling or subscripting a literal, which usually means a comma is missing between two items
 * of a display. Each check returns the warning text, or null when the code is fine. Literals are judged after
 * constant folding, as CPython does: {@code x is -1} and {@code x is (1, 2)} warn, {@code x is None} does not.
 */
final class LiteralMisuse {
    private LiteralMisuse() {}

    /**
     * The warning for an {@code is}/{@code is not} chain with a literal operand. Under {@code not}, a single
     * test is worded the other way round, because CPython rewrites {@code not a is 1} as {@code a is not 1}.
     */
    static String identityTest(Expr.Compare c, boolean negated) {
        boolean inverted = negated && c.ops().size() == 1;
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            Expr.CmpOpKind op = c.ops().get(i);
            if ((op == Expr.CmpOpKind.IS || op == Expr.CmpOpKind.ISNOT)
                    && (isLiteral(left) || isLiteral(right))) {
                return (op == Expr.CmpOpKind.IS) != inverted
                        ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            left = right;
        }
        return null;
    }

    /** The warning for calling something that can never be callable: a literal or a display. */
    static String call(Expr func) {
        boolean display = func instanceof Expr.Tuple || func instanceof Expr.List_ || func instanceof Expr.ListComp
                || func instanceof Expr.Dict || func instanceof Expr.DictComp || func instanceof Expr.Set
                || func instanceof Expr.SetComp || func instanceof Expr.GeneratorExp
                || func instanceof Expr.JoinedStr || func instanceof Expr.FormattedValue;
        if (!display && constant(func) == null) {
            return null;
        }
        return "'" + inferredType(func) + "' object is not callable; perhaps you missed a comma?";
    }

    /** The warning for subscripting what cannot be subscripted, or a sequence with an index that is no integer. */
    static String subscript(Expr.Subscript s) {
        Expr value = s.value();
        Object v = constant(value);
        boolean unsubscriptable = v != null
                ? v == PyTypes.NONE || v == PyTypes.ELLIPSIS || isNumber(v)
                : value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
                        || value instanceof Expr.Lambda;
        if (unsubscriptable) {
            return "'" + inferredType(value) + "' object is not subscriptable; perhaps you missed a comma?";
        }
        String indexType = inferredType(s.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return null;
        }
        boolean sequence = v != null
                ? v instanceof String || v instanceof dev.krait.runtime.PyBytes || v instanceof dev.krait.runtime.PyTuple
                : value instanceof Expr.Tuple || value instanceof Expr.List_ || value instanceof Expr.ListComp
                        || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue;
        if (!sequence) {
            return null;
        }
        return inferredType(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?";
    }

    /**
     * Gives again, in source order, every warning of an expression already compiled once: CPython compiles a
     * while loop's condition twice, before the first pass and after each, so its warnings show twice.
     */
    static void repeat(Object node, boolean negated, CompileErrors errors) {
        if (node instanceof Expr.Compare c) {
            errors.warn(identityTest(c, negated), c.loc());
        } else if (node instanceof Expr.Call c) {
            errors.warn(call(c.func()), c.loc());
        } else if (node instanceof Expr.Subscript s && s.ctx() == Expr.Ctx.LOAD) {
            errors.warn(subscript(s), s.loc());
        }
        if (node instanceof List<?> items) {
            for (Object item : items) {
                repeat(item, false, errors);
            }
        } else if (node instanceof Record r) {
            boolean not = node instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOpKind.NOT;
            for (RecordComponent part : r.getClass().getRecordComponents()) {
                try {
                    repeat(part.getAccessor().invoke(r), not, errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static boolean isLiteral(Expr e) {
        Object v = constant(e);
        return v != null && v != PyTypes.NONE && v != PyTypes.ELLIPSIS && !(v instanceof Boolean);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                || v instanceof PyComplex;
    }

    /** The value of a literal after folding, or null; CPython folds only these node kinds before compiling. */
    private static Object constant(Expr e) {
        boolean foldable = e instanceof Expr.Constant || e instanceof Expr.Tuple || e instanceof Expr.UnaryOp
                || e instanceof Expr.BinOp || e instanceof Expr.Subscript;
        return foldable ? ConstantFolder.fold(e) : null;
    }

    /** The type name CPython's compiler infers for an expression without running it, or null if it cannot. */
    private static String inferredType(Expr e) {
        Object v = constant(e);
        if (v != null) {
            return Ops.typeName(v);
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.List_ || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        return null;
    }
}

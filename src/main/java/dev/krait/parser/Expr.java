package dev.krait.parser;

import java.util.List;

/**
 * Expression nodes, one record each, mirroring CPython 3.11's {@code ast} module. Lists are immutable
 * ({@link List#of} or {@link List#copyOf}); optional children are {@code null}.
 */
public sealed interface Expr extends Node {

    /** How a name, attribute, subscript, starred, list or tuple expression is used. */
    enum Ctx { LOAD, STORE, DEL }

    enum BoolOpKind { AND, OR }

    enum UnaryOpKind { INVERT, NOT, UADD, USUB }

    /** Binary operators in CPython's ast order. */
    enum BinOpKind { ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV }

    enum CmpOpKind { EQ, NOTEQ, LT, LTE, GT, GTE, IS, ISNOT, IN, NOTIN }

    record BoolOp(BoolOpKind op, List<Expr> values, Loc loc) implements Expr {}

    record NamedExpr(Name target, Expr value, Loc loc) implements Expr {}

    record BinOp(Expr left, BinOpKind op, Expr right, Loc loc) implements Expr {}

    record UnaryOp(UnaryOpKind op, Expr operand, Loc loc) implements Expr {}

    record Lambda(Arguments args, Expr body, Loc loc) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, Loc loc) implements Expr {}

    /** {@code keys} holds {@code null} for a {@code **mapping} entry. */
    record Dict(List<Expr> keys, List<Expr> values, Loc loc) implements Expr {}

    record Set(List<Expr> elts, Loc loc) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Loc loc) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record Await(Expr value, Loc loc) implements Expr {}

    /** {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(Expr value, Loc loc) implements Expr {}

    record YieldFrom(Expr value, Loc loc) implements Expr {}

    record Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators, Loc loc) implements Expr {}

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Loc loc) implements Expr {}

    /**
     * One {@code {value!conversion:format_spec}} replacement field of an f-string. {@code conversion} is -1 for
     * none, otherwise 's', 'r' or 'a'; {@code formatSpec} is a {@link JoinedStr} or {@code null}.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Loc loc) implements Expr {}

    /** An f-string: {@link Constant} string pieces and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> values, Loc loc) implements Expr {}

    /**
     * A literal. {@code value} is a Java {@code Long}/{@code BigInteger} (int), {@code Double} (float),
     * {@link ComplexLiteral} (imaginary), {@code String} (str), {@code byte[]} (bytes), {@code Boolean},
     * {@link Constant#NONE} or {@link Constant#ELLIPSIS}. {@code kind} is "u" for a u-prefixed string, else null.
     */
    record Constant(Object value, String kind, Loc loc) implements Expr {
        /** Marker for the literal {@code None}; the compiler maps it to the runtime's None. */
        public static final Object NONE = new Object() {
            @Override public String toString() { return "None"; }
        };
        /** Marker for the literal {@code ...}; the compiler maps it to the runtime's Ellipsis. */
        public static final Object ELLIPSIS = new Object() {
            @Override public String toString() { return "Ellipsis"; }
        };
    }

    /** An imaginary literal such as {@code 2j}: the real part is always zero. */
    record ComplexLiteral(double imag) {}

    record Attribute(Expr value, String attr, Ctx ctx, Loc loc) implements Expr {}

    record Subscript(Expr value, Expr slice, Ctx ctx, Loc loc) implements Expr {}

    record Starred(Expr value, Ctx ctx, Loc loc) implements Expr {}

    record Name(String id, Ctx ctx, Loc loc) implements Expr {}

    record List_(List<Expr> elts, Ctx ctx, Loc loc) implements Expr {}

    record Tuple(List<Expr> elts, Ctx ctx, Loc loc) implements Expr {}

    /** {@code lower:upper:step}; absent parts are {@code null}. Appears only as a subscript's slice. */
    record Slice(Expr lower, Expr upper, Expr step, Loc loc) implements Expr {}

    /** {@code for target in iter if ifs...}; {@code isAsync} is always false until async lands. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** A keyword argument; {@code arg} is {@code null} for {@code **mapping}. */
    record Keyword(String arg, Expr value, Loc loc) implements Node {}

    /** One parameter: name, optional annotation. */
    record Arg(String arg, Expr annotation, Loc loc) implements Node {}

    /**
     * A parameter list. {@code defaults} belong to the last positional parameters (posonly then args);
     * {@code kwDefaults} runs parallel to {@code kwonlyargs} with {@code null} for "no default".
     */
    record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                     List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
        public static final Arguments EMPTY =
                new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}

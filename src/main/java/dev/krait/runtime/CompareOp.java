package dev.krait.runtime;

/** The rich comparison operators, in COMPARE_OP's argument order, each with its reflection. */
public enum CompareOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    public final String symbol;
    public final String method;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    public static CompareOp of(int code) {
        return VALUES[code];
    }

    /** The operator to try on the right operand: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** Whether a three-way comparison result {@code c} (negative, zero, positive) satisfies this operator. */
    public boolean test(int c) {
        switch (this) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}

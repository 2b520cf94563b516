package dev.krait.runtime;

/**
 * The binary operators, in the order the compiler encodes them in BINARY_OP's argument; an in-place form
 * ({@code +=}) adds {@link #INPLACE_FLAG}.
 */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor");

    public static final int INPLACE_FLAG = 16;
    private static final BinaryOp[] VALUES = values();

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.method = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inplace = "__i" + stem + "__";
    }

    public static BinaryOp of(int code) {
        return VALUES[code & (INPLACE_FLAG - 1)];
    }
}

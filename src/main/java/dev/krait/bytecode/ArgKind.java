package dev.krait.bytecode;

/** What an instruction's 24-bit argument means; the disassembler uses it to explain the argument. */
public enum ArgKind {
    /** No argument (it is zero). */
    NONE,
    /** Index into the constant pool. */
    CONST,
    /** Index into the names table (globals, attributes, imports). */
    NAME,
    /** Index of a local variable (co_varnames). */
    LOCAL,
    /** Index into cell variables followed by free variables. */
    DEREF,
    /** Absolute instruction index to jump to. */
    JUMP,
    /** A count of stack items. */
    COUNT,
    /** A {@code dev.krait.runtime.BinaryOp} ordinal, plus 16 for the in-place form. */
    BINARY_OP,
    /** A {@code dev.krait.runtime.CompareOp} ordinal. */
    COMPARE_OP,
    /** Opcode-specific flags or a small number. */
    FLAGS
}

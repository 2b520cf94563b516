package dev.krait.vm;

import java.util.Arrays;

/**
 * The handler of every opcode that {@link Interpreter}'s loop does not run inline: a class of its own for the
 * frequent instructions, {@link RareInstructions} for the rest (and for undefined opcodes, which it reports).
 * Immutable once built; shared by all contexts.
 */
final class InstructionTable {
    private InstructionTable() {}

    static final Instruction[] HANDLERS = build();

    private static Instruction[] build() {
        Instruction[] table = new Instruction[256];
        Arrays.fill(table, RareInstructions.HANDLER);
        LocalInstructions.register(table);
        AttributeInstructions.register(table);
        OperatorInstructions.register(table);
        ContainerInstructions.register(table);
        FlowInstructions.register(table);
        return table;
    }

    /** Whether {@code opcode} has a handler class of its own (rather than the shared one for rare instructions). */
    static boolean hasOwnHandler(int opcode) {
        return HANDLERS[opcode] != RareInstructions.HANDLER;
    }
}

package dev.krait.vm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.bytecode.OpcodeTable;
import dev.krait.bytecode.Opcodes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every opcode of the table is executed somewhere: inline in the loop, by a handler of its own, or as a rare one. */
class InstructionTableTest {
    private static String source(String file) throws Exception {
        return Files.readString(Path.of("src/main/java/dev/krait/vm/" + file), StandardCharsets.UTF_8);
    }

    @Test
    void everyOpcodeIsExecuted() throws Exception {
        String loop = source("Interpreter.java");
        String rare = source("RareInstructions.java");
        for (OpcodeTable.Info op : OpcodeTable.all()) {
            if (op.code() == Opcodes.EXTENDED_ARG) {
                assertTrue(loop.contains("op == EXTENDED_ARG"), "EXTENDED_ARG prefix handling");
                continue;
            }
            String label = "case " + op.name() + ":";
            boolean own = InstructionTable.hasOwnHandler(op.code());
            assertTrue(loop.contains(label) || own || rare.contains(label), "nothing executes " + op.name());
            assertFalse(own && rare.contains(label), op.name() + " has a handler and a dead rare case");
        }
    }
}

package dev.krait.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The opcode table a run reads (OpcodeData) is the one the annotations in Opcodes define. */
class OpcodeDataTest {
    @Test
    void generatedTableMatchesTheAnnotations() throws Exception {
        Path committed = Path.of("src/main/java/dev/krait/bytecode/OpcodeData.java");
        assertEquals(OpcodeTable.generateData(), Files.readString(committed, StandardCharsets.UTF_8),
                "OpcodeData.java is stale: regenerate it with ./krait opcode-table > " + committed);
    }
}

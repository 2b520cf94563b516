package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BytecodeDocTest {
    @Test
    void committedDocumentMatchesTheOpcodeTable() throws Exception {
        String committed = Files.readString(Path.of("docs/bytecode.md"), StandardCharsets.UTF_8);
        assertEquals(BytecodeDoc.generate(), committed,
                "docs/bytecode.md is stale: regenerate it with ./krait docs-bytecode > docs/bytecode.md");
    }
}

package dev.krait.bytecode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The opcode table is the single definition of the instruction set; these checks keep the rest in step. */
class OpcodeTableTest {
    @Test
    void everyOpcodeIsDocumentedWithAParsableStackEffect() {
        for (OpcodeTable.Info op : OpcodeTable.all()) {
            assertFalse(op.doc().isBlank(), op.name());
            op.effect().net(3);
            op.jumpEffect().net(3);
            assertTrue(op.code() < 256, op.name());
        }
    }

    @Test
    void specialisedInstructionsShareTheirBaseArgumentAndStackEffect() {
        for (OpcodeTable.Info op : OpcodeTable.all()) {
            if (op.family().isEmpty()) {
                continue;
            }
            OpcodeTable.Info base = OpcodeTable.get(OpcodeTable.base(op.code()));
            assertTrue(base.family().isEmpty(), op.name() + " specialises a specialised instruction");
            assertTrue(base.arg() == op.arg(), op.name() + " argument kind differs from " + base.name());
            for (int arg = 0; arg < 40; arg++) {
                assertTrue(base.effect().net(arg) == op.effect().net(arg), op.name() + " stack effect");
                assertTrue(base.jumpEffect().net(arg) == op.jumpEffect().net(arg), op.name() + " jump effect");
            }
        }
    }

    @Test
    void stackEffectsFollowTheNotation() {
        assertTrue(OpcodeTable.stackEffect(Opcodes.CALL, 2, false) == -3);
        assertTrue(OpcodeTable.stackEffect(Opcodes.BUILD_MAP, 3, false) == -5);
        assertTrue(OpcodeTable.stackEffect(Opcodes.UNPACK_EX, 1 | (2 << 8), false) == 3);
        assertTrue(OpcodeTable.stackEffect(Opcodes.FOR_ITER, 0, false) == 1);
        assertTrue(OpcodeTable.stackEffect(Opcodes.FOR_ITER, 0, true) == -1);
        assertTrue(OpcodeTable.stackEffect(Opcodes.SWAP, 3, false) == 0);
        assertTrue(OpcodeTable.stackEffect(Opcodes.COPY, 2, false) == 1);
    }
}

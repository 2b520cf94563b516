package dev.krait.bytecode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The opcode metadata, read once from the {@link Op} annotations in {@link Opcodes}: names, argument kinds, stack
 * effects and docs, for the emitter, the stack-depth computation, the disassembler and docs/bytecode.md. The
 * interpreter does not use it, so a running program never pays for the reflection.
 */
public final class OpcodeTable {
    /** One opcode's definition. */
    public record Info(int code, String name, ArgKind arg, String stack, String jump, String doc,
                       StackEffect effect, StackEffect jumpEffect, String family) {
        public boolean isJump() {
            return arg == ArgKind.JUMP;
        }
    }

    private static final Info[] BY_CODE = load();

    private OpcodeTable() {}

    private static Info[] load() {
        Info[] table = new Info[Opcodes.LIMIT];
        for (Field f : Opcodes.class.getDeclaredFields()) {
            Op op = f.getAnnotation(Op.class);
            if (op == null || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            int code;
            try {
                code = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (table[code] != null) {
                throw new IllegalStateException("opcode number " + code + " used twice");
            }
            StackEffect effect = StackEffect.parse(op.stack());
            StackEffect jump = op.jump().isEmpty() ? effect : StackEffect.parse(op.jump());
            table[code] = new Info(code, f.getName(), op.arg(), op.stack(), op.jump(), op.doc(), effect, jump,
                    op.family());
        }
        return table;
    }

    /** The definition of {@code opcode}, or null if no such opcode exists. */
    public static Info get(int opcode) {
        return opcode >= 0 && opcode < BY_CODE.length ? BY_CODE[opcode] : null;
    }

    public static String name(int opcode) {
        Info i = get(opcode);
        return i == null ? "<" + opcode + ">" : i.name();
    }

    /** Net stack change of an instruction, on the fall-through path or, for jumps, when the jump is taken. */
    public static int stackEffect(int opcode, int arg, boolean jumpTaken) {
        Info i = BY_CODE[opcode];
        return (jumpTaken ? i.jumpEffect() : i.effect()).net(arg);
    }

    /** The base instruction of a specialised one (itself for a base instruction). */
    public static int base(int opcode) {
        Info i = BY_CODE[opcode];
        if (i.family().isEmpty()) {
            return opcode;
        }
        for (Info b : BY_CODE) {
            if (b != null && b.name().equals(i.family())) {
                return b.code();
            }
        }
        throw new IllegalStateException("unknown family " + i.family());
    }

    /** Every defined opcode in numeric order. */
    public static List<Info> all() {
        List<Info> out = new ArrayList<>();
        for (Info i : BY_CODE) {
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }
}

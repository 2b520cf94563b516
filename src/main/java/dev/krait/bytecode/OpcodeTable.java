package dev.krait.bytecode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The opcode metadata defined by the {@link Op} annotations in {@link Opcodes}: names, argument kinds, stack
 * effects and docs, for the emitter, the stack-depth computation, the disassembler and docs/bytecode.md. Reading
 * annotations by reflection costs ~40 ms when a JVM starts, which every program would pay (the compiler needs the
 * stack effects), so a run reads the same definitions from {@link OpcodeData}, a class generated from the
 * annotations ({@code ./krait opcode-table}); a test keeps it in step with them.
 */
public final class OpcodeTable {
    /** One opcode's definition. */
    public record Info(int code, String name, ArgKind arg, String stack, String jump, String doc,
                       StackEffect effect, StackEffect jumpEffect, String family) {
        public boolean isJump() {
            return arg == ArgKind.JUMP;
        }
    }

    private OpcodeTable() {}

    /** The table, read on first use (so that generating the resource does not need it). */
    private static final class Loaded {
        static final Info[] BY_CODE = load();
    }

    private static Info[] load() {
        Info[] table = new Info[Opcodes.LIMIT];
        for (String line : OpcodeData.TABLE.split("\n")) {
            String[] f = line.split("\t", -1);
            Info info = info(Integer.parseInt(f[0]), f[1], ArgKind.valueOf(f[2]), f[3], f[4], f[5], f[6]);
            table[info.code()] = info;
        }
        return table;
    }

    private static Info info(int code, String name, ArgKind arg, String stack, String jump, String family,
                             String doc) {
        StackEffect effect = StackEffect.parse(stack);
        StackEffect jumpEffect = jump.isEmpty() ? effect : StackEffect.parse(jump);
        return new Info(code, name, arg, stack, jump, doc, effect, jumpEffect, family);
    }

    /** The source of {@link OpcodeData}, made from the annotations: one tab-separated line per opcode. */
    public static String generateData() {
        StringBuilder out = new StringBuilder("package dev.krait.bytecode;\n\n"
                + "/** Generated from the {@link Op} annotations of {@link Opcodes} by {@code ./krait opcode-table}: do not edit. */\n"
                + "final class OpcodeData {\n    private OpcodeData() {}\n\n    static final String TABLE = \"\"\n");
        for (Info i : fromAnnotations()) {
            String line = i.code() + "\t" + i.name() + "\t" + i.arg() + "\t" + i.stack() + "\t" + i.jump() + "\t"
                    + i.family() + "\t" + i.doc() + "\n";
            out.append("            + \"").append(line.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\t", "\\t").replace("\n", "\\n")).append("\"\n");
        }
        return out.append("            ;\n}\n").toString();
    }

    /** The definitions read from the annotations, in numeric order. */
    private static List<Info> fromAnnotations() {
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
            table[code] = info(code, f.getName(), op.arg(), op.stack(), op.jump(), op.family(), op.doc());
        }
        List<Info> out = new ArrayList<>();
        for (Info i : table) {
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The definition of {@code opcode}, or null if no such opcode exists. */
    public static Info get(int opcode) {
        return opcode >= 0 && opcode < Loaded.BY_CODE.length ? Loaded.BY_CODE[opcode] : null;
    }

    public static String name(int opcode) {
        Info i = get(opcode);
        return i == null ? "<" + opcode + ">" : i.name();
    }

    /** Net stack change of an instruction, on the fall-through path or, for jumps, when the jump is taken. */
    public static int stackEffect(int opcode, int arg, boolean jumpTaken) {
        Info i = Loaded.BY_CODE[opcode];
        return (jumpTaken ? i.jumpEffect() : i.effect()).net(arg);
    }

    /** The base instruction of a specialised one (itself for a base instruction). */
    public static int base(int opcode) {
        Info i = Loaded.BY_CODE[opcode];
        if (i.family().isEmpty()) {
            return opcode;
        }
        for (Info b : Loaded.BY_CODE) {
            if (b != null && b.name().equals(i.family())) {
                return b.code();
            }
        }
        throw new IllegalStateException("unknown family " + i.family());
    }

    /** Every defined opcode in numeric order. */
    public static List<Info> all() {
        List<Info> out = new ArrayList<>();
        for (Info i : Loaded.BY_CODE) {
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }
}

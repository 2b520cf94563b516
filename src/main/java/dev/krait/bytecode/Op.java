package dev.krait.bytecode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an opcode on its constant in {@link Opcodes}: its argument kind, its stack effect and a one-line
 * description. The stack effect is written like CPython's bytecodes.c, {@code "inputs -- outputs"}, top of stack
 * rightmost; {@code name[expr]} stands for {@code expr} items where expr is an integer expression over
 * {@code arg} (+ - * & >> and parentheses). {@code jump} gives the effect when a conditional jump is taken, if it
 * differs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Op {
    ArgKind arg() default ArgKind.NONE;

    String stack();

    String jump() default "";

    String doc();

    /**
     * For a specialised instruction: the name of the base instruction it specialises. The interpreter rewrites a
     * base instruction into a member of its family when it sees suitable operands, and a member whose guard fails
     * rewrites itself back. Members share the base's argument and stack effect.
     */
    String family() default "";
}

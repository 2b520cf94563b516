package dev.krait.bytecode;

import java.util.Arrays;

import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/**
 * A compiled code object: the instructions of one function, class body, module or comprehension, with its side
 * tables. Immutable once built, except for quickening: the interpreter rewrites {@link #instructions} into
 * specialised forms and fills {@link #caches}, both in thread-safe ways.
 *
 * <p>A frame for this code holds {@link #nlocals} local slots, then the cell slots ({@link #cellvars}) and free
 * slots ({@link #freevars}), then up to {@link #maxStack} operand-stack slots, all in one {@code Object[]}.
 */
public final class Code extends PyObject {
    public static final PyType TYPE = PyTypes.fixed("code", CodeAttributes::init);

    public static final int FLAG_OPTIMIZED = 0x1;
    public static final int FLAG_NEWLOCALS = 0x2;
    public static final int FLAG_VARARGS = 0x4;
    public static final int FLAG_VARKEYWORDS = 0x8;
    public static final int FLAG_NESTED = 0x10;
    public static final int FLAG_GENERATOR = 0x20;
    public static final int FLAG_COROUTINE = 0x80;
    public static final int FLAG_ASYNC_GENERATOR = 0x200;
    /** Calling a function with any of these flags makes a generator, coroutine or async generator object. */
    public static final int FLAGS_RESUMABLE = FLAG_GENERATOR | FLAG_COROUTINE | FLAG_ASYNC_GENERATOR;
    /** Krait's own flag: consts[0] is the docstring. */
    public static final int FLAG_HAS_DOCSTRING = 0x4000000;

    /**
     * The instructions as executed: with superinstructions fused in (see {@link Superinstructions}), and
     * specialised in place by the interpreter (quickening).
     */
    public final int[] instructions;
    /** The instructions as compiled, for the disassembler and serialisation. */
    public final int[] original;
    /** Inline caches of specialised instructions, indexed by instruction. */
    public final Object[] caches;
    /** How often each instruction's specialisation failed its guard; past a limit it stays generic. */
    public final byte[] misses;
    public final Object[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable that is also a parameter, the parameter's local index; else -1. */
    public final int[] cellParams;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int maxStack;
    /** Slots of a frame: {@link #frameBase()} plus {@link #maxStack}. */
    public final int frameSize;
    /** Whether a for loop here owns its iterator (GET_ITER 1), which exception unwinding must then close. */
    public final boolean ownsLoopIterators;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final LineTable lineTable;
    public final ExceptionTable exceptionTable;

    public Code(int[] instructions, Object[] consts, String[] names, String[] varnames, String[] cellvars,
                String[] freevars, int[] cellParams, int argcount, int posonlyargcount, int kwonlyargcount,
                int flags, int maxStack, String name, String qualname, String filename, int firstLineNo,
                LineTable lineTable, ExceptionTable exceptionTable) {
        this.instructions = Superinstructions.fuse(instructions);
        this.original = instructions;
        this.caches = new Object[instructions.length];
        this.misses = new byte[instructions.length];
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellParams = cellParams;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.maxStack = maxStack;
        this.frameSize = varnames.length + cellvars.length + freevars.length + maxStack;
        this.ownsLoopIterators = Arrays.stream(instructions).anyMatch(w -> w == (Opcodes.GET_ITER | 1 << 8));
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.lineTable = lineTable;
        this.exceptionTable = exceptionTable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int nlocals() {
        return varnames.length;
    }

    /** Slots before the operand stack: locals, cells and free variables. */
    public int frameBase() {
        return varnames.length + cellvars.length + freevars.length;
    }

    public boolean isGenerator() {
        return (flags & FLAG_GENERATOR) != 0;
    }

    /** The name of cell-or-free variable {@code i}, as DEREF instructions number them. */
    public String derefName(int i) {
        return i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
    }

    /** The opcode of instruction {@code pc}. */
    public static int opcode(int instruction) {
        return instruction & 0xFF;
    }

    /** The argument of instruction {@code pc} (without any EXTENDED_ARG prefix). */
    public static int arg(int instruction) {
        return instruction >>> 8;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}

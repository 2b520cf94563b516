package dev.krait.compiler;

import dev.krait.parser.Loc;

import java.util.ArrayList;
import java.util.List;

/**
 * The instruction list of one code object while it is being generated. Jumps name {@link Label}s; protected
 * regions are tagged with a {@link Handler} per instruction (the zero-cost exception table is derived from the
 * tags), and {@link #setup} marks where a region starts so the assembler can learn the stack depth to unwind to.
 */
final class CodeBuilder {
    /** A jump target, bound to a position in the instruction list. */
    static final class Label {
        /** Whether anything jumps here; unreferenced labels do not stop dead-code removal. */
        boolean used;
    }

    /** An exception handler: where to go, and whether the raising instruction's index is pushed too. */
    static final class Handler {
        final Label target;
        final boolean pushLasti;
        /** Stack depth at the start of the protected region, found by the assembler. */
        int depth = -1;

        Handler(Label target, boolean pushLasti) {
            this.target = target;
            this.pushLasti = pushLasti;
        }
    }

    /** Pseudo-opcodes that occupy no space in the final code. */
    static final int LABEL = -1;
    static final int SETUP = -2;

    static final class Instr {
        int op;
        int arg;
        Label target;
        final Handler handler;
        final Loc loc;
        /** For LABEL: the label bound here; for SETUP: the handler whose region starts. */
        final Label label;
        final Handler setup;

        Instr(int op, int arg, Label target, Handler handler, Loc loc, Label label, Handler setup) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            this.handler = handler;
            this.loc = loc;
            this.label = label;
            this.setup = setup;
        }
    }

    final List<Instr> instrs = new ArrayList<>();
    private final List<Handler> handlerStack = new ArrayList<>();
    private Loc loc = Loc.NONE;

    /** Sets the source position attached to instructions emitted from now on. */
    Loc setLocation(Loc l) {
        Loc old = loc;
        loc = l;
        return old;
    }

    Loc location() {
        return loc;
    }

    private Handler currentHandler() {
        return handlerStack.isEmpty() ? null : handlerStack.get(handlerStack.size() - 1);
    }

    void emit(int op, int arg) {
        instrs.add(new Instr(op, arg, null, currentHandler(), loc, null, null));
    }

    void emit(int op) {
        emit(op, 0);
    }

    void jump(int op, Label target) {
        target.used = true;
        instrs.add(new Instr(op, 0, target, currentHandler(), loc, null, null));
    }

    void bind(Label label) {
        instrs.add(new Instr(LABEL, 0, null, currentHandler(), loc, label, null));
    }

    /** Starts a region protected by {@code h}; every instruction until {@link #popHandler} is tagged with it. */
    void setup(Handler h) {
        h.target.used = true;
        instrs.add(new Instr(SETUP, 0, null, currentHandler(), loc, null, h));
        handlerStack.add(h);
    }

    void popHandler() {
        handlerStack.remove(handlerStack.size() - 1);
    }

    /** Temporarily leaves the innermost regions (for return/break inside try), returning them for {@link #restore}. */
    List<Handler> suspendHandlers(int count) {
        List<Handler> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(0, handlerStack.remove(handlerStack.size() - 1));
        }
        return out;
    }

    void restore(List<Handler> handlers) {
        handlerStack.addAll(handlers);
    }

    int handlerDepth() {
        return handlerStack.size();
    }
}

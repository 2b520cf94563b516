package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/**
 * The fast path of calling a class: for a class of metatype {@code type} whose instances {@code object.__new__}
 * makes and whose {@code __init__} is a Python function, {@code C(args)} makes the bare instance and runs
 * {@code __init__}'s frame directly, without building argument arrays or a bound method. What a class needs is
 * remembered on the class (see {@link PyType#callCache}) until it or a base changes.
 */
final class Instantiation {
    private Instantiation() {}

    /** What a class's call resolves to, valid while the class has {@code version}; init is null without a fast path. */
    private record Plan(int version, PyFunction init) {}

    /** The Python {@code __init__} to run after making a plain instance of {@code type}, or null (no fast path). */
    static PyFunction plainInit(PyType type) {
        if (type.callCache instanceof Plan p && p.version == type.version()) {
            return p.init;
        }
        PyFunction init = null;
        if (type.type() == PyTypes.TYPE && type.makesPlainInstances()
                && type.lookup("__init__") instanceof PyFunction f) {
            init = f;
        }
        type.callCache = new Plan(type.version(), init);
        return init;
    }

    /** {@code type(*args)} with {@code argc} positional arguments at {@code s[start..]}, as {@link #plainInit} allows. */
    static Object construct(ThreadState ts, PyType type, PyFunction init, Object[] s, int start, int argc) {
        Object self = type.newPlainInstance();
        Frame f = new Frame(init.code, init.globals, init.builtins, null);
        f.slots[0] = self;
        Calls.copyArguments(s, start, f.slots, 1, argc);
        Object r;
        // Calling a class counts a level of recursion besides its __init__'s frame, as in CPython.
        ts.enterRecursiveCall(ThreadState.CALLING_OBJECT);
        try {
            r = Calls.runPositional(ts, init, f, argc + 1);
        } finally {
            ts.leaveRecursiveCall();
        }
        if (r != Ops.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        }
        return self;
    }
}

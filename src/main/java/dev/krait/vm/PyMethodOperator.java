package dev.krait.vm;

import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyType;
import dev.krait.runtime.ThreadState;

/**
 * The inline cache of BINARY_OP_PY_METHOD and COMPARE_OP_PY_METHOD: {@code a + b} or {@code a < b} where a is an
 * instance of a class whose {@code __add__} or {@code __lt__} (the operator's method) is a Python function, for one
 * pair of operand types. The generic protocol looks up the method, and the reflected one of b's type, and builds
 * argument arrays on every operation; with the types known, the method's frame is run directly. When it returns
 * NotImplemented the caller goes on with the rest of the protocol. Immutable, so threads can share it.
 */
record PyMethodOperator(PyType left, int leftVersion, PyType right, int rightVersion, PyFunction method) {
    /** Whether the cache applies to these operands. */
    boolean holds(Object a, Object b) {
        return a instanceof PyInstance i && i.type() == left && left.version() == leftVersion
                && Ops.type(b) == right && right.version() == rightVersion;
    }

    /** The method's result for {@code a} and {@code b} (possibly NotImplemented). */
    Object call(ThreadState ts, Object a, Object b) {
        Frame f = new Frame(method.code, method.globals, method.builtins, null);
        f.slots[0] = a;
        f.slots[1] = b;
        return Calls.runPositional(ts, method, f, 2);
    }

    /**
     * A cache for BINARY_OP {@code code} on {@code a} and {@code b}, or null when they do not qualify (see
     * {@link #of}); an in-place operator qualifies only when the class has no in-place method.
     */
    static PyMethodOperator forBinary(int code, Object a, Object b) {
        BinaryOp op = BinaryOp.of(code);
        if ((code & BinaryOp.INPLACE_FLAG) != 0 && Ops.type(a).lookup(op.inplace) != null) {
            return null;
        }
        return of(op.method, a, b);
    }

    /**
     * A cache for the method {@code name} of a's class, or null unless a is a plain instance (no built-in value
     * inside), the method a Python function taking two positional arguments, and b of the same class or of a
     * class that is not a subclass of it (a subclass's reflected method would come first).
     */
    static PyMethodOperator of(String name, Object a, Object b) {
        if (!(a instanceof PyInstance i) || i.base != null) {
            return null;
        }
        PyType ta = i.type();
        PyType tb = Ops.type(b);
        if (tb != ta && (b instanceof PyInstance || tb.isSubtypeOf(ta))) {
            return null;
        }
        if (ta.lookup(name) instanceof PyFunction fn && Calls.takesPositionally(fn, 2)) {
            return new PyMethodOperator(ta, ta.version(), tb, tb.version(), fn);
        }
        return null;
    }
}

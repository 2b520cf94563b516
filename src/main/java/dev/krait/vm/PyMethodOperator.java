package dev.krait.vm;

import dev.krait.runtime.BinaryOp;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyType;
import dev.krait.runtime.ThreadState;

/**
 * The inline cache of BINARY_OP_PY_METHOD: {@code a + b} where a is an instance of a class whose {@code __add__}
 * (or the method of another operator) is a Python function, for one pair of operand types. The generic protocol
 * looks up the method, and the reflected one of b's type, and builds argument arrays on every operation; with the
 * types known, the method's frame is run directly. Immutable, so threads can share it.
 */
record PyMethodOperator(PyType left, int leftVersion, PyType right, int rightVersion, PyFunction method) {
    /** Whether the cache applies to these operands. */
    boolean holds(Object a, Object b) {
        return a instanceof PyInstance i && i.type() == left && left.version() == leftVersion
                && Ops.type(b) == right && right.version() == rightVersion;
    }

    /** The operator applied: the method's result, or the rest of the protocol when it returns NotImplemented. */
    Object apply(ThreadState ts, int code, Object a, Object b) {
        Frame f = new Frame(method.code, method.globals, method.builtins, null);
        f.slots[0] = a;
        f.slots[1] = b;
        Object r = Calls.runPositional(ts, method, f, 2);
        return r != Ops.NOT_IMPLEMENTED ? r
                : dev.krait.runtime.Arith.afterLeftDeclined(BinaryOp.of(code), a, b, (code & BinaryOp.INPLACE_FLAG) != 0);
    }

    /**
     * A cache for {@code a op b}, or null when the operands do not qualify: a plain instance (no built-in value
     * inside) whose class's method for op is a Python function taking two positional arguments, no in-place
     * method when op is one, and b of the same class or of a class that is not a subclass of it (a subclass's
     * reflected method would come first).
     */
    static PyMethodOperator of(int code, Object a, Object b) {
        if (!(a instanceof PyInstance i) || i.base != null) {
            return null;
        }
        PyType ta = i.type();
        PyType tb = Ops.type(b);
        if (tb != ta && (b instanceof PyInstance || tb.isSubtypeOf(ta))) {
            return null;
        }
        BinaryOp op = BinaryOp.of(code);
        if ((code & BinaryOp.INPLACE_FLAG) != 0 && ta.lookup(op.inplace) != null) {
            return null;
        }
        if (ta.lookup(op.method) instanceof PyFunction fn && Calls.takesPositionally(fn, 2)) {
            return new PyMethodOperator(ta, ta.version(), tb, tb.version(), fn);
        }
        return null;
    }
}

package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.Signature;
import dev.krait.runtime.ThreadState;

/**
 * {@code function(code, globals, name=None, argdefs=None, closure=None)} ({@code types.FunctionType}): a function
 * made from a code object. A class statement whose base is a function calls it too, and fails on its arguments
 * as CPython's does.
 */
final class FunctionConstructor {
    private FunctionConstructor() {}

    static void register(PyType t) {
        t.dict().put("__new__", new PyBuiltinFunction(Signature.parseBound(
                "function(cls, code, globals, name=None, argdefs=None, closure=None)"), null,
                FunctionConstructor::construct));
    }

    private static Object construct(Object[] a) {
        if (!(a[1] instanceof Code code)) {
            throw Errors.typeError("function() argument 'code' must be code, not " + Ops.typeName(a[1]));
        }
        if (!(a[2] instanceof PyDict globals)) {
            throw Errors.typeError("function() argument 'globals' must be dict, not " + Ops.typeName(a[2]));
        }
        Object name = orNull(a[3]);
        if (name != null && !(name instanceof String)) {
            throw Errors.typeError("arg 3 (name) must be None or string");
        }
        Object defaults = orNull(a[4]);
        if (defaults != null && !(defaults instanceof PyTuple)) {
            throw Errors.typeError("arg 4 (defaults) must be None or tuple");
        }
        PyCell[] closure = closure(code, orNull(a[5]));
        PyFunction f = new PyFunction(code, globals, Execution.builtinsOf(ThreadState.current(), globals));
        if (name != null) {
            f.name = (String) name;
        }
        f.defaults = (PyTuple) defaults;
        f.closure = closure;
        return f;
    }

    private static Object orNull(Object arg) {
        return arg == PyTypes.NONE ? null : arg;
    }

    /** The cells for the code's free variables: exactly one per name. */
    private static PyCell[] closure(Code code, Object arg) {
        if (arg != null && !(arg instanceof PyTuple)) {
            throw Errors.typeError("arg 5 (closure) must be None or tuple");
        }
        int free = code.freevars.length;
        if (arg == null) {
            if (free > 0) {
                throw Errors.typeError("arg 5 (closure) must be tuple");
            }
            return null;
        }
        PyTuple cells = (PyTuple) arg;
        if (cells.size() != free) {
            throw Errors.valueError(code.name + " requires closure of length " + free + ", not " + cells.size());
        }
        PyCell[] out = new PyCell[free];
        for (int i = 0; i < free; i++) {
            if (!(cells.get(i) instanceof PyCell c)) {
                throw Errors.typeError("arg 5 (closure) expected cell, found " + Ops.typeName(cells.get(i)));
            }
            out[i] = c;
        }
        return free == 0 ? null : out;
    }
}

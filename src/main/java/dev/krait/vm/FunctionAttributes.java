package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.BuiltinSubclasses;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Introspection;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/** The Python-visible attributes of functions: {@code __name__}, {@code __defaults__}, {@code __code__}... */
final class FunctionAttributes {
    private FunctionAttributes() {}

    static void init(PyType t) {
        FunctionConstructor.register(t);
        PyBuiltinFunction.method(t, "__repr__(self, /)",
                a -> "<function " + ((PyFunction) a[0]).qualname + " at 0x" + Long.toHexString(Introspection.id(a[0])) + ">");
        PyBuiltinFunction.method(t, "__get__(self, instance, owner=None, /)", a -> {
            dev.krait.runtime.PyDescriptor.checkGetArguments(a[1], a[2]);
            return a[1] == PyTypes.NONE ? a[0] : new PyMethod(a[0], a[1]);
        });
        PyGetSet.writable(t, "__name__", o -> ((PyFunction) o).name, (o, v) -> ((PyFunction) o).name = str(v, "__name__"));
        PyGetSet.writable(t, "__qualname__", o -> ((PyFunction) o).qualname,
                (o, v) -> ((PyFunction) o).qualname = str(v, "__qualname__"));
        PyGetSet.writable(t, "__doc__", o -> ((PyFunction) o).doc, (o, v) -> ((PyFunction) o).doc = v == null ? PyTypes.NONE : v);
        PyGetSet.writable(t, "__module__", o -> ((PyFunction) o).module,
                (o, v) -> ((PyFunction) o).module = v == null ? PyTypes.NONE : v);
        // The setters take instances of tuple and dict subclasses as CPython does, keeping their contents.
        PyGetSet.writable(t, "__defaults__", o -> orNone(((PyFunction) o).defaults), (o, value) -> {
            Object v = BuiltinSubclasses.valueOf(value);
            if (v != null && v != PyTypes.NONE && !(v instanceof PyTuple)) {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            ((PyFunction) o).defaults = v instanceof PyTuple tu ? tu : null;
        });
        PyGetSet.writable(t, "__kwdefaults__", o -> orNone(((PyFunction) o).kwdefaults), (o, value) -> {
            Object v = BuiltinSubclasses.valueOf(value);
            if (v != null && v != PyTypes.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
            ((PyFunction) o).kwdefaults = v instanceof PyDict d ? d : null;
        });
        PyGetSet.writable(t, "__annotations__", o -> {
            PyFunction f = (PyFunction) o;
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (o, value) -> {
            Object v = BuiltinSubclasses.valueOf(value);
            if (v != null && v != PyTypes.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            ((PyFunction) o).annotations = v instanceof PyDict d ? d : null;
        });
        PyGetSet.writable(t, "__code__", o -> ((PyFunction) o).code, (o, v) -> {
            if (!(v instanceof Code c)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            PyFunction f = (PyFunction) o;
            int closureSize = f.closure == null ? 0 : f.closure.length;
            if (c.freevars.length != closureSize) {
                throw Errors.valueError(f.name + "() requires a code object with " + closureSize + " free vars, not "
                        + c.freevars.length);
            }
            ((PyFunction) o).code = c;
            ((PyFunction) o).updateSimpleArity();
        });
        PyGetSet.readonlyMember(t, "__globals__", o -> ((PyFunction) o).globals);
        PyGetSet.readonlyMember(t, "__closure__", o -> {
            PyCell[] c = ((PyFunction) o).closure;
            return c == null ? PyTypes.NONE : PyTuple.of((Object[]) c.clone());
        });
        PyGetSet.writable(t, "__dict__", o -> ((PyFunction) o).instanceDict(), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(BuiltinSubclasses.valueOf(v) instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(v) + "'");
            }
            ((PyFunction) o).dict = d;
        });
        PyBuiltinFunction.registerCall(t);
        PyGetSet.readonlyMember(t, "__builtins__", o -> ((PyFunction) o).builtins);
    }

    private static Object orNone(Object o) {
        return o == null ? PyTypes.NONE : o;
    }

    private static String str(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be set to a string object");
    }

    /** Used by error messages that show a callable's name. */
    static String describe(Object callable) {
        if (callable instanceof PyFunction f) {
            return f.qualname + "()";
        }
        return Ops.typeName(callable) + " object";
    }
}

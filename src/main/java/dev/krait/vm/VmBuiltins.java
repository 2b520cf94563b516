package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.compiler.Compiler;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.BuiltinSubclasses;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.SourceDecoding;
import dev.krait.runtime.Strings;
import dev.krait.runtime.ThreadState;

/**
 * The builtins that need the compiler or the running frame: {@code __build_class__}, {@code exec}, {@code eval},
 * {@code compile}, {@code globals}, {@code locals}, {@code vars}, {@code dir()}, {@code super},
 * {@code __import__}, {@code breakpoint}.
 */
public final class VmBuiltins {
    private VmBuiltins() {}

    public static void install(PyDict b) {
        put(b, "__build_class__(func, name, /, *bases, **kwds)",
                a -> ClassBuilder.build(a[0], a[1], (PyTuple) a[2], (PyDict) a[3]));
        put(b, "exec(source, globals=None, locals=None, /, *, closure=None)", a -> {
            run(a[0], a[1], a[2], "exec", a[3]);
            return PyTypes.NONE;
        });
        put(b, "eval(source, globals=None, locals=None, /)", a -> run(a[0], a[1], a[2], "eval", null));
        put(b, "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                a -> {
                    long flags = a[3] == null ? 0 : Ops.indexValue(a[3]);
                    if ((flags & ~KNOWN_COMPILE_FLAGS) != 0) {
                        throw Errors.valueError("compile(): unrecognised flags");
                    }
                    String filename = dev.krait.runtime.FileOpen.fsPath(a[1]);
                    if (filename.indexOf('\0') >= 0) {
                        throw Errors.valueError("embedded null character");
                    }
                    if (!(BuiltinSubclasses.valueOf(a[2]) instanceof String mode)) {
                        throw Errors.argumentType("compile() argument 'mode'", "str", a[2]);
                    }
                    long optimize = a[5] == null ? -1 : Ops.indexValue(a[5]);
                    if (optimize < -1 || optimize > 2) {
                        throw Errors.valueError("compile(): invalid optimize value");
                    }
                    return compile(a[0], filename, mode, (int) optimize);
                });
        put(b, "globals()", a -> current().globals);
        put(b, "locals()", a -> locals(current()));
        put(b, "vars(object=<unrepresentable>, /)", a -> {
            if (a[0] == null) {
                return locals(current());
            }
            Object d = Attributes.find(a[0], "__dict__");
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        put(b, "dir(object=<unrepresentable>, /)", a -> {
            if (a[0] != null) {
                Object m = Ops.type(a[0]).lookup("__dir__");
                Object r = a[0] instanceof PyType ? dev.krait.runtime.Introspection.dir(a[0]) : Ops.callMethod(m, a[0]);
                dev.krait.runtime.PyList l = dev.krait.runtime.Iteration.toList(r);
                dev.krait.runtime.Sorting.sort(l, null, false);
                return l;
            }
            // The keys of the local namespace, which eval() and exec() may have made any mapping.
            Object ns = locals(current());
            dev.krait.runtime.PyList names = dev.krait.runtime.Iteration.toList(
                    ns.getClass() == PyDict.class ? ns : Ops.call(Attributes.get(ns, "keys")));
            dev.krait.runtime.Sorting.sort(names, null, false);
            return names;
        });
        put(b, "__import__(name, globals=None, locals=None, fromlist=(), level=0)", a -> {
            if (!(BuiltinSubclasses.valueOf(a[0]) instanceof String name)) {
                throw Errors.typeError("module name must be a string");
            }
            int level = a[4] == null ? 0 : (int) Ops.indexValue(a[4]);
            if (level < 0) {
                throw Errors.valueError("level must be >= 0");
            }
            return Imports.importModule(ThreadState.current(), name, a[1] instanceof PyDict g ? g : new PyDict(),
                    a[3] == null ? PyTuple.EMPTY : a[3], level);
        });
        put(b, "breakpoint(*args, **kws)", a -> PyTypes.NONE);
        b.put("super", PySuper.TYPE);
        Coroutines.installBuiltins(b);
    }

    static void put(PyDict builtins, String sig, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(sig, body);
        builtins.put(f.name, f);
    }

    /** The innermost Python frame: builtins run without frames of their own. */
    static Frame current() {
        Object f = ThreadState.current().frame;
        if (f == null) {
            throw Errors.raise(dev.krait.runtime.ExceptionTypes.SYSTEM_ERROR, "no current frame");
        }
        return (Frame) f;
    }

    /** {@code locals()}: the namespace of module and class frames, a snapshot dict for function frames. */
    static Object locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        // Like CPython, a function frame keeps one snapshot dict, refreshed from the fast locals on each call, so
        // names that exec() added to it stay visible.
        PyDict d = f.localsSnapshot == null ? new PyDict() : f.localsSnapshot;
        f.localsSnapshot = d;
        Code code = f.code;
        for (int i = 0; i < code.nlocals(); i++) {
            if (f.slots[i] != null) {
                d.put(code.varnames[i], f.local(i));
            } else {
                d.remove(code.varnames[i]);
            }
        }
        for (int i = 0; i < code.cellvars.length + code.freevars.length; i++) {
            Object v = ((PyCell) f.slots[code.nlocals() + i]).value;
            if (v != null) {
                d.put(code.derefName(i), v);
            }
        }
        return d;
    }

    /** compile()'s flags that CPython accepts: the __future__ features and the PyCF_* options. */
    private static final long KNOWN_COMPILE_FLAGS = 0x3fe000L | 0x0200 | 0x0400 | 0x1000 | 0x4000;

    private static Code compile(Object source, String filename, String mode, int optimize) {
        if (source instanceof Code c) {
            return c;
        }
        Object value = BuiltinSubclasses.valueOf(source);
        String text = value instanceof String s ? s : SourceDecoding.decodeBuffer(value, filename);
        if (text == null) {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        Strings.requireUtf8(text); // CPython compiles the UTF-8 form of a str
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(dev.krait.runtime.ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        try {
            return Compiler.compile(text, filename, mode, optimize);
        } catch (IllegalArgumentException e) {
            throw Errors.valueError(e.getMessage());
        }
    }

    private static String sourceText(Object source, String fn) {
        source = BuiltinSubclasses.valueOf(source);
        String text = source instanceof String s ? s : SourceDecoding.decodeBuffer(source, "<string>");
        if (text == null) {
            throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        Strings.requireUtf8(text); // CPython compiles the UTF-8 form of a str
        return text;
    }

    /** exec and eval: compile if needed, then run in the given (or the caller's) namespaces. */
    private static Object run(Object source, Object globalsArg, Object localsArg, String mode, Object closureArg) {
        Frame caller = current();
        checkNamespaces(globalsArg, localsArg, mode);
        PyDict globals;
        Object locals;
        if (globalsArg == null || globalsArg == PyTypes.NONE) {
            globals = caller.globals;
            locals = localsArg == null || localsArg == PyTypes.NONE ? locals(caller) : localsArg;
        } else {
            globals = (PyDict) BuiltinSubclasses.valueOf(globalsArg);
            // A dict subclass serves as the globals' storage, and as itself for the names the code looks up.
            locals = localsArg == null || localsArg == PyTypes.NONE ? globalsArg : localsArg;
        }
        if (globals.get("__builtins__") == null) {
            globals.put("__builtins__", ThreadState.current().context.builtins);
        }
        String text = source instanceof Code ? null : sourceText(source, mode);
        if (closureArg != null && closureArg != PyTypes.NONE && text != null) {
            throw Errors.typeError("closure can only be used when source is a code object");
        }
        // eval() skips the spaces and tabs its string starts with; compile() and exec() do not.
        Code code = text == null ? (Code) source
                : compile(mode.equals("eval") ? text.replaceFirst("^[ \t]+", "") : text, "<string>", mode, -1);
        return Execution.runCode(ThreadState.current(), code, globals, locals, closureCells(code, mode, closureArg));
    }

    /** The namespace arguments' types, checked in CPython's order and words, which differ between eval and exec. */
    private static void checkNamespaces(Object globalsArg, Object localsArg, String mode) {
        boolean globalsGiven = globalsArg != null && globalsArg != PyTypes.NONE;
        boolean globalsOk = !globalsGiven || BuiltinSubclasses.valueOf(globalsArg) instanceof PyDict;
        boolean localsOk = localsArg == null || localsArg == PyTypes.NONE || isMapping(localsArg);
        if (mode.equals("eval")) {
            if (!localsOk) {
                throw Errors.typeError("locals must be a mapping");
            }
            if (!globalsOk) {
                throw Errors.typeError(isMapping(globalsArg) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                        : "globals must be a dict");
            }
        } else if (!globalsOk) {
            throw Errors.typeError("exec() globals must be a dict, not " + Ops.typeName(globalsArg));
        } else if (!localsOk) {
            throw Errors.typeError("locals must be a mapping or None, not " + Ops.typeName(localsArg));
        }
    }

    /** CPython's mapping check: the type supports subscription. */
    private static boolean isMapping(Object o) {
        return Ops.type(o).lookup("__getitem__") != null;
    }

    /** exec's {@code closure=}: one cell per free variable of the code, which nothing else could provide. */
    private static PyCell[] closureCells(Code code, String mode, Object closureArg) {
        if (code.freevars.length == 0) {
            if (closureArg != null && closureArg != PyTypes.NONE) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        if (mode.equals("eval")) {
            throw Errors.typeError("code object passed to eval() may not contain free variables");
        }
        PyCell[] cells = new PyCell[code.freevars.length];
        if (closureArg instanceof PyTuple t && t.size() == cells.length) {
            for (int i = 0; i < cells.length && t.get(i) instanceof PyCell c; i++) {
                cells[i] = c;
            }
        }
        if (cells[cells.length - 1] == null) {
            throw Errors.typeError("code object requires a closure of exactly length " + cells.length);
        }
        return cells;
    }

    /** super() with no arguments reads the calling method's first argument and its __class__ cell. */
    static Object superObject(Object type, Object obj) {
        if (type != null) {
            if (!(type instanceof PyType t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + Ops.typeName(type));
            }
            return new PySuper(t, obj == PyTypes.NONE ? null : obj);
        }
        Frame f = current();
        Code code = f.code;
        if (code.argcount == 0 && (code.flags & Code.FLAG_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        Object first = f.local(0);
        for (int i = 0; i < code.cellvars.length; i++) {
            if (code.cellParams[i] == 0) {
                first = ((PyCell) f.slots[code.nlocals() + i]).value;
            }
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        int classCell = -1;
        for (int i = 0; i < code.freevars.length; i++) {
            if (code.freevars[i].equals("__class__")) {
                classCell = code.nlocals() + code.cellvars.length + i;
            }
        }
        if (classCell < 0) {
            throw Errors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = ((PyCell) f.slots[classCell]).value;
        if (!(cls instanceof PyType t)) {
            throw Errors.runtimeError("super(): empty __class__ cell");
        }
        return new PySuper(t, first);
    }
}

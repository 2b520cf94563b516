package dev.krait.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * The builtins module's contents that need neither the compiler nor an interpreter frame. The interpreter adds
 * the rest (exec, eval, compile, globals, locals, vars, super, __build_class__, __import__, breakpoint, and
 * {@code dir()} without an argument).
 */
public final class Builtins {
    private Builtins() {}

    /** The default {@code hasattr} passes to {@link #getattr}, to learn whether the attribute exists. */
    private static final Object ABSENT = new Object();

    /** Fills a context's builtins dict. */
    public static void install(PyDict builtins) {
        builtins.put("None", Ops.NONE);
        builtins.put("True", Boolean.TRUE);
        builtins.put("False", Boolean.FALSE);
        builtins.put("Ellipsis", PyTypes.ELLIPSIS);
        builtins.put("NotImplemented", Ops.NOT_IMPLEMENTED);
        builtins.put("__debug__", Boolean.TRUE);
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) {
            builtins.put(e.getKey(), e.getValue());
        }
        builtins.put("EnvironmentError", ExceptionTypes.OS_ERROR);
        builtins.put("IOError", ExceptionTypes.OS_ERROR);
        for (PyType t : new PyType[] {PyTypes.BOOL, PyByteArray.TYPE, PyBytes.TYPE, PyClassMethod.TYPE,
            PyComplex.TYPE, PyTypes.DICT, BuiltinIterators.ENUMERATE, BuiltinIterators.FILTER, PyTypes.FLOAT,
            PyTypes.FROZENSET, PyTypes.INT, PyTypes.LIST, BuiltinIterators.MAP, PyMemoryView.TYPE, PyTypes.OBJECT,
            PyProperty.TYPE,
            PyTypes.RANGE, BuiltinIterators.REVERSED, PyTypes.SET, PyTypes.SLICE, PyStaticMethod.TYPE, PyTypes.STR,
            PyTypes.TUPLE, PyTypes.TYPE, BuiltinIterators.ZIP}) {
            builtins.put(t.name, t);
        }
        installFunctions(builtins);
        // The site module's additions come last, as in CPython's builtins namespace.
        builtins.put("quit", new Quitter("quit"));
        builtins.put("exit", new Quitter("exit"));
        SitePrinter.install(builtins);
        builtins.put("help", new Helper());
    }

    private static void installFunctions(PyDict b) {
        addCountedCall(b, "abs(x, /)", a -> BuiltinMath.abs(a[0]));
        addCountedCall(b, "all(iterable, /)", a -> Aggregates.all(a[0]));
        addCountedCall(b, "any(iterable, /)", a -> Aggregates.any(a[0]));
        addCountedCall(b, "ascii(obj, /)", a -> StrRepr.escapeNonAscii(Ops.repr(a[0])));
        addCountedCall(b, "bin(number, /)", a -> radix(a[0], 2, "0b"));
        addCountedCall(b, "callable(obj, /)", a -> Ops.isCallable(a[0]));
        addCountedCall(b, "chr(i, /)", a -> chr(a[0]));
        add(b, "delattr(obj, name, /)", a -> {
            Attributes.set(a[0], ObjectMethods.attrName(a[1]), null);
            return Ops.NONE;
        });
        add(b, "dir(object=<unrepresentable>, /)", a -> {
            if (a[0] == null) {
                throw Errors.raise(ExceptionTypes.SYSTEM_ERROR, "dir() without arguments needs the interpreter");
            }
            return dir(a[0]);
        });
        add(b, "divmod(x, y, /)", a -> BuiltinMath.divmod(a[0], a[1]));
        add(b, "format(value, format_spec='', /)", a -> {
            Object spec = BuiltinSubclasses.valueOf(a[1]);
            if (spec != null && !(spec instanceof String)) {
                throw Errors.argumentType("format() argument 2", "str", a[1]);
            }
            return Formatting.format(a[0], spec == null ? "" : (String) spec);
        });
        add(b, "getattr(object, name, default=<unrepresentable>, /)", a -> getattr(a[0], a[1], a[2]));
        add(b, "hasattr(obj, name, /)", a -> getattr(a[0], a[1], ABSENT) != ABSENT);
        addCountedCall(b, "hash(obj, /)", a -> Ops.hash(a[0]));
        addCountedCall(b, "hex(number, /)", a -> radix(a[0], 16, "0x"));
        addCountedCall(b, "id(obj, /)", a -> Introspection.id(a[0]));
        add(b, "input(prompt='', /)", a -> ConsoleIO.input(a[0]));
        add(b, "isinstance(obj, class_or_tuple, /)", a -> TypeChecks.isInstance(a[0], a[1]));
        add(b, "issubclass(cls, class_or_tuple, /)", a -> TypeChecks.isSubclass(a[0], a[1]));
        add(b, "iter(object, sentinel=<unrepresentable>, /)",
                a -> a[1] == null ? Iteration.iter(a[0]) : BuiltinIterators.callableIterator(a[0], a[1]));
        add(b, "len(obj, /)", a -> len(a[0]));
        add(b, "max(*args, **kwargs)", a -> Aggregates.minMax(a, true));
        add(b, "min(*args, **kwargs)", a -> Aggregates.minMax(a, false));
        add(b, "next(iterator, default=<unrepresentable>, /)", a -> next(a[0], a[1]));
        addCountedCall(b, "oct(number, /)", a -> radix(a[0], 8, "0o"));
        add(b, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, "
                + "opener=None)", FileOpen::open);
        addCountedCall(b, "ord(c, /)", a -> ord(a[0]));
        add(b, "pow(base, exp, mod=None)", a -> BuiltinMath.pow(a[0], a[1], a[2]));
        add(b, "print(*args, sep=' ', end='\\n', file=None, flush=False)", ConsoleIO::print);
        addCountedCall(b, "repr(obj, /)", a -> Ops.repr(a[0]));
        add(b, "round(number, ndigits=None)", a -> Rounding.round(a[0], a[1]));
        add(b, "setattr(obj, name, value, /)", a -> {
            Attributes.set(a[0], ObjectMethods.attrName(a[1]), a[2]);
            return Ops.NONE;
        });
        add(b, "sorted(*args, **kwargs)", Aggregates::sorted);
        add(b, "sum(iterable, /, start=0)", Aggregates::sum);
    }

    private static void add(PyDict builtins, String signature, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(signature, body);
        builtins.put(f.name, f);
    }

    /**
     * Adds a built-in that CPython implements as a one-argument C function (METH_O), whose calls count a level of
     * recursion ("while calling a Python object") besides whatever the argument's special methods run: recursion
     * through {@code hash(self)} in a {@code __hash__} reaches half the depth of a plain one, as in CPython.
     */
    private static void addCountedCall(PyDict builtins, String signature, PyBuiltinFunction.Body body) {
        add(builtins, signature, a -> {
            if (a[0] instanceof String || a[0] instanceof Long || a[0] instanceof Double || a[0] instanceof Boolean) {
                // No Python code can run for these: the level would only matter at the limit itself.
                return body.call(a);
            }
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(ThreadState.CALLING_OBJECT);
            try {
                return body.call(a);
            } finally {
                ts.leaveRecursiveCall();
            }
        });
    }

    /** {@code len(obj)}: built-in sizes directly; a {@code __len__} result goes through {@code __index__}. */
    public static long len(Object obj) {
        if (obj instanceof PyRange r) {
            return r.size();
        }
        if (obj instanceof String || obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict) {
            return Ops.len(obj);
        }
        Object m = Ops.type(obj).lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + Ops.typeName(obj) + "' has no len()");
        }
        Object n = Ops.index(Ops.callMethod(m, obj));
        if (Numbers.big(n).signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!(n instanceof Long size)) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return size;
    }

    /** {@code getattr(obj, name, default)}; without a default (null) a missing attribute raises. */
    static Object getattr(Object obj, Object name, Object dflt) {
        String attr = ObjectMethods.attrName(name);
        if (dflt == null) {
            return Attributes.get(obj, attr);
        }
        try {
            Object v = Attributes.find(obj, attr);
            return v != null ? v : dflt;
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return dflt;
            }
            throw e;
        }
    }

    /** {@code dir(obj)}: the object's {@code __dir__}, sorted (the interpreter's {@code dir()} reuses it). */
    public static PyList dir(Object obj) {
        PyList names = Iteration.toList(Ops.callSpecial(obj, "__dir__"));
        Sorting.sort(names, null, false);
        return names;
    }

    /** {@code next(it, default)}; a user iterator's own StopIteration propagates when there is no default. */
    private static Object next(Object it, Object dflt) {
        if (!(it instanceof PyIterator) && Ops.type(it).lookup("__next__") == null) {
            throw Errors.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        }
        if (dflt == null) {
            // __next__ itself raises StopIteration, carrying a generator's return value.
            return Ops.callSpecial(it, "__next__");
        }
        Object v = Iteration.next(it);
        if (v != null) {
            return v;
        }
        if (dflt == null) {
            throw Errors.stopIteration();
        }
        return dflt;
    }

    /** {@code bin}/{@code oct}/{@code hex}: sign, prefix, digits. */
    private static String radix(Object number, int radix, String prefix) {
        BigInteger v = Numbers.big(Ops.index(number));
        String digits = v.abs().toString(radix);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }

    private static String chr(Object i) {
        int c = SequenceMethods.cInt(i);
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return Strings.ofCodePoint(c);
    }

    private static long ord(Object c) {
        int length;
        Object v = BuiltinSubclasses.valueOf(c);
        if (v instanceof String s) {
            length = Strings.length(s);
            if (length == 1) {
                return s.codePointAt(0);
            }
        } else if (v instanceof PyBytes || v instanceof PyByteArray) {
            byte[] bytes = BytesOps.bytesOf(v);
            length = BytesOps.lengthOf(v);
            if (length == 1) {
                return bytes[0] & 0xff;
            }
        } else {
            throw Errors.typeError("ord() expected string of length 1, but " + Ops.typeName(c) + " found");
        }
        throw Errors.typeError("ord() expected a character, but string of length " + length + " found");
    }
}

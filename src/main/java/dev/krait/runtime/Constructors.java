package dev.krait.runtime;

/**
 * Registers the {@code __new__} and {@code __init__} entries of built-in types. Their signatures are written
 * with the type's name ({@code "list(self, iterable=(), /)"}) so that argument errors read as CPython's do:
 * "list expected at most 1 argument, got 2".
 */
final class Constructors {
    private Constructors() {}

    /**
     * {@code __new__}: a plain function whose first parameter is the class being instantiated, which must be
     * {@code t} or a subclass (the body may rely on that: {@link #checkNewArguments} sees to it).
     */
    static void newFunction(PyType t, String signature, PyBuiltinFunction.Body body) {
        t.dict().put("__new__", new PyBuiltinFunction(Signature.parseBound(signature), null, body));
    }

    /** Called once a built-in type is initialised: its own {@code __new__}, if a built-in function, checks its calls. */
    static void markNew(PyType t) {
        if (t.dict().get("__new__") instanceof PyBuiltinFunction f && f.owner == null && f.newOf == null) {
            f.newOf = t;
        }
    }

    /**
     * The checks of CPython's {@code tp_new_wrapper} on a call of built-in type {@code t}'s {@code __new__}: the
     * first argument must be {@code t} or a subtype whose instances {@code t}'s {@code __new__} can make (not
     * {@code int.__new__(bool)}: the first base up the chain not defining {@code __new__} in Python must have
     * the same {@code __new__} as {@code t}).
     */
    static void checkNewArguments(PyType t, Object[] args, String[] kwnames) {
        Object first = args.length > (kwnames == null ? 0 : kwnames.length) ? args[0] : null;
        if (first == t) {
            return;
        }
        if (first == null) {
            throw Errors.typeError(t.name + ".__new__(): not enough arguments");
        }
        if (!(first instanceof PyType cls)) {
            throw Errors.typeError(t.name + ".__new__(X): X is not a type object (" + Ops.typeName(first) + ")");
        }
        if (!cls.isSubtypeOf(t)) {
            throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of "
                    + t.name);
        }
        PyType staticBase = cls;
        while (!(staticBase.lookup("__new__") instanceof PyBuiltinFunction) && staticBase.base() != null) {
            staticBase = staticBase.base();
        }
        Object own = t.dict().get("__new__");
        if (staticBase.lookup("__new__") != own && t != PyTypes.OBJECT) {
            throw Errors.typeError(t.name + ".__new__(" + cls.name + ") is not safe, use " + staticBase.name
                    + ".__new__()");
        }
    }

    /**
     * The one optional argument of {@code __new__} for tuple, float and frozenset, whose signature is
     * {@code (cls, /, *args, **kwargs)}: keyword arguments are refused unless a subclass defines its own
     * {@code __init__} (which receives them), and {@code name} words the error for extra positional arguments.
     */
    static Object optionalArgument(Object[] a, PyType builtin, String name) {
        PyType cls = (PyType) a[0];
        if (((PyDict) a[2]).size() > 0 && cls.lookup("__init__") == builtin.lookup("__init__")) {
            throw Errors.typeError(builtin.name + "() takes no keyword arguments");
        }
        PyTuple args = (PyTuple) a[1];
        if (args.size() > 1) {
            throw Errors.typeError(name + " expected at most 1 argument, got " + args.size());
        }
        return args.size() == 0 ? null : args.get(0);
    }

    /** {@code __init__}: a method whose first parameter is the new instance. */
    static void initMethod(PyType t, String signature, PyBuiltinFunction.Body body) {
        t.dict().put("__init__", PyBuiltinFunction.initOf(t, Signature.parseBound(signature), body, false));
    }
}

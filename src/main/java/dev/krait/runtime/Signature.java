package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a built-in function, written as Python text, e.g. {@code "split(self, sep=None,
 * maxsplit=-1)"} or {@code "divmod(x, y, /)"}. {@link #bind} maps a call's positional and keyword arguments onto
 * one slot per parameter (null for an omitted optional one; the body applies the default) and raises the
 * TypeError that CPython raises for the same mistake. Default texts after '=' are documentation only.
 */
public final class Signature {
    /** The name in error messages: "len", or "list.append" for a method. */
    final String displayName;
    private final String[] names;
    private final int posOnly;
    private final int positional;
    private final int required;
    private final boolean varargs;
    private final boolean varkw;
    private final int kwOnlyRequired;
    /** Index of the first parameter a caller sees (1 for methods: self is supplied by the binding). */
    private final int shown;
    /** How CPython words this function's argument-count errors. */
    private final Wording wording;
    /** The parameters as declared, between the parentheses ({@code "self, /, sep=None"}), for help(). */
    final String parameterText;

    private enum Wording {
        /** Argument Clinic's: "divmod expected 2 arguments, got 1", "len() takes exactly one argument". */
        CLINIC,
        /** A type's constructor: "list expected at most 1 argument, got 2", even with one parameter. */
        CONSTRUCTOR,
        /** PyArg_ParseTuple's, used by a few methods such as str.find: "find() takes at least 1 argument". */
        PARSE_TUPLE,
        /**
         * A slot wrapper's ({@code int.__add__}): "expected 1 argument, got 0" when it takes none or one, else
         * PyArg_UnpackTuple's with an empty name (" expected 2 arguments, got 1"); keywords are "wrapper
         * __add__() takes no keyword arguments".
         */
        SLOT_WRAPPER,
        /** The sequence-repeat slot wrappers ({@code list.__mul__}), always PyArg_UnpackTuple's wording. */
        SLOT_WRAPPER_UNPACK
    }

    private boolean isSlotWrapper() {
        return wording == Wording.SLOT_WRAPPER || wording == Wording.SLOT_WRAPPER_UNPACK;
    }

    private Signature(String displayName, String[] names, int posOnly, int positional, int required,
                      boolean varargs, boolean varkw, int kwOnlyRequired, int shown, Wording wording,
                      String parameterText) {
        this.displayName = displayName;
        this.parameterText = parameterText;
        this.names = names;
        this.posOnly = posOnly;
        this.positional = positional;
        this.required = required;
        this.varargs = varargs;
        this.varkw = varkw;
        this.kwOnlyRequired = kwOnlyRequired;
        this.shown = shown;
        this.wording = wording;
    }

    /** Parses {@code "name(params)"}; {@code owner} is the type name for methods (whose first parameter is self). */
    public static Signature parse(String text, String owner) {
        boolean slot = owner != null && isSlotWrapper(owner, text.substring(0, text.indexOf('(')));
        String name = text.substring(0, text.indexOf('('));
        Wording wording = !slot ? Wording.CLINIC
                : SEQUENCE_REPEAT.contains(owner + "." + name) ? Wording.SLOT_WRAPPER_UNPACK : Wording.SLOT_WRAPPER;
        return parse(text, owner, owner == null ? 0 : 1, wording);
    }

    /** The method names CPython's built-in types get from their type slots (slotdefs in typeobject.c). */
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of("__getattribute__", "__getattr__",
            "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__",
            "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__",
            "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__",
            "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__",
            "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
            "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
            "__int__", "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__",
            "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__",
            "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__",
            "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__");
    /** Slot-named methods that CPython defines as ordinary methods too (METH_COEXIST), which then win. */
    private static final java.util.Set<String> COEXISTING = java.util.Set.of("dict.__getitem__",
            "dict.__contains__", "list.__getitem__", "set.__contains__", "frozenset.__contains__");

    /** The sequence-repeat slots, whose wrappers take their argument with PyArg_UnpackTuple. */
    private static final java.util.Set<String> SEQUENCE_REPEAT = java.util.Set.of("list.__mul__", "list.__rmul__",
            "list.__imul__", "tuple.__mul__", "tuple.__rmul__", "str.__mul__", "str.__rmul__", "bytes.__mul__",
            "bytes.__rmul__", "bytearray.__mul__", "bytearray.__rmul__", "bytearray.__imul__");

    /** Whether method {@code name} of built-in type {@code owner} is what CPython makes a slot wrapper. */
    static boolean isSlotWrapper(String owner, String name) {
        return SLOT_NAMES.contains(name) && !COEXISTING.contains(owner + "." + name);
    }

    /**
     * Parses the signature of a function whose first parameter (a class or instance) is supplied by the
     * binding, and which errors name as the text does: a type's {@code __new__}/{@code __init__} written with the
     * type's name ({@code "enumerate(cls, iterable, start=0)"}, so "list expected at most 1 argument, got 2"),
     * or a built-in class method.
     */
    public static Signature parseBound(String text) {
        return parse(text, null, 1, Wording.CONSTRUCTOR);
    }

    /**
     * Parses the signature of a class method of built-in type {@code owner}, whose first parameter is the class
     * and whose errors name it as CPython does: "float.fromhex() takes exactly one argument (0 given)".
     */
    public static Signature parseClassMethod(String text, String owner) {
        return parse(text, owner, 1, Wording.CLINIC);
    }

    /** Parses the signature of a built-in static method such as {@code str.maketrans}: errors name the owner. */
    public static Signature parseStaticMethod(String text, String owner) {
        return parse(text, owner, 0, Wording.CLINIC);
    }

    /** Parses the signature of a method whose argument-count errors CPython words as PyArg_ParseTuple does. */
    public static Signature parseTupleStyle(String text, String owner) {
        return parse(text, owner, 1, Wording.PARSE_TUPLE);
    }

    private static Signature parse(String text, String owner, int shown, Wording wording) {
        int open = text.indexOf('(');
        String name = text.substring(0, open);
        String inner = text.substring(open + 1, text.length() - 1).trim();
        List<String> names = new ArrayList<>();
        int posOnly = 0;
        int positional = -1;
        int required = 0;
        boolean varargs = false;
        boolean varkw = false;
        int kwOnlyRequired = 0;
        boolean kwOnly = false;
        if (!inner.isEmpty()) {
            for (String raw : inner.split(",")) {
                String p = raw.trim();
                if (p.equals("/")) {
                    posOnly = names.size();
                } else if (p.equals("*")) {
                    positional = names.size();
                    kwOnly = true;
                } else if (p.startsWith("**")) {
                    varkw = true;
                    names.add(p.substring(2));
                } else if (p.startsWith("*")) {
                    positional = names.size();
                    varargs = true;
                    kwOnly = true;
                    names.add(p.substring(1));
                } else {
                    boolean hasDefault = p.contains("=");
                    names.add(hasDefault ? p.substring(0, p.indexOf('=')).trim() : p);
                    if (!hasDefault) {
                        if (kwOnly) {
                            kwOnlyRequired++;
                        } else {
                            required = names.size();
                        }
                    }
                }
            }
        }
        if (positional < 0) {
            positional = names.size() - (varkw ? 1 : 0);
        }
        return new Signature(owner == null ? name : owner + "." + name, names.toArray(new String[0]), posOnly,
                positional, required, varargs, varkw, kwOnlyRequired, shown, wording, inner);
    }

    /** The short name: "append" for "list.append". */
    String shortName() {
        int dot = displayName.lastIndexOf('.');
        return dot < 0 ? displayName : displayName.substring(dot + 1);
    }

    /** Number of slots {@link #bind} fills. */
    int slots() {
        return names.length;
    }

    /**
     * Binds {@code args} (positional values followed by the values of {@code kwnames}) to parameter slots. For
     * methods, args[0] is self.
     */
    Object[] bind(Object[] args, String[] kwnames) {
        return bind(args, kwnames, null);
    }

    /**
     * Binds the arguments of a call through a bound method object ({@code m = l.append; m(...)}, or
     * {@code l.append(**kw)}) of {@code boundSelf} (as given), whose errors CPython words with the type of self:
     * "L.append() takes exactly one argument" for a subclass L, and only "count()" when a PyArg_ParseTuple method
     * refuses keywords. A null {@code boundSelf} is a call of the function itself (or {@code obj.m(...)}).
     */
    Object[] bind(Object[] args, String[] kwnames, Object boundSelf) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw == 0 && positional == names.length && npos <= positional && npos >= required) {
            // Only positional parameters, none missing: the optional ones left out stay null.
            return npos == positional ? args : java.util.Arrays.copyOf(args, positional);
        }
        if (nkw > 0 && posOnly == names.length - (varargs ? 1 : 0) && !varkw) {
            // Checked first, as CPython's calling convention for such functions refuses keywords up front.
            throw Errors.typeError((isSlotWrapper() ? "wrapper " + shortName()
                    : boundSelf != null && parsesTuple() ? shortName() : functionName(boundSelf))
                    + "() takes no keyword arguments");
        }
        Object[] out = new Object[names.length];
        int fixed = Math.min(npos, positional);
        if (npos > positional && !varargs) {
            throw tooMany(npos, nkw, boundSelf);
        }
        System.arraycopy(args, 0, out, 0, fixed);
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - positional)];
            if (extra.length > 0) {
                System.arraycopy(args, positional, extra, 0, extra.length);
            }
            out[positional] = PyTuple.of(extra);
        }
        PyDict extraKw = varkw ? new PyDict() : null;
        int given = npos - shown + nkw;
        if (nkw > 0 && !varargs && !varkw && given > names.length - shown) {
            int max = names.length - shown;
            throw Errors.typeError(shortName() + "() takes at most " + max + (npos == shown ? " keyword" : "")
                    + " argument" + (max == 1 ? "" : "s") + " (" + given + " given)");
        }
        int keywordOnly = names.length - positional - (varargs ? 1 : 0) - (varkw ? 1 : 0);
        if (nkw > keywordOnly && varargs && !varkw && wording == Wording.CONSTRUCTOR) {
            // An exception's __init__ (NameError's) parses only its keywords, with PyArg_ParseTupleAndKeywords.
            throw Errors.typeError(shortName() + "() takes at most " + keywordOnly + " keyword argument"
                    + (keywordOnly == 1 ? "" : "s") + " (" + nkw + " given)");
        }
        // As in CPython, a missing argument is reported before a duplicated or unknown keyword.
        String duplicate = null;
        String invalid = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int slot = indexOf(kw);
            if (slot < 0 || slot < posOnly) {
                if (extraKw != null) {
                    extraKw.put(kw, args[npos + k]);
                } else if (invalid == null) {
                    invalid = "'" + kw + "' is an invalid keyword argument for " + shortName() + "()";
                }
            } else if (out[slot] != null) {
                if (duplicate == null) {
                    duplicate = "argument for " + shortName() + "() given by name ('" + kw + "') and position ("
                            + (slot + 1 - shown) + ")";
                }
            } else {
                out[slot] = args[npos + k];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && isRequired(i)) {
                throw missing(i, npos, boundSelf);
            }
        }
        if (duplicate != null || invalid != null) {
            throw Errors.typeError(duplicate != null ? duplicate : invalid);
        }
        if (varkw) {
            out[names.length - 1] = extraKw;
        }
        return out;
    }

    /**
     * How CPython's _PyObject_FunctionStr names this function: a bound method by the type of self, or by self
     * itself when that is a class (a class method such as float.fromhex).
     */
    private String functionName(Object boundSelf) {
        if (boundSelf == null || shown == 0) {
            return displayName;
        }
        PyType type = boundSelf instanceof PyType t ? t : Ops.type(boundSelf);
        return type.qualname() + "." + shortName();
    }

    /** Whether CPython parses this method's arguments as a tuple (METH_VARARGS: str.find, set.union). */
    private boolean parsesTuple() {
        return wording == Wording.PARSE_TUPLE || varargs;
    }

    private boolean isRequired(int i) {
        if (i < required) {
            return true;
        }
        if (i >= positional + (varargs ? 1 : 0) && !(varkw && i == names.length - 1)) {
            return i - positional - (varargs ? 1 : 0) < kwOnlyRequired;
        }
        return false;
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name) && !(varargs && i == positional) && !(varkw && i == names.length - 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether every parameter is positional-only (besides *args/**kwargs), so that Argument Clinic checks the
     * count with _PyArg_CheckPositional ("divmod expected 2 arguments, got 1"); with keyword-only parameters as
     * well ({@code exec}) it words the count as _PyArg_UnpackKeywords does, like any other signature.
     */
    private boolean allPositionalOnly() {
        return posOnly >= positional && names.length == positional + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /** The error for {@code given} positional arguments (more than accepted) and {@code nkw} keyword ones. */
    private PyException tooMany(int given, int nkw, Object boundSelf) {
        int max = positional - shown;
        int min = required - shown;
        int got = given - shown;
        if (max == 0 && names.length > positional) {
            // Argument Clinic counts all the arguments against all the parameters first.
            int maxArgs = names.length - shown - (varkw ? 1 : 0);
            if (!varargs && !varkw && got + nkw > maxArgs) {
                return Errors.typeError(shortName() + "() takes at most " + maxArgs + " argument"
                        + (maxArgs == 1 ? "" : "s") + " (" + (got + nkw) + " given)");
            }
            return Errors.typeError(shortName() + "() takes no positional arguments");
        }
        if (allPositionalOnly() && isSlotWrapper()) {
            return Errors.typeError(expected(min, max, got));
        }
        if (allPositionalOnly() && max == 0) {
            return Errors.typeError(functionName(boundSelf) + "() takes no arguments (" + got + " given)");
        }
        if (allPositionalOnly() && max == 1 && min == 1 && wording == Wording.CLINIC) {
            return Errors.typeError(functionName(boundSelf) + "() takes exactly one argument (" + got + " given)");
        }
        if (allPositionalOnly()) {
            return Errors.typeError(expected(min, max, got));
        }
        int maxArgs = names.length - shown - (varkw ? 1 : 0);
        if (got + nkw > maxArgs) {
            return Errors.typeError(shortName() + "() takes at most " + maxArgs + " argument"
                    + (maxArgs == 1 ? "" : "s") + " (" + (got + nkw) + " given)");
        }
        // Fewer parameters than given could be keyword-only ones.
        return Errors.typeError(shortName() + "() takes " + (min < max ? "at most " : "exactly ") + max
                + " positional argument" + (max == 1 ? "" : "s") + " (" + got + " given)");
    }

    private String expected(int min, int max, int got) {
        if (wording == Wording.PARSE_TUPLE) {
            String what = min == max ? "exactly" : got < min ? "at least" : "at most";
            int n = got < min ? min : max;
            return shortName() + "() takes " + what + " " + n + " argument" + (n == 1 ? "" : "s") + " (" + got
                    + " given)";
        }
        String what = min == max ? "" + max : got < min ? "at least " + min : "at most " + max;
        int n = got < min ? min : max;
        if (isSlotWrapper()) {
            return (min == max && max <= 1 && wording == Wording.SLOT_WRAPPER ? "" : " ") + "expected " + what + " argument" + (n == 1 ? "" : "s")
                    + ", got " + got;
        }
        return shortName() + " expected " + what + " argument" + (n == 1 ? "" : "s") + ", got " + got;
    }

    /** The error for missing parameter {@code i} when {@code npos} positional arguments were given. */
    private PyException missing(int i, int npos, Object boundSelf) {
        int min = required - shown;
        int max = positional - shown;
        if (allPositionalOnly()) {
            if (max == 1 && min == 1 && wording == Wording.CLINIC) {
                return Errors.typeError(functionName(boundSelf) + "() takes exactly one argument (0 given)");
            }
            return Errors.typeError(expected(min, max, npos - shown));
        }
        if (i >= positional) {
            return Errors.typeError(shortName() + "() missing required keyword-only argument '" + names[i] + "'");
        }
        if (i < posOnly) {
            return Errors.typeError(shortName() + "() takes " + (min < max ? "at least " : "exactly ") + min
                    + " positional argument" + (min == 1 ? "" : "s") + " (" + (npos - shown) + " given)");
        }
        return Errors.typeError(shortName() + "() missing required argument '" + names[i] + "' (pos "
                + (i + 1 - shown) + ")");
    }
}

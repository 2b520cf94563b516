package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.Consumer;

/**
 * Methods and attributes of BaseException, and the initialisers of the subclasses with behaviour of their own
 * (KeyError's str, StopIteration.value, SystemExit.code, NameError/AttributeError/ImportError's keyword
 * attributes; OSError, SyntaxError and the Unicode errors are in {@link ErrorAttributes}).
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void init(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)",
                a -> newException((PyType) a[0], (PyTuple) a[1])));
        method(t, "__init__(self, *args, **kwargs)", a -> {
            refuseKeywords(a[0], a[2]);
            ((PyBaseException) a[0]).args = (PyTuple) a[1];
            return Ops.NONE;
        });
        method(t, "__str__(self, /)", a -> argsText(((PyBaseException) a[0]).args));
        method(t, "__repr__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            String name = e.type().name;
            if (e.args.size() == 1) {
                return name + "(" + Ops.repr(e.args.get(0)) + ")";
            }
            return name + Ops.repr(e.args);
        });
        method(t, "with_traceback(self, tb, /)", a -> {
            if (a[1] != Ops.NONE && !(a[1] instanceof PyTraceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) a[0]).traceback = a[1] == Ops.NONE ? null : (PyTraceback) a[1];
            return a[0];
        });
        method(t, "add_note(self, note, /)", a -> {
            if (!(a[1] instanceof String)) {
                throw Errors.typeError("note must be a str, not '" + Ops.typeName(a[1]) + "'");
            }
            PyDict d = ((PyBaseException) a[0]).dict;
            Object notes = d.get("__notes__");
            if (notes == null) {
                notes = new PyList();
                d.put("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(a[1]);
            return Ops.NONE;
        });
        // (type, args), plus the instance dict when it has entries: what pickling an exception recreates it from.
        method(t, "__reduce__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            return e.dict.size() == 0 ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, e.dict);
        });
        method(t, "__setstate__(self, state, /)", a -> {
            if (a[1] != Ops.NONE) {
                if (!(a[1] instanceof PyDict state)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                for (int i = state.next(0); i >= 0; i = state.next(i + 1)) {
                    Attributes.set(a[0], ObjectMethods.attrName(state.keyAt(i)), state.valueAt(i));
                }
            }
            return Ops.NONE;
        });
        registerContextAttributes(t);
        t.dict().put("__doc__", "Common base class for all exceptions");
    }

    static PyBaseException newException(PyType cls, PyTuple args) {
        PyBaseException e = (PyBaseException) cls.instanceFactory.apply(cls);
        e.args = args;
        return e;
    }

    /** BaseException's str: nothing, the one argument, or the args tuple. */
    static String argsText(PyTuple args) {
        return args.size() == 0 ? "" : args.size() == 1 ? Ops.str(args.get(0)) : Ops.str(args);
    }

    private static void registerContextAttributes(PyType t) {
        PyGetSet.writable(t, "args", o -> ((PyBaseException) o).args, (o, v) -> {
            if (v == null) {
                throw Errors.typeError("args may not be deleted");
            }
            ((PyBaseException) o).args = PyTuple.of(Iteration.toArray(v).clone());
        });
        PyGetSet.writable(t, "__traceback__", o -> orNone(((PyBaseException) o).traceback), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("__traceback__ may not be deleted");
            }
            if (v != Ops.NONE && !(v instanceof PyTraceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) o).traceback = v == Ops.NONE ? null : (PyTraceback) v;
        });
        PyGetSet.writable(t, "__cause__", o -> orNone(((PyBaseException) o).cause), (o, v) -> {
            ((PyBaseException) o).cause = asException(undeletable(v, "__cause__"), "cause");
            ((PyBaseException) o).suppressContext = true;
        });
        PyGetSet.writable(t, "__context__", o -> orNone(((PyBaseException) o).context),
                (o, v) -> ((PyBaseException) o).context = asException(undeletable(v, "__context__"), "context"));
        PyGetSet.writableMember(t, "__suppress_context__", o -> ((PyBaseException) o).suppressContext, (o, v) -> {
            if (v == null) {
                throw Errors.typeError("can't delete numeric/char attribute");
            }
            ((PyBaseException) o).suppressContext = Ops.isTrue(v);
        });
        PyGetSet.writable(t, "__dict__", o -> ((PyBaseException) o).dict, (o, v) -> {
            if (!(BuiltinSubclasses.valueOf(undeletable(v, "__dict__")) instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(v) + "'");
            }
            // The exception keeps its own dict object, refilled with the new contents.
            PyDict own = ((PyBaseException) o).dict;
            PyDict source = d.copy();
            own.clear();
            for (int e = source.next(0); e >= 0; e = source.next(e + 1)) {
                own.put(source.keyAt(e), source.valueAt(e));
            }
        });
    }

    /** The value being set; deleting (null) is refused with CPython's message. */
    private static Object undeletable(Object v, String attr) {
        if (v == null) {
            throw Errors.typeError(attr.equals("__dict__") ? "cannot delete __dict__" : attr + " may not be deleted");
        }
        return v;
    }

    static Object orNone(Object o) {
        return o == null ? Ops.NONE : o;
    }

    private static PyBaseException asException(Object v, String what) {
        if (v == Ops.NONE) {
            return null;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("exception " + what + " must be None or derive from BaseException");
    }

    /**
     * The keyword check of an exception's {@code __init__} that takes none (BaseException's and most others'):
     * CPython names the instance's type, "SyntaxError() takes no keyword arguments".
     */
    static void refuseKeywords(Object self, Object kwargs) {
        if (((PyDict) kwargs).size() > 0) {
            throw Errors.typeError(Ops.typeName(self) + "() takes no keyword arguments");
        }
    }

    /** An attribute kept in the exception's dict, None until set. */
    static void field(PyType t, String name) {
        PyGetSet.writableMember(t, name, o -> orNone(((PyBaseException) o).dict.get(name)),
                (o, v) -> ((PyBaseException) o).dict.put(name, v == null ? Ops.NONE : v));
    }

    /** An {@code __init__} taking any positional arguments plus the given keyword-only attributes. */
    private static void initWithKeywords(PyType t, String... names) {
        StringBuilder sig = new StringBuilder(t.name + "(self, *args");
        for (String n : names) {
            sig.append(", ").append(n).append("=None");
        }
        Constructors.initMethod(t, sig.append(")").toString(), a -> {
            PyBaseException e = (PyBaseException) a[0];
            e.args = (PyTuple) a[1];
            for (int i = 0; i < names.length; i++) {
                e.dict.put(names[i], orNone(a[i + 2]));
            }
            return Ops.NONE;
        });
        for (String n : names) {
            field(t, n);
        }
    }

    /** The initialiser for a subclass: most add nothing of their own. */
    static Consumer<PyType> initializerFor(String name) {
        switch (name) {
            case "KeyError":
                return t -> method(t, "__str__(self, /)", a -> {
                    PyTuple args = ((PyBaseException) a[0]).args;
                    return args.size() == 1 ? Ops.repr(args.get(0)) : argsText(args);
                });
            case "StopIteration":
                return t -> initFirstArgument(t, "value", false);
            case "SystemExit":
                return t -> initFirstArgument(t, "code", true);
            case "NameError":
                return t -> initWithKeywords(t, "name");
            case "AttributeError":
                return t -> initWithKeywords(t, "name", "obj");
            case "ImportError":
                return ExceptionMethods::initImportError;
            case "BaseExceptionGroup":
                return ExceptionGroups::init;
            default:
                return ErrorAttributes.initializerFor(name);
        }
    }

    /** StopIteration.value and SystemExit.code: set from the arguments by {@code __init__}, then writable. */
    private static void initFirstArgument(PyType t, String attribute, boolean tupleIfMany) {
        method(t, "__init__(self, *args, **kwargs)", a -> {
            refuseKeywords(a[0], a[2]);
            PyBaseException e = (PyBaseException) a[0];
            e.args = (PyTuple) a[1];
            Object v = e.args.size() > 1 && tupleIfMany ? e.args : e.firstArg();
            e.dict.put(attribute, v);
            return Ops.NONE;
        });
        PyGetSet.writableMember(t, attribute, o -> {
            PyBaseException e = (PyBaseException) o;
            Object v = e.dict.get(attribute);
            if (v != null) {
                return v;
            }
            // The interpreter makes its own (a generator's return, sys.exit) without __init__; a class whose
            // __init__ never calls this one's has None, as in CPython.
            if (!e.type().builtin) {
                return Ops.NONE;
            }
            return e.args.size() > 1 && tupleIfMany ? e.args : e.firstArg();
        }, (o, v) -> ((PyBaseException) o).dict.put(attribute, v == null ? Ops.NONE : v));
    }

    private static void initImportError(PyType t) {
        initWithKeywords(t, "name", "path");
        PyGetSet.writableMember(t, "msg", o -> {
            PyBaseException e = (PyBaseException) o;
            Object v = e.dict.get("msg");
            return v != null ? v : e.args.size() == 1 ? e.args.get(0) : Ops.NONE;
        }, (o, v) -> ((PyBaseException) o).dict.put("msg", v == null ? Ops.NONE : v));
        method(t, "__str__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            Object msg = Attributes.get(e, "msg");
            return msg != Ops.NONE ? Ops.str(msg) : argsText(e.args);
        });
    }

    /** A UnicodeEncodeError for characters [start, end) of {@code text}, ready to throw. */
    static PyException unicodeEncodeError(String codec, String text, int start, int end, String reason) {
        return ErrorAttributes.unicodeError(ExceptionTypes.UNICODE_ENCODE_ERROR, codec, text, start, end, reason);
    }

    /** A UnicodeDecodeError for bytes [start, end) of {@code source}, ready to throw. */
    static PyException unicodeDecodeError(String codec, Object source, int start, int end, String reason) {
        return ErrorAttributes.unicodeError(ExceptionTypes.UNICODE_DECODE_ERROR, codec, source, start, end, reason);
    }
}

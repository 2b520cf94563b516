package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.Consumer;

/** Methods and attributes of BaseException and of the subclasses that add their own. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void init(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)", a -> {
            PyType cls = (PyType) a[0];
            PyBaseException e = (PyBaseException) cls.instanceFactory.apply(cls);
            e.args = (PyTuple) a[1];
            return e;
        }));
        method(t, "__init__(self, *args, **kwargs)", a -> {
            if (((PyDict) a[2]).size() > 0) {
                throw Errors.typeError(Ops.typeName(a[0]) + "() takes no keyword arguments");
            }
            ((PyBaseException) a[0]).args = (PyTuple) a[1];
            return Ops.NONE;
        });
        method(t, "__str__(self, /)", a -> {
            PyTuple args = ((PyBaseException) a[0]).args;
            return args.size() == 0 ? "" : args.size() == 1 ? Ops.str(args.get(0)) : Ops.str(args);
        });
        method(t, "__repr__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            String name = e.type().name;
            if (e.args.size() == 1) {
                return name + "(" + Ops.repr(e.args.get(0)) + ")";
            }
            return name + Ops.repr(e.args);
        });
        method(t, "with_traceback(self, tb, /)", a -> {
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
        PyGetSet.writable(t, "args", o -> ((PyBaseException) o).args,
                (o, v) -> ((PyBaseException) o).args = PyTuple.of(Iteration.toArray(v).clone()));
        PyGetSet.writable(t, "__traceback__", o -> orNone(((PyBaseException) o).traceback), (o, v) -> {
            if (v != Ops.NONE && !(v instanceof PyTraceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) o).traceback = v == Ops.NONE ? null : (PyTraceback) v;
        });
        PyGetSet.writable(t, "__cause__", o -> orNone(((PyBaseException) o).cause), (o, v) -> {
            ((PyBaseException) o).cause = asException(v, "cause");
            ((PyBaseException) o).suppressContext = true;
        });
        PyGetSet.writable(t, "__context__", o -> orNone(((PyBaseException) o).context),
                (o, v) -> ((PyBaseException) o).context = asException(v, "context"));
        PyGetSet.writable(t, "__suppress_context__", o -> ((PyBaseException) o).suppressContext,
                (o, v) -> ((PyBaseException) o).suppressContext = Ops.isTrue(v));
        PyGetSet.readonly(t, "__dict__", o -> ((PyBaseException) o).dict);
    }

    private static Object orNone(Object o) {
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

    /** The initialiser for a subclass: most add nothing of their own. */
    static Consumer<PyType> initializerFor(String name) {
        switch (name) {
            case "KeyError":
                return t -> method(t, "__str__(self, /)", a -> {
                    PyTuple args = ((PyBaseException) a[0]).args;
                    return args.size() == 1 ? Ops.repr(args.get(0)) : args.size() == 0 ? "" : Ops.str(args);
                });
            case "StopIteration":
                return t -> PyGetSet.writable(t, "value", o -> ((PyBaseException) o).firstArg(),
                        (o, v) -> ((PyBaseException) o).dict.put("value", v));
            case "SystemExit":
                return t -> PyGetSet.readonly(t, "code", o -> ((PyBaseException) o).firstArg());
            case "SyntaxError":
                return ExceptionMethods::initSyntaxError;
            default:
                return t -> {};
        }
    }

    private static void initSyntaxError(PyType t) {
        method(t, "__init__(self, *args)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = (PyTuple) a[1];
            e.args = args;
            if (args.size() >= 1) {
                e.dict.put("msg", args.get(0));
            }
            if (args.size() == 2) {
                Object[] details = Iteration.toArray(args.get(1));
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                for (int i = 0; i < details.length && i < names.length; i++) {
                    e.dict.put(names[i], details[i]);
                }
            }
            return Ops.NONE;
        });
        method(t, "__str__(self, /)", a -> {
            PyBaseException e = (PyBaseException) a[0];
            Object msg = e.dict.get("msg");
            String text = msg == null ? (e.args.size() > 0 ? Ops.str(e.args.get(0)) : "") : Ops.str(msg);
            Object file = e.dict.get("filename");
            Object line = e.dict.get("lineno");
            boolean hasFile = file instanceof String;
            boolean hasLine = line instanceof Long;
            if (hasFile && hasLine) {
                return text + " (" + baseName((String) file) + ", line " + line + ")";
            }
            if (hasFile) {
                return text + " (" + baseName((String) file) + ")";
            }
            if (hasLine) {
                return text + " (line " + line + ")";
            }
            return text;
        });
        for (String f : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            PyGetSet.writable(t, f, o -> {
                Object v = ((PyBaseException) o).dict.get(f);
                return v == null ? Ops.NONE : v;
            }, (o, v) -> ((PyBaseException) o).dict.put(f, v));
        }
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}

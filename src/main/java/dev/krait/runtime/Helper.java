package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * The builtin {@code help}, which CPython's site module adds. A brief version of pydoc's text output: functions,
 * methods and built-in functions are shown as pydoc shows them (signature and docstring); classes get pydoc's
 * header and docstring without the listing of their members; {@code help()} prints the interactive utility's
 * greeting, and leaves at end of input or on "q"/"quit" (it has no topics to look up).
 */
final class Helper extends PyObject {
    static final PyType TYPE = PyTypes.fixed("_Helper", t -> {
        t.dict().put("__module__", "_sitebuiltins");
        method(t, "__repr__(self, /)",
                a -> "Type help() for interactive help, or help(object) for help about object.");
        method(t, "__call__(self, *args, **kwds)", a -> {
            PyTuple args = (PyTuple) a[1];
            if (args.size() == 0) {
                interactive();
            } else {
                ConsoleIO.writeStdout(describe(args.get(0)));
            }
            return PyTypes.NONE;
        });
    });

    private static final String WELCOME = """
            Welcome to Python 3.11's help utility! If this is your first time using
            Python, you should definitely check out the tutorial at
            https://docs.python.org/3.11/tutorial/.

            Enter the name of any module, keyword, or topic to get help on writing
            Python programs and using Python modules.  To get a list of available
            modules, keywords, symbols, or topics, enter "modules", "keywords",
            "symbols", or "topics".

            Each module also comes with a one-line summary of what it does; to list
            the modules whose name or summary contain a given string such as "spam",
            enter "modules spam".

            To quit this help utility and return to the interpreter,
            enter "q" or "quit".

            """;
    private static final String FAREWELL = """

            You are now leaving help and returning to the Python interpreter.
            If you want to ask for help on a particular object directly from the
            interpreter, you can type "help(object)".  Executing "help('string')"
            has the same effect as typing a particular string at the help> prompt.
            """;

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void interactive() {
        ConsoleIO.writeStdout(WELCOME);
        Context c = ThreadState.current().context;
        while (true) {
            ConsoleIO.writeStdout("help> ");
            c.stdout.flush();
            String line = ConsoleIO.readLine(c.stdin, -1).strip();
            if (line.isEmpty() || line.equals("q") || line.equals("quit")) {
                break;
            }
            ConsoleIO.writeStdout(describe(line));
        }
        ConsoleIO.writeStdout(FAREWELL);
    }

    /**
     * pydoc's text for {@code obj}, ending with a blank line. A str names what to describe; of pydoc's topics,
     * keywords and modules, only the names of builtins are known here.
     */
    private static String describe(Object obj) {
        if (obj instanceof String name) {
            Object named = ThreadState.current().context.builtins.get(name);
            if (named == null) {
                return "No Python documentation found for " + Ops.repr(name) + ".\n"
                        + "Use help() to get the interactive help utility.\n"
                        + "Use help(str) for help on the str class.\n\n";
            }
            obj = named;
        }
        if (obj instanceof PyBuiltinFunction b) {
            String params = shownParameters(b.signature.parameterText);
            if (b.owner == null) {
                // A static method such as str.maketrans belongs to no module.
                String where = b.module() == null ? "" : " in module " + Ops.str(b.module());
                return "Help on built-in function " + b.name + where + ":\n\n" + b.name + "(" + params + ")\n"
                        + docOf(b);
            }
            if (params.matches(".*(^|[^*])\\*\\w.*")) {
                params = "..."; // CPython's methods that take *args (set.union, dict.update) have no text signature
            }
            return "Help on method_descriptor:\n\n" + b.name + "(" + params + ")\n" + docOf(b);
        }
        if (obj instanceof PyMethod m) {
            String owner = qualifiedName(Ops.type(m.self));
            if (m.function instanceof PyBuiltinFunction b) {
                return "Help on built-in function " + b.name + ":\n\n" + b.name + "("
                        + withoutFirst(b.signature.parameterText) + ") method of " + owner + " instance\n" + docOf(b);
            }
            String name = Ops.str(Attributes.get(m.function, "__name__"));
            return "Help on method " + name + " in module " + Ops.str(Attributes.get(m.function, "__module__"))
                    + ":\n\n" + name + PythonSignature.of(m.function, true) + " method of " + owner + " instance\n"
                    + docOf(m.function);
        }
        PyType type = Ops.type(obj);
        if (type.builtin && type.name.equals("function")) { // the vm's type, which this layer cannot name
            String name = Ops.str(Attributes.get(obj, "__name__"));
            String head = name + PythonSignature.of(obj, false);
            if (name.equals("<lambda>")) {
                String params = PythonSignature.parameters(obj);
                head = name + " lambda " + (params.isEmpty() ? "(...)" : params);
            }
            return "Help on function " + name + " in module " + Ops.str(Attributes.get(obj, "__module__"))
                    + ":\n\n" + head + "\n" + docOf(obj);
        }
        PyType cls = obj instanceof PyType t ? t : type;
        String module = Ops.str(Attributes.get(cls, "__module__"));
        String intro = obj instanceof PyType ? "Help on class " + cls.name + " in module " + module + ":\n\n"
                : module.equals("builtins") ? "Help on " + cls.name + " object:\n\n"
                : "Help on " + cls.name + " in module " + module + " object:\n\n";
        StringBuilder bases = new StringBuilder();
        for (Object b : ((PyTuple) Attributes.get(cls, "__bases__")).array()) {
            bases.append(bases.length() == 0 ? "" : ", ").append(qualifiedName((PyType) b));
        }
        StringBuilder out = new StringBuilder(intro).append("class ").append(cls.name).append('(').append(bases)
                .append(")\n");
        String doc = Docstrings.clean(Attributes.find(cls, "__doc__"));
        if (doc != null) {
            for (String line : doc.split("\n", -1)) {
                out.append(" |  ").append(line).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /** "builtins.list", "__main__.A": a class as pydoc names the owner of a method. */
    private static String qualifiedName(PyType t) {
        return Ops.str(Attributes.get(t, "__module__")) + "." + Ops.str(Attributes.get(t, "__qualname__"));
    }

    /**
     * The parameters pydoc shows for a built-in function: "..." where CPython has no text signature for it, as
     * for those that take their arguments apart themselves (max, iter), which Krait declares as best it can.
     */
    private static String shownParameters(String params) {
        return params.contains("<unrepresentable>") || params.equals("*args, **kwargs") ? "..." : params;
    }

    private static String withoutFirst(String params) {
        int comma = params.indexOf(',');
        return comma < 0 ? "" : params.substring(comma + 1).strip();
    }

    /** The docstring indented by four spaces (blank lines too, as pydoc does), then a blank line. */
    private static String docOf(Object obj) {
        String doc = Docstrings.clean(Attributes.find(obj, "__doc__"));
        StringBuilder out = new StringBuilder();
        if (doc != null) {
            for (String line : doc.split("\n", -1)) {
                out.append("    ").append(line).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}

package dev.krait.runtime;

/**
 * Warnings the interpreter itself issues while a program runs, shown as CPython's default warning filters show
 * them: "file:line: Category: message" and the source line, on sys.stderr. A DeprecationWarning is shown only
 * for code of the {@code __main__} module, and each warning once per line: the module's
 * {@code __warningregistry__} remembers what was shown.
 */
public final class Warnings {
    private Warnings() {}

    /** A DeprecationWarning attributed to the Python code running now. */
    public static void deprecation(String message) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || !(ts.frame instanceof PyFrameLike f) || !"__main__".equals(f.globals().get("__name__"))) {
            return;
        }
        show(ts, f, ExceptionTypes.DEPRECATION_WARNING, message);
    }

    /**
     * The RuntimeWarning for a coroutine dropped without being awaited, attributed to the code running when it was
     * dropped, with the hint CPython's warnings module adds (an object's warning); at exit, when CPython's
     * warnings module is gone, its C fallback shows only "sys:1: ...".
     */
    public static void neverAwaited(String message) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        if (ts.context.finalizers.started() || !(ts.frame instanceof PyFrameLike f)) {
            ConsoleIO.writeStderr("sys:1: RuntimeWarning: " + message + "\n");
            ts.context.stderr.flush();
            return;
        }
        if (show(ts, f, ExceptionTypes.RUNTIME_WARNING, message)) {
            ConsoleIO.writeStderr("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            ts.context.stderr.flush();
        }
    }

    /** Shows the warning unless the registry says it was shown at this line already; returns whether it did. */
    private static boolean show(ThreadState ts, PyFrameLike f, PyType category, String message) {
        int line = f.line();
        PyDict globals = f.globals();
        PyDict registry;
        if (globals.get("__warningregistry__") instanceof PyDict existing) {
            registry = existing;
        } else {
            registry = new PyDict();
            registry.put("version", 0L); // CPython's filters version, which invalidates stale entries
            globals.put("__warningregistry__", registry);
        }
        PyTuple key = PyTuple.of(message, category, (long) line);
        if (registry.get(key) != null) {
            return false;
        }
        registry.put(key, Boolean.TRUE);
        StringBuilder b = new StringBuilder(f.filename()).append(':').append(line).append(": ")
                .append(category.name).append(": ").append(message).append('\n');
        String source = SourceLines.get(ts.context, f.filename(), line);
        if (source != null) {
            b.append("  ").append(source.strip()).append('\n');
        }
        ConsoleIO.writeStderr(b.toString());
        ts.context.stderr.flush();
        return true;
    }

    /** The warning for a conversion method returning an instance of a strict subclass of what it should. */
    public static void strictSubclassResult(String method, Object result, String expected) {
        deprecation(method + " returned non-" + expected + " (type " + Ops.typeName(result) + ").  The ability to "
                + "return an instance of a strict subclass of " + expected + " is deprecated, and may be removed in "
                + "a future version of Python.");
    }
}

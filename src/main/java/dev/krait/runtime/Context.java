package dev.krait.runtime;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * One Python interpreter instance: its builtins, loaded modules, standard streams and limits. Contexts share
 * nothing mutable, so several can run side by side on different threads of one JVM.
 */
public final class Context {
    public final PyDict builtins = new PyDict(256);
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    public PrintStream stdout;
    public PrintStream stderr;
    public InputStream stdin;
    /** {@code sys.getrecursionlimit()}. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;
    public int recursionLimit = DEFAULT_RECURSION_LIMIT;
    /** Finds and loads modules that are not yet in {@link #modules}; set by the embedding layer. */
    public ModuleLoader moduleLoader;
    /** Source text of compiled files and strings by filename, for tracebacks. */
    public final java.util.Map<String, String> sources = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@code sys.get_int_max_str_digits()}: the longest decimal int text converted either way (0: no limit). */
    public int intMaxStrDigits = IntText.DEFAULT_LIMIT;
    /** {@code sys.argv}. */
    public PyList argv = new PyList();

    /**
     * Set once the program has ended and what it left alive is being finalized: tracebacks then quote no source,
     * as CPython's, whose line cache is torn down by then.
     */
    public boolean finalizing;
    /** What the program made that needs finalizing (see {@link Finalizers}). */
    public final Finalizers finalizers = new Finalizers();

    /** The classes of this context derived from each built-in type (built-in types are shared by all contexts). */
    private final java.util.Map<PyType, SubclassList> subclassesOfBuiltins = new java.util.HashMap<>();

    public Context(PrintStream stdout, PrintStream stderr, InputStream stdin) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdin = stdin;
    }

    /** The list of this context's classes directly derived from the built-in type {@code builtin}. */
    SubclassList subclassesOf(PyType builtin) {
        synchronized (subclassesOfBuiltins) {
            return subclassesOfBuiltins.computeIfAbsent(builtin, t -> new SubclassList());
        }
    }
}

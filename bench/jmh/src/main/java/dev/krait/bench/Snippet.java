package dev.krait.bench;

import dev.krait.api.Krait;
import dev.krait.compiler.Compiler;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.Execution;
import dev.krait.vm.PyFunction;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A Python module compiled and run once (in a benchmark's {@code @Setup}), whose functions are then called many
 * times from Java. Krait's public API ({@link Krait#exec}) hands back neither the module namespace nor a way to
 * call a function, so this uses the internals an embedding API would wrap: a context from {@link Krait#create},
 * its own {@link ThreadState}, {@link Compiler#compileModule} and {@link Execution#runCode}.
 */
public final class Snippet {
    private final ThreadState ts;
    private final PyDict globals = new PyDict();
    private final Map<String, PyFunction> functions = new HashMap<>();

    public Snippet(String source) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Krait krait = Krait.create(discard, discard, new ByteArrayInputStream(new byte[0]));
        ts = new ThreadState(krait.context());
        globals.put("__name__", "__bench__");
        globals.put("__builtins__", krait.context().builtins);
        bind();
        Execution.runCode(ts, Compiler.compileModule(source, "<bench>"), globals, globals);
    }

    /** A module-level name: a function, a class... */
    public Object global(String name) {
        Object v = globals.get(name);
        if (v == null) {
            throw new IllegalArgumentException("snippet defines no " + name);
        }
        return v;
    }

    public PyFunction function(String name) {
        return (PyFunction) global(name);
    }

    /**
     * Binds this snippet's thread state to the calling thread. JMH does not promise to run {@code @Setup} and every
     * iteration on one thread, so {@link #call} checks the binding (one ThreadLocal read) every time.
     */
    private void bind() {
        if (ThreadState.currentOrNull() != ts) {
            ThreadState.bind(ts);
        }
    }

    /** Calls a Python function with positional arguments, the way Python code calling it would. */
    public Object call(PyFunction f, Object... args) {
        bind();
        return f.call(args, null);
    }

    /**
     * Calls the one-argument function {@code name} with {@link KraitBenchmark#N}: a benchmark loop. The name is
     * looked up in a Java HashMap (~10 ns per invocation, so ~0.01 ns per loop iteration).
     */
    public Object loop(String name) {
        return call(functions.computeIfAbsent(name, this::function), KraitBenchmark.BOXED_N);
    }
}

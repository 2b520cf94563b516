package dev.krait.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs runtime code the way the interpreter does, for tests: a bound ThreadState with captured output, the
 * builtins, and calls by name. Results are compared as their Python repr, errors as "TypeError: message".
 */
final class PyTestSupport {
    private PyTestSupport() {}

    /** Binds a fresh context whose stdin holds {@code input}; returns its captured stdout. */
    static ByteArrayOutputStream bind(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Context context = new Context(ps, ps, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        Builtins.install(context.builtins);
        ThreadState.bind(new ThreadState(context));
        return out;
    }

    static ByteArrayOutputStream bind() {
        return bind("");
    }

    /** Calls builtin {@code name} of the bound context with positional arguments. */
    static Object builtin(String name, Object... args) {
        return Ops.call(ThreadState.current().context.builtins.get(name), args);
    }

    /** Calls {@code self.name(*args)}. */
    static Object method(Object self, String name, Object... args) {
        return Ops.call(Attributes.get(self, name), args);
    }

    /** The repr of what {@code action} returns, or "ExceptionType: message" for what it raises. */
    static String outcome(java.util.function.Supplier<Object> action) {
        try {
            return Ops.repr(action.get());
        } catch (PyException e) {
            return e.value.type().name + ": " + Ops.str(e.value);
        }
    }

    static PyList list(Object... items) {
        return PyList.of(items);
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }
}

package dev.krait.api;

import dev.krait.bytecode.Code;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.SyntaxError;
import dev.krait.modules.SysHooks;
import dev.krait.modules.SysModule;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.Builtins;
import dev.krait.runtime.Context;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.Execution;
import dev.krait.vm.Finalization;
import dev.krait.vm.Imports;
import dev.krait.vm.FunctionProfiler;
import dev.krait.vm.OpcodeProfile;
import dev.krait.vm.InternalErrors;
import dev.krait.vm.PyModule;
import dev.krait.vm.SyntaxErrors;
import dev.krait.vm.VmBuiltins;

import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One Python interpreter: its own builtins, modules and streams. Create one per independent script environment;
 * several may run at the same time on different threads. A Krait instance is used by one thread at a time.
 *
 * <pre>
 *   Krait py = Krait.create(System.out, System.err, System.in);
 *   int status = py.runMain("prog.py", source, List.of("prog.py"));
 * </pre>
 */
public final class Krait {
    private final Context context;
    private final ThreadState threadState;
    private final PyList path = new PyList();
    private final PyModule builtinsModule;

    private Krait(Context context) {
        this.context = context;
        this.threadState = new ThreadState(context);
        Builtins.install(context.builtins);
        VmBuiltins.install(context.builtins);
        builtinsModule = new PyModule("builtins", context.builtins);
        // Always in sys.modules, as in CPython (where len.__self__ is this module).
        context.modules.put("builtins", builtinsModule);
        Map<String, Function<Context, PyModule>> javaModules = Map.of(
                "sys", c -> SysModule.create(c, path),
                "builtins", c -> builtinsModule);
        context.moduleLoader = new ModuleFinder(javaModules, path);
    }

    public static Krait create(PrintStream out, PrintStream err, InputStream in) {
        return new Krait(new Context(out, err, in));
    }

    public Context context() {
        return context;
    }

    /** Counts executed opcodes from now on ({@code --profile-opcodes}); see {@link #profileReport()}. */
    public void profileOpcodes() {
        threadState.opcodeCounts = OpcodeProfile.newCounts();
    }

    /** Times every Python function call from now on ({@code --profile}); see {@link #profileReport()}. */
    public void profileFunctions() {
        threadState.functionProfiler = new FunctionProfiler();
    }

    /** The reports of the profilers that are on, or "". */
    public String profileReport() {
        StringBuilder b = new StringBuilder();
        if (threadState.functionProfiler instanceof FunctionProfiler p) {
            b.append(p.report());
        }
        if (threadState.opcodeCounts != null) {
            b.append(OpcodeProfile.report(threadState.opcodeCounts));
        }
        return b.toString();
    }

    /** Directories searched by import, in order ({@code sys.path}). */
    public void addToPath(String dir) {
        path.append(dir);
    }

    /**
     * Runs a program as {@code __main__}, the way {@code python3 prog.py args} does: sets sys.argv, prints an
     * uncaught exception's traceback to the context's stderr, and returns the process exit status. Objects with
     * {@code __del__} that the program drops are finalized soon after, which runs the JVM's garbage collector
     * (see {@link dev.krait.runtime.Finalizers}).
     */
    public int runMain(String filename, String source, List<String> argv) {
        context.finalizers.enablePrompt();
        context.argv.clear();
        for (String a : argv) {
            context.argv.append(a);
        }
        ThreadState previous = ThreadState.bind(threadState);
        try {
            if (!filename.startsWith("<")) {
                // Tracebacks quote the program file; like CPython, they quote nothing of a "-c" string or of a
                // program read from stdin ("<stdin>").
                context.sources.put(filename, source);
            }
            PyModule main = mainModule(filename);
            context.modules.put("__main__", main);
            // "python3 -c" parses a string, "python3 prog.py" a file; their syntax errors are placed a little apart.
            Code code = filename.equals("<string>") ? Compiler.compileModule(source, filename)
                    : Compiler.compileProgramFile(source, filename);
            Execution.runCode(threadState, code, main.dict, main.dict);
            return 0;
        } catch (SyntaxError e) {
            return reportUncaught(SyntaxErrors.toPython(e));
        } catch (PyException e) {
            return reportUncaught(e.value);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return reportUncaught(InternalErrors.toPython(e).value);
        } finally {
            finalizeAtExit();
            context.stdout.flush();
            context.stderr.flush();
            ThreadState.bind(previous);
        }
    }

    /** Closes the generators and calls the {@code __del__} methods of what the program left alive. */
    private void finalizeAtExit() {
        try {
            Finalization.atExit(threadState);
        } catch (PyException e) {
            reportUncaught(e.value);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            reportUncaught(InternalErrors.toPython(e).value);
        }
    }

    /**
     * The {@code __main__} module, with the names CPython's has, in its order. There is no import machinery, so
     * {@code __loader__} and {@code __spec__} are None.
     */
    private PyModule mainModule(String filename) {
        PyModule main = new PyModule("__main__");
        main.dict.put("__loader__", PyTypes.NONE);
        main.dict.put("__spec__", PyTypes.NONE);
        main.dict.put("__annotations__", new PyDict());
        main.dict.put("__builtins__", builtinsModule);
        if (!filename.equals("<string>")) {
            main.dict.put("__file__", filename);
            main.dict.put("__cached__", PyTypes.NONE);
        }
        return main;
    }

    /**
     * Starts an interactive session, as {@code python3} does on a terminal: a fresh {@code __main__} whose file is
     * {@code <stdin>}, sys.argv {@code ['']}, and sys.ps1 / sys.ps2 set.
     */
    public InteractiveSession interactive() {
        context.argv.clear();
        context.argv.append("");
        PyModule main = mainModule("<stdin>");
        main.dict.remove("__file__");
        main.dict.remove("__cached__");
        context.modules.put("__main__", main);
        ThreadState previous = ThreadState.bind(threadState);
        try {
            PyModule sys = (PyModule) Imports.importModule(threadState, "sys", main.dict, PyTuple.EMPTY, 0);
            sys.dict.put("ps1", ">>> ");
            sys.dict.put("ps2", "... ");
        } finally {
            ThreadState.bind(previous);
        }
        return new InteractiveSession(context, threadState, main.dict);
    }

    /**
     * Asks the running program to stop: it gets KeyboardInterrupt at its next loop iteration or call (and may catch
     * it, as Python code may). Safe to call from any thread; what Ctrl-C does on the command line.
     */
    public void interrupt() {
        threadState.interruptRequested = true;
    }

    /** Whether an {@link #interrupt()} has not yet been delivered (the program is blocked outside Python code). */
    public boolean interruptPending() {
        return threadState.interruptRequested;
    }

    /**
     * Prints an uncaught exception (or handles SystemExit) and returns the exit status: 130 for KeyboardInterrupt,
     * as a process killed by Ctrl-C reports it.
     */
    private int reportUncaught(PyBaseException exc) {
        context.stdout.flush();
        if (exc.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            return exitStatus(exc);
        }
        SysHooks.reportUncaught(context, exc);
        return exc.isInstance(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    /** The process exit status SystemExit asks for; a message (a code that is not an int) goes to stderr. */
    static int exitStatus(PyBaseException exc) {
        // The code attribute, not the first argument: it is the whole args tuple when there are several,
        // and a program may assign it.
        Object code = Attributes.get(exc, "code");
        if (code == PyTypes.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof BigInteger) {
            return -1; // CPython's C long conversion fails and it exits with -1
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        dev.krait.runtime.ConsoleIO.writeStderr(Ops.str(code) + "\n");
        return 1;
    }

    /** Compiles and runs {@code source} in a fresh {@code __main__}-like namespace; for embedding and tests. */
    public Object exec(String source) {
        ThreadState previous = ThreadState.bind(threadState);
        try {
            PyModule m = new PyModule("__main__");
            m.dict.put("__builtins__", context.builtins);
            Code code = Compiler.compileModule(source, "<string>");
            return Execution.runCode(threadState, code, m.dict, m.dict);
        } finally {
            ThreadState.bind(previous);
        }
    }

}

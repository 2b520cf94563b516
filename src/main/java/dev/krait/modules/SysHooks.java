package dev.krait.modules;

import dev.krait.runtime.ConsoleIO;
import dev.krait.runtime.Context;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.PyModule;
import dev.krait.vm.TracebackPrinter;

/**
 * {@code sys.excepthook} and {@code sys.displayhook}, which a program may replace: an uncaught exception goes to
 * the hook in place when the program ends, and the default hook prints its traceback on sys.stderr.
 */
public final class SysHooks {
    private SysHooks() {}

    static void install(PyDict sys) {
        PyBuiltinFunction except = PyBuiltinFunction.function("excepthook(exctype, value, traceback, /)", a -> {
            printTraceback(ThreadState.current().context, a[1]);
            return PyTypes.NONE;
        });
        sys.put("excepthook", except);
        sys.put("__excepthook__", except);
        PyBuiltinFunction display = PyBuiltinFunction.function("displayhook(object, /)", a -> {
            ConsoleIO.display(a[0]);
            return PyTypes.NONE;
        });
        sys.put("displayhook", display);
        sys.put("__displayhook__", display);
    }

    /**
     * Reports an exception that ended the program: through {@code sys.excepthook} if the program replaced it (and,
     * should that hook fail, both tracebacks as CPython shows them), else by printing its traceback.
     */
    public static void reportUncaught(Context context, PyBaseException exc) {
        Object hook = null;
        if (context.modules.get("sys") instanceof PyModule sys) {
            hook = sys.dict.get("excepthook");
            if (hook == sys.dict.get("__excepthook__")) {
                hook = null;
            }
        }
        if (hook == null) {
            printTraceback(context, exc);
            return;
        }
        try {
            Ops.call(hook, exc.type(), exc, exc.traceback == null ? PyTypes.NONE : exc.traceback);
        } catch (PyException e) {
            ConsoleIO.writeStderr("Error in sys.excepthook:\n" + TracebackPrinter.format(context, e.value)
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(context, exc));
        }
    }

    private static void printTraceback(Context context, Object exc) {
        if (exc instanceof PyBaseException e) {
            ConsoleIO.writeStderr(TracebackPrinter.format(context, e));
        }
    }
}

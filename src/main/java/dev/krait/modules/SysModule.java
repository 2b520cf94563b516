package dev.krait.modules;

import dev.krait.runtime.Context;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PySimpleNamespace;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.PyModule;

/** The {@code sys} module: interpreter state a program may read or set. */
public final class SysModule {
    private SysModule() {}

    public static PyModule create(Context ctx, PyList path) {
        PyModule m = new PyModule("sys");
        PyDict d = m.dict;
        d.put("argv", ctx.argv);
        d.put("path", path);
        d.put("modules", ctx.modules);
        d.put("stdout", new TextStream(ctx.stdout, "stdout"));
        d.put("stderr", new TextStream(ctx.stderr, "stderr"));
        d.put("stdin", new StdinStream());
        d.put("__stdin__", d.get("stdin"));
        d.put("__stdout__", d.get("stdout"));
        d.put("__stderr__", d.get("stderr"));
        d.put("maxsize", Long.MAX_VALUE);
        d.put("version", "3.11.7 (Krait)");
        Object versionInfo = StructSequence.create("sys", "version_info", false,
                new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 3L, 11L, 7L, "final", 0L);
        d.put("version_info", versionInfo);
        d.put("float_info", StructSequence.create("sys", "float_info", true,
                new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                    "epsilon", "radix", "rounds"},
                Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        d.put("flags", StructSequence.create("sys", "flags", false,
                new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
                0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L, false, -1L));
        d.put("int_info", StructSequence.create("sys", "int_info", true,
                new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                30L, 4L, 4300L, 640L));
        d.put("hash_info", StructSequence.create("sys", "hash_info", true,
                new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L));
        d.put("maxunicode", 0x10FFFFL);
        d.put("float_repr_style", "short");
        d.put("hexversion", 0x030B07F0L);
        d.put("platform", "linux");
        d.put("byteorder", "little");
        d.put("executable", "");
        // Krait's own version (pom.xml's 0.1.0 while it is a snapshot), in sys.version_info's form; no cache_tag,
        // since Krait writes no compiled files.
        d.put("implementation", PySimpleNamespace.of("name", "krait", "cache_tag", PyTypes.NONE,
                "version", StructSequence.like(versionInfo, 0L, 1L, 0L, "alpha", 0L), "hexversion", 0x000100A0L));
        d.put("builtin_module_names", PyTuple.of("builtins", "sys"));
        d.put("dont_write_bytecode", true);
        function(d, "exit(status=None, /)", a -> {
            Object code = a[0] == null ? PyTypes.NONE : a[0];
            PyTuple args = code == PyTypes.NONE ? PyTuple.EMPTY : PyTuple.of(code);
            throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, args).asThrowable();
        });
        function(d, "getrecursionlimit()", a -> (long) ThreadState.current().context.recursionLimit);
        function(d, "setrecursionlimit(limit, /)", a -> {
            long n = Ops.asIndex(a[0]);
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            if (n <= ts.depth) {
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + ts.depth + ": the limit is too low");
            }
            ts.context.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return PyTypes.NONE;
        });
        function(d, "exc_info()", a -> {
            PyBaseException e = ThreadState.current().currentHandled();
            if (e == null) {
                return PyTuple.of(PyTypes.NONE, PyTypes.NONE, PyTypes.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyTypes.NONE : e.traceback);
        });
        function(d, "exception()", a -> {
            PyBaseException e = ThreadState.current().currentHandled();
            return e == null ? PyTypes.NONE : e;
        });
        function(d, "intern(string, /)", a -> ((String) a[0]).intern());
        function(d, "_getframe(depth=0, /)", a -> {
            Object f = ThreadState.current().frame;
            for (long n = a[0] == null ? 0 : Ops.asIndex(a[0]); n > 0 && f != null; n--) {
                Object back = dev.krait.runtime.Attributes.get(f, "f_back");
                f = back == PyTypes.NONE ? null : back;
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f;
        });
        function(d, "getdefaultencoding()", a -> "utf-8");
        function(d, "getfilesystemencoding()", a -> "utf-8");
        function(d, "getfilesystemencodeerrors()", a -> "surrogateescape");
        function(d, "is_finalizing()", a -> ThreadState.current().context.finalizers.started());
        function(d, "get_int_max_str_digits()", a -> (long) ThreadState.current().context.intMaxStrDigits);
        function(d, "set_int_max_str_digits(maxdigits)", a -> {
            long n = Ops.asIndex(a[0]);
            if (n != 0 && n < 640) {
                throw Errors.valueError("maxdigits must be 0 or larger than 640");
            }
            ThreadState.current().context.intMaxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PyTypes.NONE;
        });
        SysHooks.install(d);
        m.adoptFunctions();
        return m;
    }

    private static void function(PyDict d, String sig, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(sig, body);
        d.put(f.name, f);
    }
}

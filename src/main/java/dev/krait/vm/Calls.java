package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyMethod;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyRange;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.Arrays;

/**
 * Calls made by the interpreter. Python-to-Python calls with plain positional arguments copy them straight from
 * the caller's stack into the new frame; everything else builds an argument array for {@link PyObject#call}.
 */
final class Calls {
    private Calls() {}

    /** Runs a bound frame of {@code fn}; calling a generator or async function makes a generator or coroutine instead. */
    static Object run(ThreadState ts, PyFunction fn, Frame f) {
        if ((fn.code.flags & dev.krait.bytecode.Code.FLAGS_RESUMABLE) != 0) {
            return Coroutines.start(fn, f);
        }
        return Interpreter.execute(ts, f);
    }

    /**
     * CALL / CALL_KW: the callable and self-or-null sit below {@code n} arguments ending at {@code sp}; the last
     * {@code kwnames.length} arguments are keywords.
     */
    static Object call(ThreadState ts, Object[] s, int sp, int n, String[] kwnames) {
        int base = sp - n;
        Object callable = s[base - 2];
        Object self = s[base - 1];
        if (self == null && callable instanceof PyMethod m) {
            if (m.function instanceof PyBuiltinFunction b) {
                // Called as a bound method object (append = l.append; append(x)), whose errors name self's type.
                return b.callMethod(m.self, s, base, n, kwnames);
            }
            callable = m.function;
            self = m.self;
            s[base - 1] = self;
        }
        int start = self == null ? base : base - 1;
        int argc = self == null ? n : n + 1;
        if (callable instanceof PyFunction fn) {
            if (kwnames == null && takesPositionally(fn, argc)) {
                Frame f = new Frame(fn.code, fn.globals, fn.builtins, null);
                copyArguments(s, start, f.slots, 0, argc);
                return runPositional(ts, fn, f, argc);
            }
            int nkw = kwnames == null ? 0 : kwnames.length;
            return run(ts, fn, ArgumentBinder.bind(fn, s, start, argc - nkw, kwnames));
        }
        if (callable == PyTypes.RANGE && kwnames == null) {
            PyRange r = PyRange.ofLongs(s, start, argc);
            if (r != null) {
                return r;
            }
        }
        if (callable instanceof PyType type && kwnames == null) {
            Object made = argc == 1 ? type.callWithOneArgument(s[start]) : null;
            if (made != null) {
                return made;
            }
            PyFunction init = Instantiation.plainInit(type);
            if (init != null && takesPositionally(init, argc + 1)) {
                return Instantiation.construct(ts, type, init, s, start, argc);
            }
        }
        Object[] args = Arrays.copyOfRange(s, start, start + argc);
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        return Ops.call(callable, args, kwnames);
    }

    /**
     * Copies call arguments into a new frame. A plain loop: for the usual one to three arguments it costs less
     * than the out-of-line stub that {@code System.arraycopy} calls when the length is not a constant (6 % of
     * a call-bound benchmark's time on JDK 25).
     */
    static void copyArguments(Object[] from, int start, Object[] to, int at, int count) {
        for (int i = 0; i < count; i++) {
            to[at + i] = from[start + i];
        }
    }

    /**
     * Whether {@code fn} binds {@code argc} positional arguments (and no keywords) without the general binder: it
     * has no *args, **kwargs or keyword-only parameters, and {@code argc} lies between its required parameters
     * and all of them.
     */
    static boolean takesPositionally(PyFunction fn, int argc) {
        int arity = fn.simpleArity;
        return arity == argc || (arity > argc && argc >= arity - (fn.defaults == null ? 0 : fn.defaults.size()));
    }

    /**
     * Runs a frame of {@code fn} whose first {@code argc} slots hold the positional arguments, as
     * {@link #takesPositionally} allowed: fills in the defaults of the parameters left and the cells.
     */
    static Object runPositional(ThreadState ts, PyFunction fn, Frame f, int argc) {
        int arity = fn.simpleArity;
        if (argc < arity) {
            PyTuple defaults = fn.defaults;
            int first = arity - defaults.size();
            for (int i = argc; i < arity; i++) {
                f.slots[i] = defaults.get(i - first);
            }
        }
        if (fn.code.cellvars.length != 0 || fn.closure != null) {
            f.initCells(fn.closure);
        }
        return Interpreter.execute(ts, f);
    }

    /** CALL_FUNCTION_EX: positional arguments from any iterable, keywords from a dict (or null). */
    static Object callEx(Object callable, Object args, Object kwargs) {
        Object[] positional;
        if (args instanceof PyTuple t) {
            positional = t.array();
        } else {
            if (!isIterable(args)) {
                throw Errors.typeError(describe(callable) + " argument after * must be an iterable, not "
                        + Ops.typeName(args));
            }
            positional = Iteration.toArray(args);
        }
        if (kwargs == null) {
            return Ops.call(callable, positional.clone(), null);
        }
        PyDict kw = (PyDict) kwargs;
        Object[] all = Arrays.copyOf(positional, positional.length + kw.size());
        String[] names = new String[kw.size()];
        int k = 0;
        for (int e = kw.next(0); e >= 0; e = kw.next(e + 1)) {
            if (!(kw.keyAt(e) instanceof String name)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[k] = name;
            all[positional.length + k++] = kw.valueAt(e);
        }
        return Ops.call(callable, all, names.length == 0 ? null : names);
    }

    static boolean isIterable(Object o) {
        return o instanceof PyTuple || Ops.type(o).lookup("__iter__") != null
                || Ops.type(o).lookup("__getitem__") != null;
    }

    /**
     * How CPython names a callable in argument errors: {@code module.qualname()} ({@code __main__.f()},
     * {@code dict()}, {@code list.append()}), or the object's str() when it has no {@code __qualname__}.
     */
    static String describe(Object callable) {
        Object qualname = dev.krait.runtime.Attributes.find(callable, "__qualname__");
        if (!(qualname instanceof String q)) {
            return Ops.str(callable);
        }
        Object module = dev.krait.runtime.Attributes.find(callable, "__module__");
        return (module instanceof String m && !m.equals("builtins") ? m + "." : "") + q + "()";
    }

    /** DICT_MERGE: adds **mapping to a call's keyword dict, rejecting duplicates. */
    static void mergeKeywords(Object callable, PyDict target, Object mapping) {
        if (!(mapping instanceof PyDict) && dev.krait.runtime.Attributes.find(mapping, "keys") == null) {
            throw Errors.typeError(describe(callable) + " argument after ** must be a mapping, not "
                    + Ops.typeName(mapping));
        }
        PyDict source = dev.krait.runtime.BuiltinSubclasses.mergeableDict(mapping);
        if (source == null) {
            source = new PyDict();
            Object keys = Ops.call(dev.krait.runtime.Attributes.get(mapping, "keys"));
            Object it = Iteration.iter(keys);
            for (Object key = Iteration.next(it); key != null; key = Iteration.next(it)) {
                source.put(key, dev.krait.runtime.Items.getItem(mapping, key));
            }
        }
        for (int e = source.next(0); e >= 0; e = source.next(e + 1)) {
            Object key = source.keyAt(e);
            // Keys that are not strings are refused by the call itself, after all the merging (as in CPython).
            if (target.containsKey(key)) {
                throw Errors.typeError(describe(callable) + " got multiple values for keyword argument '" + Ops.str(key)
                        + "'");
            }
            target.put(key, source.valueAt(e));
        }
    }
}

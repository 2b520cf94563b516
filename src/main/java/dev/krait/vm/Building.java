package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.Formatting;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyList;
import dev.krait.runtime.PySet;
import dev.krait.runtime.PySlice;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.StrRepr;
import dev.krait.runtime.ThreadState;

/** The BUILD_* family and the other instructions that assemble values: displays, f-strings, functions. */
final class Building {
    private Building() {}

    static PySet set(Object[] s, int from, int n) {
        PySet set = new PySet(false);
        for (int i = 0; i < n; i++) {
            set.add(s[from + i]);
        }
        return set;
    }

    static PyDict map(Object[] s, int from, int n) {
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) {
            d.put(s[from + 2 * i], s[from + 2 * i + 1]);
        }
        return d;
    }

    static String string(Object[] s, int from, int n) {
        int length = 0;
        for (int i = 0; i < n; i++) {
            length += ((String) s[from + i]).length();
        }
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < n; i++) {
            b.append((String) s[from + i]);
        }
        return b.toString();
    }

    static PySlice slice(Object[] s, int from, int n) {
        return new PySlice(s[from], s[from + 1], n == 3 ? s[from + 2] : PyTypes.NONE);
    }

    static void listExtend(PyList list, Object iterable) {
        if (!Calls.isIterable(iterable)) {
            throw Errors.typeError("Value after * must be an iterable, not " + Ops.typeName(iterable));
        }
        Object[] items = Iteration.toArray(iterable);
        int n = iterable instanceof PyList l ? l.size() : items.length;
        list.extend(items, n);
    }

    static void dictUpdate(PyDict dict, Object mapping) {
        PyDict d = dev.krait.runtime.BuiltinSubclasses.mergeableDict(mapping);
        if (d != null) {
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                dict.put(d.keyAt(e), d.valueAt(e));
            }
            return;
        }
        if (dev.krait.runtime.Attributes.find(mapping, "keys") == null) {
            throw Errors.typeError("'" + Ops.typeName(mapping) + "' object is not a mapping");
        }
        Object it = Iteration.iter(Ops.call(dev.krait.runtime.Attributes.get(mapping, "keys")));
        for (Object k = Iteration.next(it); k != null; k = Iteration.next(it)) {
            dict.put(k, dev.krait.runtime.Items.getItem(mapping, k));
        }
    }

    static String[] keywordNames(PyTuple names) {
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (String) names.get(i);
        }
        return out;
    }

    /** SET_FUNCTION_ATTRIBUTE: 1 defaults, 2 keyword defaults, 4 annotations, 8 closure. */
    static void functionAttribute(PyFunction fn, int which, Object value) {
        switch (which) {
            case 1:
                fn.defaults = (PyTuple) value;
                break;
            case 2:
                fn.kwdefaults = (PyDict) value;
                break;
            case 4:
                fn.annotations = (PyDict) value;
                break;
            default: {
                PyTuple cells = (PyTuple) value;
                PyCell[] closure = new PyCell[cells.size()];
                for (int i = 0; i < closure.length; i++) {
                    closure[i] = (PyCell) cells.get(i);
                }
                fn.closure = closure;
            }
        }
    }

    /** CONVERT_VALUE: 1 str(), 2 repr(), 3 ascii(). */
    static Object convert(Object v, int how) {
        switch (how) {
            case 1: return Ops.str(v);
            case 2: return Ops.repr(v);
            default: return StrRepr.escapeNonAscii(Ops.repr(v));
        }
    }

    static String formatSimple(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Double) {
            return Ops.str(v);
        }
        return Formatting.format(v, "");
    }

    /**
     * PRINT_EXPR: the interactive prompt's echo of an expression statement, through {@code sys.displayhook} when the
     * program has the sys module (it may have replaced the hook or sys.stdout).
     */
    static void printExpr(ThreadState ts, Object v) {
        Object hook = ts.context.modules.get("sys") instanceof PyModule sys ? sys.dict.get("displayhook") : null;
        if (hook != null) {
            Ops.call(hook, v);
        } else {
            dev.krait.runtime.ConsoleIO.display(v);
        }
    }
}

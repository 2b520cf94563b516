package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Errors;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments to a Python function's parameters in a new frame, with CPython's checks in CPython's
 * order (keywords first, then too many positionals, then missing arguments) and its exact messages.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    /**
     * Binds {@code npos} positional values from {@code src[start..]} followed by the values of {@code kwnames}.
     */
    static Frame bind(PyFunction fn, Object[] src, int start, int npos, String[] kwnames) {
        Code code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, null);
        Object[] slots = f.slots;
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        boolean varargs = (code.flags & Code.FLAG_VARARGS) != 0;
        boolean varkw = (code.flags & Code.FLAG_VARKEYWORDS) != 0;
        int varargsSlot = argcount + kwonly;
        int varkwSlot = varargsSlot + (varargs ? 1 : 0);

        int n = Math.min(npos, argcount);
        System.arraycopy(src, start, slots, 0, n);
        if (varargs) {
            Object[] extra = new Object[Math.max(0, npos - argcount)];
            System.arraycopy(src, start + n, extra, 0, extra.length);
            slots[varargsSlot] = PyTuple.of(extra);
        }
        PyDict kwargs = varkw ? new PyDict() : null;
        if (varkw) {
            slots[varkwSlot] = kwargs;
        }
        if (kwnames != null) {
            List<String> posonlyPassed = null;
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                Object value = src[start + npos + k];
                int slot = -1;
                for (int i = code.posonlyargcount; i < argcount + kwonly; i++) {
                    if (code.varnames[i].equals(kw)) {
                        slot = i;
                        break;
                    }
                }
                if (slot < 0) {
                    if (kwargs != null) {
                        kwargs.put(kw, value);
                        continue;
                    }
                    if (isPositionalOnly(code, kw)) {
                        if (posonlyPassed == null) {
                            posonlyPassed = new ArrayList<>();
                        }
                        posonlyPassed.add(kw);
                        continue;
                    }
                    throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                if (slots[slot] != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
                }
                slots[slot] = value;
            }
            if (posonlyPassed != null) {
                throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword "
                        + "arguments: '" + String.join(", ", posonlyPassed) + "'");
            }
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(fn, npos, kwnames, slots);
        }
        if (npos < argcount || kwonly > 0) {
            fillDefaults(fn, slots, npos);
        }
        f.initCells(fn.closure);
        return f;
    }

    private static boolean isPositionalOnly(Code code, String name) {
        for (int i = 0; i < code.posonlyargcount; i++) {
            if (code.varnames[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void fillDefaults(PyFunction fn, Object[] slots, int npos) {
        Code code = fn.code;
        int argcount = code.argcount;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        int firstDefault = argcount - ndefaults;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (slots[i] != null) {
                continue;
            }
            if (i >= firstDefault) {
                slots[i] = fn.defaults.get(i - firstDefault);
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "positional");
        }
        for (int i = argcount; i < argcount + code.kwonlyargcount; i++) {
            if (slots[i] != null) {
                continue;
            }
            Object d = fn.kwdefaults == null ? null : fn.kwdefaults.get(code.varnames[i]);
            if (d != null) {
                slots[i] = d;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "keyword-only");
        }
    }

    private static RuntimeException missingArguments(PyFunction fn, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + b);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, String[] kwnames, Object[] slots) {
        Code code = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        int max = code.argcount;
        int min = max - ndefaults;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwonlyGiven = 0;
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (slots[i] != null) {
                kwonlyGiven++;
            }
        }
        String plural = min == max && max == 1 ? "" : "s";
        if (kwonlyGiven > 0) {
            return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument" + plural + " but "
                    + given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument" + plural + " but "
                + given + (given == 1 ? " was" : " were") + " given");
    }
}

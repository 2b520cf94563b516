package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

import java.util.ArrayList;
import java.util.List;

/** The run-time checks of structural pattern matching (MATCH_* instructions). */
final class Matching {
    private Matching() {}

    /** Built-in types whose class pattern with one positional sub-pattern matches the subject itself. */
    private static boolean matchesSelf(PyType t) {
        for (PyType k : new PyType[] {PyTypes.BOOL, PyTypes.DICT, PyTypes.FLOAT, PyTypes.FROZENSET, PyTypes.INT,
            PyTypes.LIST, PyTypes.SET, PyTypes.STR, PyTypes.TUPLE, dev.krait.runtime.PyBytes.TYPE,
            dev.krait.runtime.PyByteArray.TYPE}) {
            if (t == k) {
                return true;
            }
        }
        return false;
    }

    static Object isMapping(Object subject) {
        return Ops.type(subject).isSubtypeOf(PyTypes.DICT);
    }

    static Object isSequence(Object subject) {
        PyType t = Ops.type(subject);
        return t.isSubtypeOf(PyTypes.LIST) || t.isSubtypeOf(PyTypes.TUPLE) || t.isSubtypeOf(PyTypes.RANGE);
    }

    /** MATCH_KEYS: the values for {@code keys} as a tuple, or None if any key is missing. */
    static Object keys(Object subject, PyTuple keys) {
        Object[] values = new Object[keys.size()];
        List<Object> seen = new ArrayList<>();
        Object get = Attributes.get(subject, "get");
        Object missing = new PyDict();
        for (int i = 0; i < values.length; i++) {
            Object k = keys.get(i);
            for (Object s : seen) {
                if (Ops.eq(s, k)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.repr(k) + ")");
                }
            }
            seen.add(k);
            Object v = Ops.call(get, k, missing);
            if (v == missing) {
                return PyTypes.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** MATCH_CLASS: the attributes for the sub-patterns as a tuple, or None when the subject does not match. */
    static Object classPattern(Object subject, Object cls, PyTuple kwNames, int positional) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!dev.krait.runtime.TypeChecks.isInstance(subject, type)) {
            return PyTypes.NONE;
        }
        List<String> attrs = new ArrayList<>();
        List<Object> out = new ArrayList<>();
        if (positional > 0) {
            Object matchArgs = Attributes.find(type, "__match_args__");
            if (matchArgs == null && matchesSelf(type)) {
                if (positional > 1) {
                    throw Errors.typeError(type.name + "() accepts 1 positional sub-pattern (" + positional + " given)");
                }
                out.add(subject);
            } else {
                Object[] names = matchArgs == null ? new Object[0] : matchArgs instanceof PyTuple t ? t.array() : null;
                if (names == null) {
                    throw Errors.typeError(type.name + ".__match_args__ must be a tuple (got "
                            + Ops.typeName(matchArgs) + ")");
                }
                if (positional > names.length) {
                    throw Errors.typeError(type.name + "() accepts " + names.length + " positional sub-pattern"
                            + (names.length == 1 ? "" : "s") + " (" + positional + " given)");
                }
                // Each name is checked as its attribute is fetched: a missing one ends the match before the next.
                for (int i = 0; i < positional; i++) {
                    if (!(names[i] instanceof String n)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + Ops.typeName(names[i])
                                + ")");
                    }
                    if (!fetch(subject, type, n, attrs, out)) {
                        return PyTypes.NONE;
                    }
                }
            }
        }
        for (Object k : kwNames.array()) {
            if (!fetch(subject, type, (String) k, attrs, out)) {
                return PyTypes.NONE;
            }
        }
        return PyTuple.of(out.toArray());
    }

    /** Adds attribute {@code name} of the subject to {@code out}; false when it has none. */
    private static boolean fetch(Object subject, PyType type, String name, List<String> seen, List<Object> out) {
        if (seen.contains(name)) {
            throw Errors.typeError(type.name + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        seen.add(name);
        Object v = Attributes.find(subject, name);
        if (v == null) {
            return false;
        }
        out.add(v);
        return true;
    }
}

package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Items;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyTuple;

/** Name lookups and stores that are more than an array access: globals, builtins, namespaces, cells. */
final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return Errors.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException nameError(String name) {
        PyBaseException e = new PyBaseException(ExceptionTypes.NAME_ERROR, PyTuple.of("name '" + name + "' is not defined"));
        e.dict.put("name", name);
        return e.asThrowable();
    }

    static Object loadDeref(Code code, Object[] s, int i) {
        Object v = ((PyCell) s[code.nlocals() + i]).value;
        if (v == null) {
            throw unboundDeref(code, i);
        }
        return v;
    }

    private static PyException unboundDeref(Code code, int i) {
        String name = code.derefName(i);
        if (i < code.cellvars.length) {
            return unboundLocal(name);
        }
        return Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    static void deleteDeref(Code code, Object[] s, int i) {
        PyCell cell = (PyCell) s[code.nlocals() + i];
        if (cell.value == null) {
            throw unboundDeref(code, i);
        }
        cell.value = null;
    }

    /** A class body reading a free variable: the class namespace wins if it has the name. */
    static Object loadClassDeref(Frame f, int i) {
        String name = f.code.derefName(i);
        Object v = namespaceGet(f.locals, name);
        return v != null ? v : loadDeref(f.code, f.slots, i);
    }

    static Object loadGlobal(Frame f, String name) {
        Object v = f.globals.get(name);
        if (v == null) {
            v = f.builtins.get(name);
            if (v == null) {
                throw nameError(name);
            }
        }
        return v;
    }

    /** DELETE_GLOBAL; returns the value the name had. */
    static Object deleteGlobal(Frame f, String name) {
        Object old = f.globals.remove(name);
        if (old == null) {
            throw nameError(name);
        }
        return old;
    }

    static Object loadName(Frame f, String name) {
        Object v = f.locals == f.globals ? null : namespaceGet(f.locals, name);
        return v != null ? v : loadGlobal(f, name);
    }

    static void storeName(Frame f, String name, Object value) {
        if (f.locals instanceof PyDict d) {
            d.put(name, value);
        } else {
            Items.setItem(f.locals, name, value);
        }
    }

    /** DELETE_NAME; returns the value the name had, or null when the namespace is not a dict. */
    static Object deleteName(Frame f, String name) {
        if (f.locals instanceof PyDict d) {
            Object old = d.remove(name);
            if (old == null) {
                throw nameError(name);
            }
            return old;
        }
        try {
            Items.delItem(f.locals, name);
            return null;
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    /** A lookup in a locals namespace (a dict, or any mapping given to exec); null when absent. */
    private static Object namespaceGet(Object ns, String name) {
        if (ns instanceof PyDict d) {
            return d.get(name);
        }
        if (ns == null) {
            return null;
        }
        try {
            return Items.getItem(ns, name);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    static Object loadBuildClass(Frame f) {
        Object v = f.builtins.get("__build_class__");
        if (v == null) {
            throw Errors.nameError("__build_class__ not found");
        }
        return v;
    }

    static void setupAnnotations(Frame f) {
        if (namespaceGet(f.locals, "__annotations__") == null) {
            storeName(f, "__annotations__", new PyDict());
        }
    }
}

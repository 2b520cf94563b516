package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

import java.util.Arrays;

/**
 * {@code __build_class__}: what a class statement does. Picks the metaclass, prepares the namespace, runs the
 * class body in it, calls the metaclass, and fills the {@code __class__} cell used by zero-argument super().
 */
final class ClassBuilder {
    private ClassBuilder() {}

    static Object build(Object funcArg, Object nameArg, PyTuple bases, PyDict kwds) {
        if (!(funcArg instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(nameArg instanceof String name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        Object meta = kwds.remove("metaclass");
        if (meta == null) {
            meta = bases.size() == 0 ? PyTypes.TYPE : Ops.type(bases.get(0));
        }
        if (meta instanceof PyType m) {
            meta = mostDerivedMetaclass(m, bases);
        }
        Object ns;
        Object prepare = dev.krait.runtime.Attributes.find(meta, "__prepare__");
        if (prepare != null) {
            Object[] args = {name, bases};
            ns = callWithKeywords(prepare, args, kwds);
            // Any mapping will do (a dict subclass, say): the class body stores its names through __setitem__.
            if (!(ns instanceof PyDict) && Ops.type(ns).lookup("__getitem__") == null) {
                throw Errors.typeError((meta instanceof PyType m ? m.name : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + Ops.typeName(ns));
            }
        } else {
            ns = new PyDict();
        }
        Frame f = new Frame(body.code, body.globals, body.builtins, ns);
        f.initCells(body.closure);
        Object cell = Interpreter.execute(ThreadState.current(), f);
        Object cls = callWithKeywords(meta, new Object[] {name, bases, ns}, kwds);
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            // type.__new__ fills the cell from the namespace's __classcell__; a metaclass that built the class
            // from another namespace (or another class) breaks zero-argument super(), so say so now.
            if (c.value == null) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "__class__ not set defining " + Ops.repr(name)
                        + " as " + Ops.repr(cls) + ". Was __classcell__ propagated to type.__new__?");
            }
            throw Errors.typeError("__class__ set to " + Ops.repr(c.value) + " defining " + Ops.repr(name) + " as "
                    + Ops.repr(cls));
        }
        return cls;
    }

    private static PyType mostDerivedMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (Object b : bases.array()) {
            PyType bt = Ops.type(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static Object callWithKeywords(Object callable, Object[] positional, PyDict kwds) {
        if (kwds.size() == 0) {
            return Ops.call(callable, positional, null);
        }
        Object[] all = Arrays.copyOf(positional, positional.length + kwds.size());
        String[] names = new String[kwds.size()];
        int k = 0;
        for (int e = kwds.next(0); e >= 0; e = kwds.next(e + 1)) {
            names[k] = (String) kwds.keyAt(e);
            all[positional.length + k++] = kwds.valueAt(e);
        }
        return Ops.call(callable, all, names);
    }
}

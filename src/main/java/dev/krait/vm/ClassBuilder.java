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
import dev.krait.runtime.TypeMethods;

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
        PyTuple origBases = bases;
        bases = resolveMroEntries(bases);
        Object meta = kwds.remove("metaclass");
        if (meta == null) {
            meta = bases.size() == 0 ? PyTypes.TYPE : Ops.type(bases.get(0));
        }
        if (meta instanceof PyType m) {
            meta = TypeMethods.calculateMetaclass(m, bases);
        }
        Object ns;
        Object prepare = dev.krait.runtime.Attributes.find(meta, "__prepare__");
        if (prepare != null) {
            Object[] args = {name, bases};
            ns = TypeMethods.callWithKeywords(prepare, args, kwds);
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
        if (bases != origBases) {
            dev.krait.runtime.Items.setItem(ns, "__orig_bases__", origBases);
        }
        Object cls = TypeMethods.callWithKeywords(meta, new Object[] {name, bases, ns}, kwds);
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

    /**
     * Replaces each base that is not a class but has {@code __mro_entries__} by the classes that method returns
     * (given the original bases); returns {@code bases} itself when there is none to replace.
     */
    private static PyTuple resolveMroEntries(PyTuple bases) {
        java.util.List<Object> resolved = null;
        for (int i = 0; i < bases.size(); i++) {
            Object base = bases.get(i);
            Object entries = base instanceof PyType ? null : dev.krait.runtime.Attributes.find(base, "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(base);
                }
                continue;
            }
            Object replacement = Ops.call(entries, bases);
            if (!(replacement instanceof PyTuple r)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new java.util.ArrayList<>(Arrays.asList(bases.array()).subList(0, i));
            }
            resolved.addAll(Arrays.asList(r.array()));
        }
        return resolved == null ? bases : PyTuple.of(resolved.toArray());
    }
}

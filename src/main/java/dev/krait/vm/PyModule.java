package dev.krait.vm;

import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.PyModuleLike;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/** A module: a named namespace. Attribute access reads and writes its dict. */
public final class PyModule extends PyObject implements PyModuleLike {
    public static final PyType TYPE = PyType.builtin("module", PyTypes.OBJECT, true, null, t -> {
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> ((PyModule) a[0]).repr());
        dev.krait.runtime.PyGetSet.readonly(t, "__dict__", o -> ((PyModule) o).dict);
        // Like a class's, a module's __annotations__ is made (empty) on first access.
        dev.krait.runtime.PyGetSet.writable(t, "__annotations__", o -> {
            PyDict d = ((PyModule) o).dict;
            Object own = d.get("__annotations__");
            if (own == null) {
                own = new PyDict();
                d.put("__annotations__", own);
            }
            return own;
        }, (o, v) -> {
            PyDict d = ((PyModule) o).dict;
            if (v != null) {
                d.put("__annotations__", v);
            } else if (d.remove("__annotations__") == null) {
                throw dev.krait.runtime.Attributes.missing(o, "__annotations__");
            }
        });
        // A module's attributes are its namespace alone (its __dict__ attribute, which a subclass may override),
        // not those of the module type, unless the module defines its own __dir__ function (PEP 562).
        PyBuiltinFunction.method(t, "__dir__(self, /)", a -> {
            if (!(dev.krait.runtime.Attributes.get(a[0], "__dict__") instanceof PyDict d)) {
                throw dev.krait.runtime.Errors.typeError("<module>.__dict__ is not a dictionary");
            }
            Object own = d.get("__dir__");
            return own != null ? Ops.call(own) : Iteration.toList(d);
        });
        // module(name, doc) is made by __new__ (empty, of the class asked for, which may be a subclass) and
        // filled by __init__, so that subclasses can override either.
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, /, *args, **kwargs)", a -> {
            if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(t)) {
                throw dev.krait.runtime.Errors.typeError("module.__new__(X): X is not a subtype of module");
            }
            return new PyModule(cls);
        }));
        PyBuiltinFunction.method(t, "__init__(self, name, doc=None)", a -> {
            PyDict d = ((PyModule) a[0]).dict;
            d.put("__name__", Ops.str(a[1]));
            d.put("__doc__", a[2] != null ? a[2] : PyTypes.NONE);
            d.put("__package__", PyTypes.NONE);
            d.put("__loader__", PyTypes.NONE);
            d.put("__spec__", PyTypes.NONE);
            return PyTypes.NONE;
        });
    });

    public final PyDict dict;
    private final String name;
    /** The module type, or the subclass this module was made as or assigned to. */
    private PyType type = TYPE;
    /** Made by calling the module type from Python (not a built-in module nor one loaded from a file). */
    private final boolean madeByCall;

    private PyModule(PyType type) {
        this.name = "?";
        this.dict = new PyDict();
        this.type = type;
        this.madeByCall = true;
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        this.madeByCall = false;
        dict.put("__name__", name);
        if (dict.get("__doc__") == null) {
            dict.put("__doc__", PyTypes.NONE);
        }
        if (dict.get("__package__") == null) {
            dict.put("__package__", PyTypes.NONE);
        }
        adoptFunctions();
    }

    /** Marks the module's built-in functions as its own ({@code len.__module__ == 'builtins'}). */
    public void adoptFunctions() {
        for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
            if (dict.valueAt(e) instanceof PyBuiltinFunction f && f.owner == null && f.module() == null) {
                f.setModule(moduleName());
            }
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public boolean setModuleClass(PyType cls) {
        if (!cls.isSubtypeOf(TYPE)) {
            return false;
        }
        type = cls;
        return true;
    }

    @Override
    public String moduleName() {
        Object n = dict.get("__name__");
        return n instanceof String s ? s : name;
    }

    @Override
    public PyDict moduleDict() {
        return dict;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    String repr() {
        Object file = dict.get("__file__");
        if (file instanceof String f) {
            return "<module '" + moduleName() + "' from '" + f + "'>";
        }
        return "<module '" + moduleName() + (madeByCall ? "'>" : "' (built-in)>");
    }
}

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
        // A module's attributes are its namespace alone, not those of the module type, unless the module
        // defines its own __dir__ function (PEP 562).
        PyBuiltinFunction.method(t, "__dir__(self, /)", a -> {
            PyDict d = ((PyModule) a[0]).dict;
            Object own = d.get("__dir__");
            return own != null ? Ops.call(own) : Iteration.toList(d);
        });
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, name, doc=None)", a -> {
            PyModule m = new PyModule(Ops.str(a[1]));
            if (a[2] != null) {
                m.dict.put("__doc__", a[2]);
            }
            return m;
        }));
    });

    public final PyDict dict;
    private final String name;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", name);
        if (dict.get("__doc__") == null) {
            dict.put("__doc__", PyTypes.NONE);
        }
        if (dict.get("__package__") == null) {
            dict.put("__package__", PyTypes.NONE);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
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
        return "<module '" + moduleName() + "' (built-in)>";
    }
}

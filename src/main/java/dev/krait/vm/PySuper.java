package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDescriptor;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/** {@code super(type, obj)}: attribute lookup that starts after {@code type} in obj's MRO. */
public final class PySuper extends PyObject {
    static final PyType TYPE = PyType.builtin("super", PyTypes.OBJECT, true, null, t -> {
        t.dict().put("__new__", dev.krait.runtime.PyBuiltinFunction.function(
                "__new__(cls, type=<unrepresentable>, object_or_type=None, /)",
                a -> VmBuiltins.superObject(a[1], a[2])));
        method(t, "__getattribute__(self, name, /)", a -> ((PySuper) a[0]).get((String) a[1]));
        method(t, "__repr__(self, /)", a -> {
            PySuper s = (PySuper) a[0];
            return "<super: <class '" + s.start.name + "'>, " + (s.obj == null ? "NULL" : "<" + s.objType.name + " object>")
                    + ">";
        });
    });

    final PyType start;
    final Object obj;
    final PyType objType;

    PySuper(PyType start, Object obj) {
        this.start = start;
        this.obj = obj;
        if (obj instanceof PyType t && t.isSubtypeOf(start)) {
            this.objType = t;
        } else if (Ops.type(obj).isSubtypeOf(start)) {
            this.objType = Ops.type(obj);
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    Object get(String name) {
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict().get(name);
            if (v == null) {
                continue;
            }
            Object instance = obj == objType ? null : obj;
            if (v instanceof PyDescriptor d) {
                return d.get(instance, objType);
            }
            if (v instanceof PyObject p && p.bindsAsMethod()) {
                return instance == null ? v : new dev.krait.runtime.PyMethod(v, instance);
            }
            return instance == null ? v : Attributes.bindDescriptor(v, instance, objType);
        }
        if (name.equals("__class__")) {
            return TYPE;
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'");
    }
}

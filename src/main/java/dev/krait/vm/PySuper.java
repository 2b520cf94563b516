package dev.krait.vm;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDescriptor;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in obj's MRO. {@code super(type)}
 * alone is unbound: a descriptor that binds to the instance it is fetched through.
 */
public final class PySuper extends PyObject {
    static final PyType TYPE = PyType.builtin("super", PyTypes.OBJECT, true, null, t -> {
        // Arguments are checked by hand: CPython's super() words its errors as "super() expected at most ...".
        t.dict().put("__new__", dev.krait.runtime.PyBuiltinFunction.function("__new__(cls, /, *args, **kwargs)",
                a -> {
                    Object[] args = ((PyTuple) a[1]).array();
                    if (((PyDict) a[2]).size() > 0) {
                        throw Errors.typeError("super() takes no keyword arguments");
                    }
                    if (args.length > 2) {
                        throw Errors.typeError("super() expected at most 2 arguments, got " + args.length);
                    }
                    return VmBuiltins.superObject(args.length > 0 ? args[0] : null,
                            args.length > 1 ? args[1] : PyTypes.NONE);
                }));
        method(t, "__getattribute__(self, name, /)", a -> ((PySuper) a[0]).get((String) a[1]));
        method(t, "__get__(self, instance, owner=None, /)", a -> {
            PySuper s = (PySuper) a[0];
            return s.obj != null || a[1] == PyTypes.NONE ? s : new PySuper(s.start, a[1]);
        });
        method(t, "__repr__(self, /)", a -> {
            PySuper s = (PySuper) a[0];
            return "<super: <class '" + s.start.name + "'>, " + (s.obj == null ? "NULL" : "<" + s.objType.name + " object>")
                    + ">";
        });
        PyGetSet.readonlyMember(t, "__thisclass__", o -> ((PySuper) o).start);
        PyGetSet.readonlyMember(t, "__self__", o -> orNone(((PySuper) o).obj));
        PyGetSet.readonlyMember(t, "__self_class__", o -> orNone(((PySuper) o).objType));
    });

    final PyType start;
    /** The instance or class bound to, and the type whose MRO is searched; both null for an unbound super. */
    final Object obj;
    final PyType objType;

    PySuper(PyType start, Object obj) {
        this.start = start;
        this.obj = obj;
        this.objType = obj == null ? null : searchedType(start, obj);
    }

    /** obj itself if it is a subclass of start, else its type, else the class its __class__ claims (a proxy's). */
    private static PyType searchedType(PyType start, Object obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(start)) {
            return t;
        }
        PyType actual = Ops.type(obj);
        if (actual.isSubtypeOf(start)) {
            return actual;
        }
        if (Attributes.find(obj, "__class__") instanceof PyType claimed && claimed.isSubtypeOf(start)) {
            return claimed;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static Object orNone(Object o) {
        return o == null ? PyTypes.NONE : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    Object get(String name) {
        if (objType == null || name.equals("__class__")) {
            // An unbound super, and __class__ (super's own class), answer from the super object itself.
            Object v = Attributes.genericGet(this, Ops.type(this), name);
            if (v == null) {
                throw Attributes.missing(this, name);
            }
            return v;
        }
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
        Object own = Attributes.genericGet(this, Ops.type(this), name);
        if (own != null) {
            return own;
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'");
    }
}

package dev.krait.runtime;

/**
 * Attribute access: {@code object.__getattribute__}'s algorithm (data descriptors on the type, then the instance
 * dict, then other class attributes, then {@code __getattr__}) and its setting and deleting counterparts.
 */
public final class Attributes {
    private Attributes() {}

    /** {@code getattr(obj, name)}: the full protocol, including {@code __getattribute__} and {@code __getattr__}. */
    public static Object get(Object obj, String name) {
        PyType t = Ops.type(obj);
        Object custom = t.lookup("__getattribute__");
        if (obj instanceof PyModuleLike m && isObjectDefault(custom)) {
            Object v = m.moduleDict().get(name);
            if (v != null) {
                return v;
            }
        }
        if (!isObjectDefault(custom)) {
            try {
                return Ops.callMethod(custom, obj, name);
            } catch (PyException e) {
                Object hook = t.lookup("__getattr__");
                if (hook == null || !e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                return Ops.callMethod(hook, obj, name);
            }
        }
        Object v;
        try {
            v = obj instanceof PyType type ? typeAttribute(type, name) : genericGet(obj, t, name);
        } catch (PyException e) {
            Object hook = t.lookup("__getattr__");
            if (hook == null || !e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return Ops.callMethod(hook, obj, name);
        }
        if (v != null) {
            return v;
        }
        Object hook = t.lookup("__getattr__");
        if (hook != null) {
            return Ops.callMethod(hook, obj, name);
        }
        if (obj instanceof PyModuleLike m) {
            // PEP 562: a module's own __getattr__ function answers for names its namespace lacks.
            Object moduleHook = m.moduleDict().get("__getattr__");
            if (moduleHook != null) {
                return Ops.call(moduleHook, name);
            }
        }
        throw missing(obj, name);
    }

    /** {@code getattr(obj, name)} returning null instead of raising AttributeError. */
    public static Object find(Object obj, String name) {
        try {
            return get(obj, name);
        } catch (PyException e) {
            if (e.value.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether a special method found on a type is object's own (so the generic algorithm applies). */
    public static boolean isObjectDefault(Object method) {
        // type's __setattr__ and __delattr__ are the generic ones too (for classes), as the others are object's.
        return method == null || method instanceof PyBuiltinFunction b
                && (b.owner == PyTypes.OBJECT || b.owner == PyTypes.TYPE
                        && (b.name.equals("__setattr__") || b.name.equals("__delattr__")));
    }


    /** The generic algorithm for instances; null when absent. */
    public static Object genericGet(Object obj, PyType t, String name) {
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr) && hasGet(descr)) {
            return bindDescriptor(descr, obj, t);
        }
        Object v = ownAttribute(obj, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return bindDescriptor(descr, obj, t);
        }
        return null;
    }

    /** The attribute {@code name} in the instance's own namespace (its {@code __dict__}), or null. */
    public static Object ownAttribute(Object obj, String name) {
        if (obj instanceof PyInstance i) {
            return i.getOwn(name);
        }
        PyDict dict = instanceDict(obj);
        return dict == null ? null : dict.get(name);
    }

    /** Attribute lookup on a class: metatype data descriptors, then the class's MRO, then the metatype. */
    private static Object typeAttribute(PyType type, String name) {
        PyType meta = type.type();
        Object metaDescr = meta.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr) && hasGet(metaDescr)) {
            return bindDescriptor(metaDescr, type, meta);
        }
        Object v = type.lookup(name);
        if (v != null) {
            return bindToClass(v, type);
        }
        if (metaDescr != null) {
            return bindDescriptor(metaDescr, type, meta);
        }
        return null;
    }

    /** What {@code Class.attr} yields for a class attribute: functions stay plain, descriptors run. */
    private static Object bindToClass(Object v, PyType type) {
        if (v instanceof PyObject p && p.bindsAsMethod()) {
            return v;
        }
        if (v instanceof PyDescriptor d) {
            return d.get(null, type);
        }
        Object get = v instanceof PyObject ? Ops.type(v).lookup("__get__") : null;
        if (get != null) {
            return Ops.callMethod(get, v, Ops.NONE, type);
        }
        return v;
    }

    /** Applies a class attribute found on {@code t} to instance {@code obj} (binding methods). */
    public static Object bindDescriptor(Object descr, Object obj, PyType t) {
        if (descr instanceof PyObject p) {
            if (p.bindsAsMethod()) {
                return new PyMethod(descr, obj);
            }
            if (descr instanceof PyDescriptor d) {
                return d.get(obj, t);
            }
            if (!(descr instanceof PyType)) {
                Object get = p.type().lookup("__get__");
                if (get != null) {
                    return Ops.callMethod(get, descr, obj, t);
                }
            }
        }
        return descr;
    }

    /** A data descriptor without __get__ (only __set__) does not hide the instance's own value. */
    private static boolean hasGet(Object descr) {
        return !(descr instanceof PyInstance i) || i.type().lookup("__get__") != null;
    }

    static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PyDescriptor d) {
            return d.isData();
        }
        if (descr instanceof PyInstance i) {
            PyType t = i.type();
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** The instance dict, or null for objects without one. */
    public static PyDict instanceDict(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.dict();
        }
        if (obj instanceof PyBaseException e) {
            return e.dict;
        }
        if (obj instanceof PyModuleLike m) {
            return m.moduleDict();
        }
        if (obj instanceof PyObject p) {
            return p.instanceDict();
        }
        return null;
    }

    /** AttributeError with {@code name} and {@code obj} set, as CPython does (tracebacks use them for hints). */
    public static PyException missing(Object obj, String name) {
        String msg;
        if (obj instanceof PyType t) {
            msg = "type object '" + t.name + "' has no attribute '" + name + "'";
        } else if (obj instanceof PyModuleLike m) {
            msg = "module '" + m.moduleName() + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'";
        }
        PyBaseException e = new PyBaseException(ExceptionTypes.ATTRIBUTE_ERROR, PyTuple.of(msg));
        e.dict.put("name", name);
        e.dict.put("obj", obj);
        return e.asThrowable();
    }

    /** {@code setattr(obj, name, value)}; a null value deletes. */
    public static void set(Object obj, String name, Object value) {
        PyType t = Ops.type(obj);
        Object custom = t.lookup(value == null ? "__delattr__" : "__setattr__");
        if (!isObjectDefault(custom)) {
            if (value == null) {
                Ops.callMethod(custom, obj, name);
            } else {
                Ops.callMethod(custom, obj, name, value);
            }
            return;
        }
        genericSet(obj, name, value);
    }

    /** {@code object.__setattr__}: data descriptors first, then the instance dict. */
    public static void genericSet(Object obj, String name, Object value) {
        if (obj instanceof PyType type) {
            if (type.builtin) {
                // Built-in types refuse every change before any descriptor is consulted.
                type.setAttribute(name, value);
            }
            // The metatype's data descriptors (__name__, __qualname__, ...) come before the class dict.
            Object metaDescr = type.type().lookup(name);
            if (metaDescr instanceof PyDescriptor d && d.isData()) {
                d.set(type, value);
                return;
            }
            type.setAttribute(name, value);
            return;
        }
        PyType t = Ops.type(obj);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            if (descr instanceof PyDescriptor d) {
                d.set(obj, value);
            } else {
                String hook = value == null ? "__delete__" : "__set__";
                Object m = Ops.type(descr).lookup(hook);
                if (m == null) {
                    throw Errors.attributeError(hook);
                }
                if (value == null) {
                    Ops.callMethod(m, descr, obj);
                } else {
                    Ops.callMethod(m, descr, obj, value);
                }
            }
            return;
        }
        if (obj instanceof PyInstance i && i.hasDict()) {
            if (value != null) {
                i.setOwn(name, value);
            } else if (i.removeOwn(name) == null) {
                throw missing(obj, name);
            }
            return;
        }
        PyDict dict = instanceDict(obj);
        if (dict == null) {
            if (descr != null) {
                throw Errors.attributeError("'" + t.nameInMessages() + "' object attribute '" + name
                        + "' is read-only");
            }
            throw Errors.attributeError("'" + t.nameInMessages() + "' object has no attribute '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(name) == null) {
                throw missing(obj, name);
            }
        } else {
            dict.put(name, value);
        }
    }
}

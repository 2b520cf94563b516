package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.Map;

/** The methods every object inherits from {@code object}. */
final class ObjectMethods {
    private ObjectMethods() {}

    /**
     * The ordering methods of a type that compares for equality only (object, complex, dict, range...): CPython
     * gives each such type its own {@code __lt__}... (from its rich-compare slot), which declines with
     * NotImplemented, so that {@code complex.__lt__(None)} names complex in its error.
     */
    static void registerUnordered(PyType t) {
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            method(t, cmp + "(self, value, /)", a -> Ops.NOT_IMPLEMENTED);
        }
    }

    static void init(PyType t) {
        Sizes.register(t);
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)", a -> objectNew(a)));
        method(t, "__init__(self, *args, **kwargs)", ObjectMethods::objectInit);
        method(t, "__repr__(self, /)", a -> defaultRepr(a[0]));
        // str() checks the result, naming __str__, so this passes __repr__'s result through unchecked.
        method(t, "__str__(self, /)", a -> Ops.callSpecial(a[0], "__repr__"));
        method(t, "__hash__(self, /)", a -> Hashing.identityHash(a[0]));
        method(t, "__eq__(self, value, /)", a -> a[0] == a[1] ? Boolean.TRUE : Ops.NOT_IMPLEMENTED);
        method(t, "__ne__(self, value, /)", a -> {
            Object eq = Ops.callSpecial(a[0], "__eq__", a[1]);
            return eq == Ops.NOT_IMPLEMENTED ? eq : (Object) !Ops.isTrue(eq);
        });
        registerUnordered(t);
        method(t, "__getattribute__(self, name, /)", a -> {
            Object v = Attributes.genericGet(a[0], Ops.type(a[0]), attrName(a[1]));
            if (v == null) {
                throw Attributes.missing(a[0], (String) a[1]);
            }
            return v;
        });
        method(t, "__setattr__(self, name, value, /)", a -> {
            refuseClass(a[0], "__setattr__");
            Attributes.genericSet(a[0], attrName(a[1]), a[2]);
            return Ops.NONE;
        });
        method(t, "__delattr__(self, name, /)", a -> {
            refuseClass(a[0], "__delattr__");
            Attributes.genericSet(a[0], attrName(a[1]), null);
            return Ops.NONE;
        });
        method(t, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw Errors.argumentType("__format__() argument", "str", a[1]);
            }
            if (!spec.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + Ops.typeName(a[0]) + ".__format__");
            }
            return Ops.str(a[0]);
        });
        method(t, "__dir__(self, /)", a -> Introspection.dir(a[0]));
        t.dict().put("__init_subclass__", new PyClassMethod(PyBuiltinFunction.function(
                "__init_subclass__(cls, /, *args, **kwargs)", a -> {
                    // Named after the class it is called for, as CPython's bound built-in method is.
                    String name = ((PyType) a[0]).qualname() + ".__init_subclass__()";
                    if (((PyDict) a[2]).size() > 0) {
                        throw Errors.typeError(name + " takes no keyword arguments");
                    }
                    if (((PyTuple) a[1]).size() > 0) {
                        throw Errors.typeError(name + " takes no arguments (" + ((PyTuple) a[1]).size() + " given)");
                    }
                    return Ops.NONE;
                })));
        method(t, "__getstate__(self, /)", a -> state(a[0]));
        // Pickling support needs copyreg, which Krait does not have: the methods exist (dir() lists them) but
        // refuse, as CPython does for objects it cannot pickle.
        method(t, "__reduce__(self, /)", a -> {
            throw Errors.typeError("cannot pickle '" + Ops.typeName(a[0]) + "' object");
        });
        method(t, "__reduce_ex__(self, protocol, /)", a -> {
            SequenceMethods.cInt(a[1]); // a C int in CPython, checked first
            Object reduce = Ops.type(a[0]).lookup("__reduce__");
            if (reduce != PyTypes.OBJECT.dict().get("__reduce__")) {
                return Ops.callMethod(reduce, a[0]);
            }
            throw Errors.typeError("cannot pickle '" + Ops.typeName(a[0]) + "' object");
        });
        t.dict().put("__subclasshook__", new PyClassMethod(PyBuiltinFunction.function(
                "__subclasshook__(cls, /, *args)", a -> Ops.NOT_IMPLEMENTED)));
        PyGetSet.writable(t, "__class__", Ops::type, (o, v) -> setClass(o, v));
        t.dict().put("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments"
                + " and returns a new featureless\ninstance that has no instance attributes and cannot be given"
                + " any.\n");
    }

    static String attrName(Object name) {
        if (BuiltinSubclasses.valueOf(name) instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(name) + "'");
    }

    private static Object objectNew(Object[] a) {
        if (!(a[0] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Ops.typeName(a[0]) + ")");
        }
        checkSafeNew(cls);
        boolean excess = ((PyTuple) a[1]).size() > 0 || ((PyDict) a[2]).size() > 0;
        if (excess) {
            if (cls.lookup("__new__") != PyTypes.OBJECT.dict().get("__new__")) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == PyTypes.OBJECT.dict().get("__init__")) {
                throw Errors.typeError(cls.name + "() takes no arguments");
            }
        }
        return cls.instanceFactory.apply(cls);
    }

    /**
     * Whether {@code cls.__new__} is object's own and may make instances of {@code cls}, so that calling the class
     * can make the bare instance directly. Remembered per class version, as classes rarely change.
     */
    static boolean makesPlainInstances(PyType cls) {
        int version = cls.version();
        if (cls.plainNewVersion == version) {
            return true;
        }
        if (cls.lookup("__new__") != PyTypes.OBJECT.dict().get("__new__") || unsafeNewBase(cls) != null
                || cls.builtin && cls != PyTypes.OBJECT) {
            return false;
        }
        cls.plainNewVersion = version;
        return true;
    }

    /**
     * Refuses {@code object.__new__(cls)} when instances of {@code cls} must be made by a built-in type's
     * {@code __new__} (a list subclass's by list's): found, as CPython does, on the first class up the base chain
     * whose {@code __new__} is not written in Python.
     */
    private static void checkSafeNew(PyType cls) {
        if (cls.builtin && cls != PyTypes.OBJECT && cls.lookup("__new__") == PyTypes.OBJECT.dict().get("__new__")) {
            // A built-in type without a constructor of its own (dict_keys, list_iterator, function...): its
            // instances are made only by the runtime.
            throw Errors.typeError("cannot create '" + TypeMethods.qualifiedName(cls) + "' instances");
        }
        PyType staticBase = unsafeNewBase(cls);
        if (staticBase != null) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use " + staticBase.name
                    + ".__new__()");
        }
    }

    /** The base whose {@code __new__} must make instances of {@code cls} instead of object's, or null. */
    private static PyType unsafeNewBase(PyType cls) {
        PyType staticBase = cls;
        while (!(staticBase.lookup("__new__") instanceof PyBuiltinFunction) && staticBase.base() != null) {
            staticBase = staticBase.base();
        }
        if (staticBase.lookup("__new__") != PyTypes.OBJECT.dict().get("__new__")
                && !cls.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return staticBase;
        }
        return null;
    }

    /**
     * object's {@code __setattr__}/{@code __delattr__} cannot be applied to a class, whose type overrides them
     * (CPython's "hackcheck": type.__setattr__ must be called instead).
     */
    private static void refuseClass(Object self, String what) {
        if (self instanceof PyType) {
            throw Errors.typeError("can't apply this " + what + " to " + Ops.typeName(self) + " object");
        }
    }

    private static Object objectInit(Object[] a) {
        boolean excess = ((PyTuple) a[1]).size() > 0 || ((PyDict) a[2]).size() > 0;
        if (excess) {
            PyType cls = Ops.type(a[0]);
            if (cls.lookup("__init__") != PyTypes.OBJECT.dict().get("__init__")) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (cls.lookup("__new__") == PyTypes.OBJECT.dict().get("__new__")) {
                throw Errors.typeError(cls.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return Ops.NONE;
    }

    /**
     * {@code object.__getstate__()}: the instance dict (None if empty or absent), paired with a dict of the set
     * slots when the class has slots.
     */
    private static Object state(Object o) {
        PyDict dict = o instanceof PyInstance i ? i.dict() : o instanceof PyBaseException e ? e.dict : null;
        Object state = dict == null || dict.size() == 0 ? Ops.NONE : dict;
        PyDict slots = new PyDict();
        for (PyType k : Ops.type(o).mro()) {
            for (Map.Entry<String, Object> e : k.dict().entrySet()) {
                Object v = e.getValue() instanceof PySlot slot ? slot.valueIn(o) : null;
                if (v != null && !slots.containsKey(e.getKey())) {
                    slots.put(e.getKey(), v);
                }
            }
        }
        return slots.size() == 0 ? state : PyTuple.of(state, slots);
    }

    /** {@code <__main__.A object at 0x7f...>}. */
    static String defaultRepr(Object o) {
        PyType t = Ops.type(o);
        return "<" + TypeMethods.reprName(t) + " object at " + Introspection.address(o) + ">";
    }

    private static void setClass(Object o, Object v) {
        if (v == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType t)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Ops.typeName(v) + "' object");
        }
        if (o instanceof PyModuleLike m && m.setModuleClass(t)) {
            return;
        }
        if (!(o instanceof PyInstance i) || t.builtin) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!Layouts.sameLayout(i.type(), t)) {
            throw Errors.typeError("__class__ assignment: '" + t.name + "' object layout differs from '"
                    + i.type().name + "'");
        }
        i.setType(t);
    }
}

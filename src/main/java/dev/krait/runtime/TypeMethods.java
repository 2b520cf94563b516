package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods and attributes of {@code type}: class creation, names, MRO and subclass checks. */
public final class TypeMethods {
    private TypeMethods() {}

    static void init(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args, **kwargs)", TypeMethods::typeNew));
        method(t, "__init__(self, *args, **kwargs)", a -> Ops.NONE);
        method(t, "__call__(self, *args, **kwargs)", a -> {
            PyDict kw = (PyDict) a[2];
            Object[] pos = ((PyTuple) a[1]).array();
            Object[] all = new Object[pos.length + kw.size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            int k = 0;
            for (int e = kw.next(0); e >= 0; e = kw.next(e + 1)) {
                names[k] = (String) kw.keyAt(e);
                all[pos.length + k++] = kw.valueAt(e);
            }
            return TypeCall.construct((PyType) a[0], all, names);
        });
        method(t, "__repr__(self, /)", a -> "<class '" + reprName((PyType) a[0]) + "'>");
        method(t, "__setattr__(self, name, value, /)", a -> {
            Attributes.genericSet(a[0], ObjectMethods.attrName(a[1]), a[2]);
            return Ops.NONE;
        });
        method(t, "__delattr__(self, name, /)", a -> {
            Attributes.genericSet(a[0], ObjectMethods.attrName(a[1]), null);
            return Ops.NONE;
        });
        method(t, "__subclasses__(self, /)", a -> ((PyType) a[0]).liveSubclasses());
        // The namespace of a class body: metaclasses overriding __prepare__ may build on it with super().
        t.dict().put("__prepare__", new PyClassMethod(PyBuiltinFunction.function(
                "__prepare__(cls, /, *args, **kwargs)", a -> new PyDict())));
        // A class's own annotations, never a base's: a class without any gets an empty dict of its own on first
        // access (built-in types have none).
        PyGetSet.writable(t, "__annotations__", o -> {
            PyType type = (PyType) o;
            Object own = type.dict().get("__annotations__");
            if (own != null || type.builtin) {
                return own;
            }
            PyDict fresh = new PyDict();
            type.setAttribute("__annotations__", fresh);
            return fresh;
        }, (o, v) -> ((PyType) o).setAttribute("__annotations__", v));
        method(t, "__or__(self, value, /)", a -> PyUnionType.or(a[0], a[1]));
        method(t, "__ror__(self, value, /)", a -> PyUnionType.or(a[1], a[0]));
        method(t, "mro(self, /)", a -> PyList.of((Object[]) ((PyType) a[0]).mro().clone()));
        method(t, "__instancecheck__(self, instance, /)", a -> Ops.type(a[1]).isSubtypeOf((PyType) a[0]));
        method(t, "__subclasscheck__(self, subclass, /)", a -> asType(a[1]).isSubtypeOf((PyType) a[0]));
        method(t, "__or__(self, value, /)", a -> PyUnionType.or(a[0], a[1]));
        method(t, "__ror__(self, value, /)", a -> PyUnionType.or(a[1], a[0]));
        PyGetSet.writable(t, "__name__", o -> ((PyType) o).name, (o, v) -> {
            PyType type = (PyType) o;
            if (type.builtin || v == null) {
                throw Errors.typeError("cannot " + (v == null ? "delete" : "set") + " '__name__' attribute of "
                        + "immutable type '" + type.name + "'");
            }
            if (!(v instanceof String s)) {
                throw Errors.typeError("can only assign string to " + type.name + ".__name__, not '"
                        + Ops.typeName(v) + "'");
            }
            type.name = checkedName(s);
        });
        PyGetSet.writable(t, "__qualname__", o -> ((PyType) o).qualname(), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("cannot delete '__qualname__' attribute of immutable type '"
                        + ((PyType) o).name + "'");
            }
            if (!(v instanceof String s)) {
                throw Errors.typeError("can only assign string to " + ((PyType) o).name + ".__qualname__, not '"
                        + Ops.typeName(v) + "'");
            }
            ((PyType) o).setQualname(s);
        });
        PyGetSet.readonlyMember(t, "__mro__", o -> PyTuple.of((Object[]) ((PyType) o).mro().clone()));
        PyGetSet.writable(t, "__bases__", o -> PyTuple.of((Object[]) ((PyType) o).bases().clone()),
                TypeMethods::setBases);
        PyGetSet.readonly(t, "__base__", o -> {
            PyType b = ((PyType) o).base();
            return b == null ? Ops.NONE : b;
        });
        PyGetSet.readonly(t, "__dict__", o -> new PyMappingProxy(((PyType) o).dict()));
        PyGetSet.writable(t, "__module__", o -> ((PyType) o).moduleName(),
                (o, v) -> ((PyType) o).setAttribute("__module__", v));
        PyGetSet.writable(t, "__doc__", o -> {
            // A class's __doc__ may be a descriptor (a class property, say), bound to the class itself.
            Object d = ((PyType) o).dict().get("__doc__");
            if (((PyType) o).builtin) {
                return d instanceof String ? d : BuiltinDocs.ofType((PyType) o);
            }
            Object get = d instanceof PyObject && !((PyType) o).builtin ? Ops.type(d).lookup("__get__") : null;
            return get != null ? Ops.callMethod(get, d, Ops.NONE, o) : d != null ? d : Ops.NONE;
        }, (o, v) -> ((PyType) o).setAttribute("__doc__", v));
    }

    /** {@code obj.__dict__} for instances of user classes. */
    private static final PyGetSet INSTANCE_DICT = PyGetSet.standalone("__dict__", PyTypes.OBJECT,
            o -> o instanceof PyType t ? new PyMappingProxy(t.dict()) : Attributes.instanceDict(o), (o, v) -> {
                if (!(o instanceof PyInstance i) || !i.hasDict()) {
                    // An instance whose dict belongs to a built-in base (a class, for a metaclass instance).
                    PyType builtinBase = Ops.type(o);
                    while (!builtinBase.builtin) {
                        builtinBase = builtinBase.base();
                    }
                    throw Errors.attributeError("attribute '__dict__' of '" + builtinBase.name
                            + "' objects is not writable");
                }
                if (v == null) {
                    // Deleting leaves the instance with a fresh, empty namespace.
                    i.setDict(new PyDict());
                    return;
                }
                if (!(v instanceof PyDict d)) {
                    throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(v) + "'");
                }
                i.setDict(d);
            });
    /** Krait has no weak references yet; the attribute exists (as in CPython) and reads None. */
    private static final PyGetSet NO_WEAKREFS = PyGetSet.standalone("__weakref__", PyTypes.OBJECT,
            o -> PyTypes.NONE, null);

    /** {@code cls.__bases__ = value}, with CPython's checks and words. */
    private static void setBases(Object o, Object value) {
        PyType type = (PyType) o;
        if (type.builtin) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + type.name + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + type.name + "'");
        }
        if (!(value instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + type.name + ".__bases__, not " + Ops.typeName(value));
        }
        if (tuple.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + type.name + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw Errors.typeError(type.name + ".__bases__ must be tuple of classes, not '"
                        + Ops.typeName(tuple.get(i)) + "'");
            }
            if (b.isSubtypeOf(type)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        PyType newBase = Layouts.bestBase(bases);
        PyType oldBase = type.base();
        if (collected(newBase) != collected(oldBase)) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name + "' deallocator differs from '"
                    + oldBase.name + "'");
        }
        if (newBase.solidBase() != oldBase.solidBase() || newBase.slotCount() != oldBase.slotCount()
                || newBase.instancesHaveDict() != oldBase.instancesHaveDict()) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name + "' object layout differs from '"
                    + oldBase.name + "'");
        }
        type.setBases(bases, newBase);
    }

    /**
     * Whether CPython frees instances of {@code t} through its cycle collector: classes of programs and the
     * built-in containers do, the simple built-in values and object do not. Bases differing so are incompatible.
     */
    private static boolean collected(PyType t) {
        return !t.builtin || !(t == PyTypes.OBJECT || t == PyTypes.INT || t == PyTypes.BOOL || t == PyTypes.FLOAT
                || t == PyTypes.STR || t == PyComplex.TYPE || t == PyBytes.TYPE);
    }

    static PyType asType(Object o) {
        if (o instanceof PyType t) {
            return t;
        }
        throw Errors.typeError("issubclass() arg 1 must be a class");
    }

    /**
     * The name in the reprs of a class and of its instances: as {@link #qualifiedName}, except that without a
     * module (or in builtins) CPython shows the type's C-level name, which is {@code __name__}, not the qualname.
     */
    static String reprName(PyType t) {
        Object module = t.moduleName();
        return module instanceof String m && !m.equals("builtins") ? m + "." + t.qualname() : t.name;
    }

    /** "int" for built-in types, "module.Qualname" for others. */
    static String qualifiedName(PyType t) {
        Object module = t.moduleName();
        if (!(module instanceof String m) || m.equals("builtins")) {
            return t.qualname();
        }
        return m + "." + t.qualname();
    }

    /** {@code type(name, bases, dict)} and metaclass {@code __new__}. */
    private static Object typeNew(Object[] a) {
        PyType meta = (PyType) a[0];
        Object[] args = ((PyTuple) a[1]).array();
        if (args.length != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + args.length + " given)");
        }
        if (!(BuiltinSubclasses.valueOf(args[0]) instanceof String name)) {
            throw Errors.argumentType("type.__new__() argument 1", "str", args[0]);
        }
        if (!(BuiltinSubclasses.valueOf(args[1]) instanceof PyTuple basesTuple)) {
            throw Errors.argumentType("type.__new__() argument 2", "tuple", args[1]);
        }
        if (!(BuiltinSubclasses.valueOf(args[2]) instanceof PyDict ns)) {
            throw Errors.argumentType("type.__new__() argument 3", "dict", args[2]);
        }
        for (Object base : basesTuple.array()) {
            if (!(base instanceof PyType) && Attributes.find(base, "__mro_entries__") != null) {
                throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        // The most derived metaclass of the bases makes the class; one with a __new__ of its own is handed the call.
        PyType winner = calculateMetaclass(meta, basesTuple);
        if (winner != meta) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != PyTypes.TYPE.dict().get("__new__")) {
                Object[] all = new Object[args.length + 1];
                all[0] = winner;
                System.arraycopy(args, 0, all, 1, args.length);
                return callWithKeywords(TypeCall.unwrapStatic(winnerNew), all, (PyDict) a[2]);
            }
            meta = winner;
        }
        return createClass(meta, checkedName(name), basesTuple, ns, (PyDict) a[2]);
    }

    /**
     * The metaclass a class with these bases must have: the most derived of {@code meta} and the bases' types,
     * which must form a chain (CPython's _PyType_CalculateMetaclass).
     */
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
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

    /** Calls {@code callable} with the positional arguments and the keywords in {@code kwds}. */
    public static Object callWithKeywords(Object callable, Object[] positional, PyDict kwds) {
        if (kwds.size() == 0) {
            return Ops.call(callable, positional, null);
        }
        Object[] all = java.util.Arrays.copyOf(positional, positional.length + kwds.size());
        String[] names = new String[kwds.size()];
        int k = 0;
        for (int e = kwds.next(0); e >= 0; e = kwds.next(e + 1)) {
            names[k] = (String) kwds.keyAt(e);
            all[positional.length + k++] = kwds.valueAt(e);
        }
        return Ops.call(callable, all, names);
    }

    /** A class name must be encodable as CPython's C string: UTF-8 without NUL characters. */
    private static String checkedName(String name) {
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError("type name must not contain null characters");
        }
        Codecs.encode(name, "utf-8", "strict");
        return name;
    }

    private static boolean secondaryBaseHasDict(PyType[] bases, PyType layoutBase) {
        for (PyType b : bases) {
            if (b != layoutBase && b.instancesHaveDict()) {
                return true;
            }
        }
        return false;
    }

    /** Builds a class: bases default to object, special functions are wrapped, hooks run. */
    static PyType createClass(PyType meta, String name, PyTuple basesTuple, PyDict ns, PyDict kwargs) {
        PyType[] bases = new PyType[Math.max(1, basesTuple.size())];
        if (basesTuple.size() == 0) {
            bases[0] = PyTypes.OBJECT;
        }
        for (int i = 0; i < basesTuple.size(); i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) {
                    throw Errors.typeError("duplicate base class " + b.name);
                }
            }
            bases[i] = b;
        }
        PyType layoutBase = Layouts.bestBase(bases);
        Map<String, Object> dict = new LinkedHashMap<>();
        for (int e = ns.next(0); e >= 0; e = ns.next(e + 1)) {
            dict.put(ObjectMethods.attrName(ns.keyAt(e)), ns.valueAt(e));
        }
        Object newFn = dict.get("__new__");
        if (newFn instanceof PyObject p && p.bindsAsMethod()) {
            dict.put("__new__", new PyStaticMethod(newFn));
        }
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            Object f = dict.get(implicit);
            if (f instanceof PyObject p && p.bindsAsMethod()) {
                dict.put(implicit, new PyClassMethod(f));
            }
        }
        if (!dict.containsKey("__module__")) {
            // type(name, bases, ns) takes the module from the caller, as CPython does.
            Object caller = ThreadState.current().frame;
            Object module = caller instanceof PyFrameLike f ? f.globals().get("__name__") : null;
            if (module != null) {
                dict.put("__module__", module);
            }
        }
        List<String> slots = Slots.declared(dict.get("__slots__"), name, layoutBase);
        if (slots != null && !layoutBase.instancesHaveDict() && secondaryBaseHasDict(bases, layoutBase)) {
            // Another base provides a __dict__ (and __weakref__), so even a class with __slots__ has them.
            slots = new java.util.ArrayList<>(slots);
            slots.add("__dict__");
            slots.add("__weakref__");
        }
        // Only a class whose layout base lacks them gets these descriptors; others inherit the base's (for a
        // metaclass, type's __dict__, which is the class namespace). Classes themselves are weakly referenceable
        // without a __weakref__ descriptor, so metaclasses get none.
        boolean addDict = layoutBase.lookup("__dict__") == null && (slots == null || slots.contains("__dict__"));
        boolean addWeakref = layoutBase.lookup("__weakref__") == null
                && (slots == null || slots.contains("__weakref__")) && !layoutBase.isSubtypeOf(PyTypes.TYPE);
        Object qualname = dict.remove("__qualname__");
        if (qualname != null && !(BuiltinSubclasses.valueOf(qualname) instanceof String)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + Ops.typeName(qualname));
        }
        if (BuiltinSubclasses.valueOf(dict.get("__doc__")) instanceof String doc) {
            // CPython keeps a UTF-8 copy of the docstring.
            Codecs.encode(doc, "utf-8", "strict");
        }
        Object classCell = dict.remove("__classcell__");
        if (classCell != null && !(classCell instanceof PyCell)) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Ops.repr(Ops.type(classCell)));
        }
        PyType cls = PyType.newClass(meta, name, bases, layoutBase, dict);
        cls.applyCustomMro();
        if (classCell != null) {
            // Zero-argument super() and __class__ work from here on, even in hooks run by type.__new__ itself
            // (__set_name__, __init_subclass__) and in a metaclass __new__ after this returns.
            ((PyCell) classCell).value = cls;
        }
        if (slots != null) {
            Slots.install(cls, slots);
        }
        // The namespace gets its entries in CPython's order, which shows in vars(cls): __module__ and the class
        // body first, then the slots, __dict__ and __weakref__ descriptors, __doc__ and __hash__ last.
        Map<String, Object> made = cls.dict();
        if (addDict) {
            made.putIfAbsent("__dict__", INSTANCE_DICT.forOwner(cls));
        }
        if (addWeakref) {
            made.putIfAbsent("__weakref__", NO_WEAKREFS.forOwner(cls));
        }
        made.putIfAbsent("__doc__", PyTypes.NONE);
        if (made.containsKey("__eq__") && !made.containsKey("__hash__")) {
            // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
            made.put("__hash__", PyTypes.NONE);
        }
        cls.invalidate();
        if (BuiltinSubclasses.valueOf(qualname) instanceof String q) {
            cls.setQualname(q);
        }
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            Object setName = e.getValue() instanceof PyObject ? Ops.type(e.getValue()).lookup("__set_name__") : null;
            if (setName != null) {
                try {
                    Ops.callMethod(setName, e.getValue(), cls, e.getKey());
                } catch (PyException failure) {
                    // CPython 3.11 reports the failure as the cause of a RuntimeError naming the attribute.
                    PyBaseException err = Errors.runtimeError("Error calling __set_name__ on '"
                            + Ops.typeName(e.getValue()) + "' instance " + Ops.repr(e.getKey()) + " in '" + cls.name
                            + "'").value;
                    err.cause = failure.value;
                    err.context = failure.value;
                    err.suppressContext = true;
                    throw err.asThrowable();
                }
            }
        }
        Object rawInit = null;
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length && rawInit == null; i++) {
            rawInit = mro[i].dict().get("__init_subclass__");
        }
        if (rawInit != null) {
            Object initSubclass = rawInit instanceof PyDescriptor d ? d.get(null, cls) : rawInit;
            Object[] kwValues = new Object[kwargs.size()];
            String[] kwNames = kwargs.size() == 0 ? null : new String[kwargs.size()];
            int k = 0;
            for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1)) {
                kwNames[k] = (String) kwargs.keyAt(e);
                kwValues[k++] = kwargs.valueAt(e);
            }
            Ops.call(initSubclass, kwValues, kwNames);
        }
        return cls;
    }
}

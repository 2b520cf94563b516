package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions to get, set and delete. */
public final class PyProperty extends PyDescriptor {
    public static final PyType TYPE = PyType.builtin("property", PyTypes.OBJECT, true, PyProperty::new,
            PyProperty::init);

    private final PyType type;
    private Object fget;
    private Object fset;
    private Object fdel;
    private Object doc;
    /** Whether {@link #doc} was taken from the getter (a new getter then brings its own). */
    private boolean getterDoc;
    /** The attribute name, learnt from {@code __set_name__}, for error messages; null until then. */
    private String name;
    /** The instance dict of a subclass instance (when the subclass has no __slots__); made on first use. */
    private PyDict dict;

    private PyProperty(PyType type) {
        this.type = type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null && type != TYPE && type.lookup("__dict__") != null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void init(PyType t) {
        Constructors.newFunction(t, "property(cls, *args, **kwargs)",
                a -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0]));
        Constructors.initMethod(t, "property(self, fget=None, fset=None, fdel=None, doc=None)", a -> {
            ((PyProperty) a[0]).setFunctions(a[1], a[2], a[3], a[4]);
            return Ops.NONE;
        });
        method(t, "getter(self, function, /)", a -> ((PyProperty) a[0]).copyWith(a[1], null, null));
        method(t, "setter(self, function, /)", a -> ((PyProperty) a[0]).copyWith(null, a[1], null));
        method(t, "deleter(self, function, /)", a -> ((PyProperty) a[0]).copyWith(null, null, a[1]));
        method(t, "__get__(self, instance, owner=None, /)", a -> {
            PyDescriptor.checkGetArguments(a[1], a[2]);
            return ((PyProperty) a[0]).get(a[1] == Ops.NONE ? null : a[1], null);
        });
        method(t, "__set__(self, instance, value, /)", a -> {
            ((PyProperty) a[0]).set(a[1], a[2]);
            return Ops.NONE;
        });
        method(t, "__delete__(self, instance, /)", a -> {
            ((PyProperty) a[0]).set(a[1], null);
            return Ops.NONE;
        });
        // CPython counts the arguments itself, in words of its own.
        method(t, "__set_name__(self, /, *args)", a -> {
            Object[] args = ((PyTuple) a[1]).array();
            if (args.length != 2) {
                throw Errors.typeError("__set_name__() takes 2 positional arguments but " + args.length
                        + " were given");
            }
            ((PyProperty) a[0]).name = args[1] instanceof String s ? s : null;
            return Ops.NONE;
        });
        PyGetSet.readonlyMember(t, "fget", o -> orNone(((PyProperty) o).fget));
        PyGetSet.readonlyMember(t, "fset", o -> orNone(((PyProperty) o).fset));
        PyGetSet.readonlyMember(t, "fdel", o -> orNone(((PyProperty) o).fdel));
        PyGetSet.writable(t, "__doc__", o -> orNone(((PyProperty) o).doc), (o, v) -> ((PyProperty) o).doc = v);
        PyGetSet.readonly(t, "__isabstractmethod__", o -> ((PyProperty) o).isAbstract());
    }

    private static Object orNone(Object o) {
        return o == null ? Ops.NONE : o;
    }

    private static Object absentIfNone(Object o) {
        return o == Ops.NONE ? null : o;
    }

    private void setFunctions(Object getter, Object setter, Object deleter, Object docText) {
        fget = absentIfNone(getter);
        fset = absentIfNone(setter);
        fdel = absentIfNone(deleter);
        doc = absentIfNone(docText);
        Object inherited = doc == null && fget != null ? absentIfNone(Attributes.find(fget, "__doc__")) : null;
        getterDoc = inherited != null;
        if (inherited != null && type == TYPE) {
            doc = inherited;
        } else if (inherited != null) {
            // A subclass's own __doc__ (its docstring) would shadow the getter's, so that goes into the instance
            // dict instead (a subclass with __slots__ refuses it), as in CPython 3.11.
            Attributes.set(this, "__doc__", inherited);
        }
    }

    /** getter/setter/deleter: a new property of the same type with one function replaced. */
    private Object copyWith(Object getter, Object setter, Object deleter) {
        Object g = getter == null || getter == Ops.NONE ? orNone(fget) : getter;
        Object s = setter == null || setter == Ops.NONE ? orNone(fset) : setter;
        Object d = deleter == null || deleter == Ops.NONE ? orNone(fdel) : deleter;
        // A doc copied from the old getter is taken afresh from the new one.
        Object copy = Ops.call(type, g, s, d, getterDoc ? Ops.NONE : orNone(doc));
        if (copy instanceof PyProperty p) {
            p.name = name;
        }
        return copy;
    }

    private boolean isAbstract() {
        for (Object f : new Object[] {fget, fset, fdel}) {
            Object flag = f == null ? null : Attributes.find(f, "__isabstractmethod__");
            if (flag != null && Ops.isTrue(flag)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object get(Object obj, PyType owner) {
        if (obj == null) {
            return this;
        }
        if (fget == null) {
            throw missingFunction(obj, "getter");
        }
        return Ops.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object obj, Object value) {
        Object f = value == null ? fdel : fset;
        if (f == null) {
            throw missingFunction(obj, value == null ? "deleter" : "setter");
        }
        if (value == null) {
            Ops.call(f, obj);
        } else {
            Ops.call(f, obj, value);
        }
    }

    private PyException missingFunction(Object obj, String what) {
        String label = name == null ? "property" : "property " + StrRepr.repr(name);
        return Errors.attributeError(label + " of '" + Ops.typeName(obj) + "' object has no " + what);
    }
}

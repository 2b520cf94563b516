package dev.krait.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Python type (class). Built-in types are created once per JVM and never change after their lazily run
 * initialiser has filled their dict, so they can be shared by every context; user classes belong to one context
 * and may change, which bumps {@link #version} so that caches keyed on it notice.
 */
public final class PyType extends PyObject {
    /** {@code __name__}: fixed for built-in types, assignable for classes. */
    public String name;
    private String qualname;
    /**
     * The module a built-in type belongs to when that is not builtins ("types" for SimpleNamespace, "sys" for
     * version_info): its {@code __module__}, and part of its name in messages, as in CPython's tp_name. Null for
     * the others, and for classes, whose {@code __module__} is in their dict.
     */
    private String builtinModule;
    private PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /** Runs once, on first use of {@link #dict}, to register a built-in type's methods. */
    private volatile Consumer<PyType> initializer;
    /** Set while the initialiser runs (guarded by this type's lock), so that its registrations get through. */
    private boolean initializing;
    /** True for built-in types: their attributes cannot be set. */
    public final boolean builtin;
    /** Creates a bare instance of this type (or of a subclass) for {@code __new__}; inherited by subclasses. */
    final Function<PyType, Object> instanceFactory;
    /** Whether subclassing is allowed ({@code bool}, {@code NoneType} and friends forbid it). */
    final boolean subclassable;
    /** Incremented whenever this type or a base changes; inline caches compare it. */
    private int version;
    /** {@link #hasFinalizer}'s answer as {@code 2 * version + answer}, or -1: one int, so a race sees both or neither. */
    private int finalizerState = -1;
    /**
     * The {@link #version} at which calling this class was found to need only a bare instance from
     * {@code object.__new__} (see {@link ObjectMethods#makesPlainInstances}); -1 until then.
     */
    int plainNewVersion = -1;
    /**
     * What the interpreter worked out about calling this class, keyed by the class's {@link #version} (see
     * dev.krait.vm.Instantiation); null until the class is first called. An immutable value, so a race only costs
     * working it out again.
     */
    public Object callCache;
    /**
     * The direct subclasses. Built-in types are shared by every context, so they list only built-in subclasses
     * here; the classes a program derives from them are listed in its context ({@link Context#subclassesOf}), which
     * keeps contexts from reaching each other's classes through {@code object.__subclasses__()}.
     */
    private SubclassList subclasses;
    /** How many {@code __slots__} values an instance holds (this class's and its bases'). */
    private int slotCount;
    /** Whether instances get an attribute dict: not for object() itself, nor when __slots__ leaves it out. */
    private boolean instancesHaveDict;
    /** The empty attribute layout new instances start with, made on first use (see {@link InstanceLayout}). */
    private InstanceLayout instanceLayout;
    /** {@code __base__}: the base whose instance layout this type's instances extend (see {@link Layouts}). */
    private PyType base;
    /**
     * The type that fixed the instance layout (CPython's solid base): the type itself for object, type and the
     * built-in types with their own instance representation (int, list, BaseException...) and for classes that
     * add {@code __slots__}; otherwise its base's. The bases of one class must have compatible solid bases.
     */
    private PyType solidBase;

    private PyType(String name, PyType metatype, PyType[] bases, boolean builtin, boolean subclassable,
                   Function<PyType, Object> instanceFactory, Consumer<PyType> initializer) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
        this.bases = bases;
        this.builtin = builtin;
        this.subclassable = subclassable;
        this.instanceFactory = instanceFactory;
        this.initializer = initializer;
        this.mro = Mro.compute(this, bases);
        this.base = bases.length == 0 ? null : bases[0];
        this.solidBase = this;
    }

    /** The initialiser of a built-in type without methods of its own (it still gets its {@code __doc__}). */
    private static final Consumer<PyType> NO_METHODS = t -> { };

    /** The root of all types; its initialiser is attached later by {@link ObjectMethods}. */
    static PyType newRoot() {
        return new PyType("object", null, new PyType[0], true, true, PyInstance::new, null);
    }

    /**
     * Declares a built-in type. {@code factory} makes instances for {@code __new__} (null: inherit the base's);
     * {@code initializer} fills the dict on first use.
     */
    public static PyType builtin(String name, PyType base, boolean subclassable, Function<PyType, Object> factory,
                                 Consumer<PyType> initializer) {
        PyType t = new PyType(name, PyTypes.TYPE, new PyType[] {base}, true, subclassable,
                factory != null ? factory : base.instanceFactory, initializer != null ? initializer : NO_METHODS);
        if (factory == null && base != PyTypes.OBJECT) {
            t.solidBase = base.solidBase;
        }
        t.registerWithBases();
        return t;
    }

    /** A built-in type with several bases (ExceptionGroup); instances are made like the first base's. */
    public static PyType builtin(String name, PyType[] bases, Consumer<PyType> initializer) {
        PyType t = new PyType(name, PyTypes.TYPE, bases, true, true, bases[0].instanceFactory,
                initializer != null ? initializer : NO_METHODS);
        t.solidBase = bases[0].solidBase;
        t.registerWithBases();
        return t;
    }

    /**
     * Creates a class from a class statement or a three-argument {@code type()} call; instances extend the layout
     * of {@code base}, the bases' {@link Layouts#bestBase}.
     */
    public static PyType newClass(PyType metatype, String name, PyType[] bases, PyType base, Map<String, Object> ns) {
        PyType t = new PyType(name, metatype, bases, false, true, base.instanceFactory, null);
        t.base = base;
        t.solidBase = base.solidBase;
        t.dict.putAll(ns);
        t.registerWithBases();
        t.slotCount = base.slotCount;
        t.instancesHaveDict = true;
        return t;
    }

    /** Used only to create {@code type} itself, whose metatype is itself. */
    static PyType newTypeType(PyType object) {
        PyType t = new PyType("type", null, new PyType[] {object}, true, true, null, null);
        t.metatype = t;
        return t;
    }

    void setMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    void setInitializer(Consumer<PyType> initializer) {
        this.initializer = initializer;
    }

    @Override
    public PyType type() {
        return metatype;
    }

    /** The name error messages give this type ("'types.SimpleNamespace' object has no attribute 'x'"). */
    public String nameInMessages() {
        return builtinModule != null ? builtinModule + "." + name : name;
    }

    /** Makes this built-in type part of {@code module} (see {@link #builtinModule}). */
    public void setModule(String module) {
        this.builtinModule = module;
    }

    /** {@code __module__}: a class's own entry, else the module of a built-in type, else "builtins". */
    public Object moduleName() {
        Object m = dict().get("__module__");
        // type's own dict holds the __module__ descriptor of its instances under that name: not type's module.
        if (m != null && !(builtin && !(m instanceof String))) {
            return m;
        }
        return builtinModule != null ? builtinModule : "builtins";
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType base() {
        return base;
    }

    PyType solidBase() {
        return solidBase;
    }

    public PyType[] mro() {
        return mro;
    }

    public int version() {
        return version;
    }

    public int slotCount() {
        return slotCount;
    }

    /**
     * {@code int(x)}, {@code float(x)} or {@code str(x)}, the most called types, as their {@code __new__} makes the
     * value, without the general call of a type; null for every other type (the general call handles it).
     */
    public Object callWithOneArgument(Object x) {
        if (this == PyTypes.INT) {
            return IntMethods.toInt(x);
        }
        if (this == PyTypes.FLOAT) {
            return FloatMethods.toFloat(x);
        }
        return this == PyTypes.STR ? Ops.str(x) : null;
    }

    /** Whether instances have a {@code __del__} method (looked up once per class version). */
    public boolean hasFinalizer() {
        int state = finalizerState;
        if (state >>> 1 != version || state < 0) {
            state = 2 * version + (lookup("__del__") != null ? 1 : 0);
            finalizerState = state;
        }
        return (state & 1) != 0;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** Whether calling this class makes its instances with {@code object.__new__} itself. */
    public boolean makesPlainInstances() {
        return ObjectMethods.makesPlainInstances(this);
    }

    /** A new instance made as {@code object.__new__} makes it (for classes whose instances it makes). */
    public Object newPlainInstance() {
        return instanceFactory.apply(this);
    }

    /** The layout of an instance without attributes yet. */
    InstanceLayout instanceLayout() {
        InstanceLayout root = instanceLayout;
        if (root == null) {
            synchronized (this) {
                if (instanceLayout == null) {
                    instanceLayout = InstanceLayout.root(this);
                }
                root = instanceLayout;
            }
        }
        return root;
    }

    void setLayout(int slotCount, boolean instancesHaveDict) {
        if (slotCount > this.slotCount) {
            // Slot values extend the layout, so that a base with other slots cannot be combined with this class.
            solidBase = this;
        }
        this.slotCount = slotCount;
        this.instancesHaveDict = instancesHaveDict;
    }

    /** The type's own namespace (not its bases'), initialising a built-in type on first use. */
    public Map<String, Object> dict() {
        if (initializer != null) {
            initialize();
        }
        return dict;
    }

    /** Runs the initialiser once; other threads wait for it, while its own calls to {@link #dict()} pass. */
    private synchronized void initialize() {
        Consumer<PyType> init = initializer;
        if (init != null && !initializing) {
            initializing = true;
            init.accept(this);
            Constructors.markNew(this);
            if (builtin && !dict.containsKey("__doc__")) {
                // Every built-in type has its own __doc__ entry (None if it has no docstring), so that its
                // instances find it rather than object's.
                dict.put("__doc__", BuiltinDocs.ofType(this));
            }
            initializer = null;
        }
    }

    /** Finds {@code name} along the MRO without invoking descriptors; null when absent. */
    public Object lookup(String name) {
        java.util.concurrent.ConcurrentHashMap<String, Object> cache = lookupCache;
        Object v = cache.get(name);
        if (v == null) {
            v = lookupMro(name);
            cache.put(name, v == null ? ABSENT : v);
        }
        return v == ABSENT ? null : v;
    }

    private Object lookupMro(String name) {
        for (PyType t : mro) {
            Object v = t.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Marks a name known to be absent along the MRO in {@link #lookupCache}. */
    private static final Object ABSENT = new Object();

    /**
     * Results of {@link #lookup}, found and absent, so a lookup is one hash probe instead of a walk of the MRO's
     * dicts. Cleared whenever this class or a base changes; concurrent because built-in types are shared.
     */
    private volatile java.util.concurrent.ConcurrentHashMap<String, Object> lookupCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Sets a class attribute (user classes only; built-in types refuse). */
    public void setAttribute(String attr, Object value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (attr.equals("__doc__") || attr.equals("__module__")) {
                throw Errors.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
            }
            if (dict.remove(attr) == null) {
                throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else {
            dict.put(attr, value);
        }
        invalidate();
    }

    /**
     * {@code cls.__bases__ = bases} once checked ({@link TypeMethods}): the class moves to its new bases' lists of
     * subclasses and it and every class derived from it get a new MRO. Should an MRO not be computable, nothing
     * changes.
     */
    void setBases(PyType[] newBases, PyType newBase) {
        PyType[] oldBases = bases;
        PyType oldBase = base;
        unregisterFromBases();
        bases = newBases;
        base = newBase;
        registerWithBases();
        try {
            recomputeMro();
        } catch (PyException e) {
            unregisterFromBases();
            bases = oldBases;
            base = oldBase;
            registerWithBases();
            recomputeMro();
            throw e;
        }
    }

    private void recomputeMro() {
        mro = Mro.compute(this, bases);
        applyCustomMro();
        invalidate();
        for (PyType sub : ownSubclasses().live()) {
            sub.recomputeMro();
        }
    }

    /**
     * A metaclass overriding {@code mro()} decides the MRO: its result must be an iterable of classes (CPython's
     * mro_internal). Called once the class exists, as the method receives it.
     */
    void applyCustomMro() {
        Object custom = metatype.lookup("mro");
        if (custom == null || custom == PyTypes.TYPE.dict().get("mro")) {
            return;
        }
        Object[] items = Iteration.toArray(Ops.callMethod(custom, this));
        PyType[] order = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType t)) {
                throw Errors.typeError("mro() returned a non-class ('" + Ops.typeName(items[i]) + "')");
            }
            order[i] = t;
        }
        mro = order;
    }

    private void unregisterFromBases() {
        for (PyType b : bases) {
            SubclassList list = b.listFor(this);
            if (list != null) {
                list.remove(this);
            }
        }
    }

    /** Records this type in its bases' lists of subclasses. */
    private void registerWithBases() {
        for (PyType b : bases) {
            SubclassList list = b.listFor(this);
            if (list != null) {
                list.add(this);
            }
        }
    }

    /**
     * Where {@code sub}, a direct subclass, is recorded: the running context's list for a program's class derived
     * from a built-in type (null outside a context), else this type's own list.
     */
    private SubclassList listFor(PyType sub) {
        return builtin && !sub.builtin ? programSubclasses() : ownSubclasses();
    }

    /** The list this type keeps itself: every subclass of a program's class, the built-in ones of a built-in type. */
    private synchronized SubclassList ownSubclasses() {
        if (subclasses == null) {
            subclasses = new SubclassList();
        }
        return subclasses;
    }

    /** The running context's classes derived from this built-in type, or null outside a context. */
    private SubclassList programSubclasses() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? null : ts.context.subclassesOf(this);
    }

    /** {@code type.__subclasses__()}: the direct subclasses still alive, oldest first. */
    public PyList liveSubclasses() {
        PyList out = new PyList();
        for (PyType sub : ownSubclasses().live()) {
            out.append(sub);
        }
        if (builtin) {
            SubclassList programs = programSubclasses();
            if (programs != null) {
                for (PyType sub : programs.live()) {
                    out.append(sub);
                }
            }
        }
        return out;
    }

    /** Marks this class and every class derived from it as changed, so inline caches keyed on them miss. */
    void invalidate() {
        version++;
        lookupCache = new java.util.concurrent.ConcurrentHashMap<>();
        for (PyType sub : ownSubclasses().live()) {
            sub.invalidate();
        }
    }

    /** True if this type is {@code other} or a subclass of it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Lists the type's subclass chain names, for error messages. */
    List<String> mroNames() {
        List<String> out = new ArrayList<>();
        for (PyType t : mro) {
            out.add(t.name);
        }
        return out;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return TypeCall.call(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}

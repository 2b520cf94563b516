package dev.krait.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A computed attribute of a built-in type, such as {@code slice.start} or {@code BaseException.args}. */
public final class PyGetSet extends PyDescriptor {
    static final PyType TYPE = PyTypes.fixed("getset_descriptor", t -> {
        registerProtocol(t, true);
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> {
            PyGetSet d = (PyGetSet) a[0];
            return "<" + (d.member ? "member '" : "attribute '") + d.name + "' of '" + d.owner.nameInMessages()
                    + "' objects>";
        });
    });

    private final String name;
    private final PyType owner;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;
    /** A read-only slot member of the C struct in CPython, which words its refusal to be set differently. */
    private final boolean member;

    private PyGetSet(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this(name, owner, getter, setter, false);
    }

    private PyGetSet(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter,
                     boolean member) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
        this.member = member;
    }

    /** A descriptor not yet attached to a type (placed into user classes' dicts). */
    static PyGetSet standalone(String name, PyType owner, Function<Object, Object> getter,
                               BiConsumer<Object, Object> setter) {
        return new PyGetSet(name, owner, getter, setter);
    }

    /** Registers a read-only attribute on a built-in type. */
    public static void readonly(PyType owner, String name, Function<Object, Object> getter) {
        owner.dict().put(name, new PyGetSet(name, owner, getter, null));
    }

    /** Registers a read-only attribute that CPython implements as a struct member ("readonly attribute"). */
    public static void readonlyMember(PyType owner, String name, Function<Object, Object> getter) {
        owner.dict().put(name, new PyGetSet(name, owner, getter, null, true));
    }

    /** Registers a writable attribute that CPython implements as a struct member (its repr says "member"). */
    public static void writableMember(PyType owner, String name, Function<Object, Object> getter,
                                      BiConsumer<Object, Object> setter) {
        owner.dict().put(name, new PyGetSet(name, owner, getter, setter, true));
    }

    /** This descriptor as it appears in class {@code owner}'s dict (for the ones shared by all user classes). */
    PyGetSet forOwner(PyType owner) {
        return new PyGetSet(name, owner, getter, setter, member);
    }

    /** Registers a writable attribute; the setter receives null to delete. */
    public static void writable(PyType owner, String name, Function<Object, Object> getter,
                                BiConsumer<Object, Object> setter) {
        owner.dict().put(name, new PyGetSet(name, owner, getter, setter));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object get(Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        Object v = getter.apply(BuiltinSubclasses.valueFor(obj, owner));
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    @Override
    void checkApplies(Object obj) {
        if (!Ops.type(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(obj) + "' object");
        }
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object obj, Object value) {
        if (setter == null) {
            throw Errors.attributeError(member ? "readonly attribute"
                    : "attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.accept(BuiltinSubclasses.valueFor(obj, owner), value);
    }
}

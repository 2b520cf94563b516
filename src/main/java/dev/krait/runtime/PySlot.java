package dev.krait.runtime;

/** A {@code __slots__} attribute: a data descriptor reading and writing one slot of the instance. */
public final class PySlot extends PyDescriptor {
    static final PyType TYPE = PyTypes.fixed("member_descriptor", t -> {
        registerProtocol(t, true);
        PyGetSet.readonly(t, "__name__", o -> ((PySlot) o).name);
        PyGetSet.readonlyMember(t, "__objclass__", o -> ((PySlot) o).owner);
        PyBuiltinFunction.method(t, "__repr__(self, /)", a -> "<member '" + ((PySlot) a[0]).name + "' of '"
                + ((PySlot) a[0]).owner.name + "' objects>");
    });

    private final String name;
    private final PyType owner;
    private final int index;

    PySlot(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    /** The index of this slot in the slot array of instances. */
    public int index() {
        return index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public Object get(Object obj, PyType type) {
        if (obj == null) {
            return this;
        }
        Object v = obj instanceof PyInstance i && i.slots != null ? i.slots[index] : null;
        if (v == null) {
            throw Errors.attributeError("'" + owner.name + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    /** The slot's value in {@code obj}, or null while unset. */
    Object valueIn(Object obj) {
        return obj instanceof PyInstance i && i.slots != null ? i.slots[index] : null;
    }

    @Override
    public void set(Object obj, Object value) {
        PyInstance i = (PyInstance) obj;
        if (value == null && i.slots[index] == null) {
            throw Errors.attributeError(name); // CPython's words for deleting an unset slot: just its name
        }
        i.slots[index] = value;
    }

    @Override
    void checkApplies(Object obj) {
        if (!Ops.type(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(obj) + "' object");
        }
    }
}

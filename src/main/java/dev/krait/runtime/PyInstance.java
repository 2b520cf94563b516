package dev.krait.runtime;

/**
 * An instance of a class whose solid base is {@code object}: a type pointer, its attributes, and the values of its
 * slots. Attributes live in one of two forms: an {@link InstanceLayout} (the names, shared with other instances)
 * plus an array of values, the fast form every instance starts in; or a {@link PyDict} of its own, which it switches
 * to for good once a program asks for {@code __dict__}, deletes an attribute, assigns {@code __class__} or adds a
 * great many attributes. Instances of classes whose {@code __slots__} leave out {@code __dict__} have neither.
 */
public final class PyInstance extends PyObject {
    private static final Object[] NO_VALUES = new Object[0];

    private PyType type;
    /** The names of the attributes, while they are kept as {@link #values}; null otherwise. */
    private InstanceLayout layout;
    /** The attribute values, indexed as in {@link #layout} (possibly longer than it). */
    private Object[] values;
    /** The attribute dict, once the instance has switched to one; null before (and without a dict). */
    private PyDict dict;
    /** Slot values ({@code __slots__}), indexed by {@link PySlot}; null entries are unset. */
    final Object[] slots;
    /**
     * For an instance of a class derived from a built-in type whose values are plain Java objects (int, str,
     * list, dict...): that value, which the built-in type's methods operate on. Null otherwise.
     */
    public Object base;
    /** For an instance of a class with {@code __del__}: its {@link Finalizers} guardian, if it has one. */
    private final Object guardian;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) {
            this.layout = type.instanceLayout();
            this.values = NO_VALUES;
        }
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        this.guardian = type.hasFinalizer() ? Finalizers.registerGuarded(this) : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Whether it is finalized when the program drops it (see {@link Finalizers}). */
    public boolean hasGuardian() {
        return guardian != null;
    }

    /** The value of slot {@code index} (see {@link PySlot#index}), null when unset. */
    public Object slot(int index) {
        return slots[index];
    }

    public void setSlot(int index, Object value) {
        slots[index] = value;
    }

    /** Assignment to {@code __class__}: the attributes move to a dict, since layouts belong to one class. */
    public void setType(PyType type) {
        dict();
        this.type = type;
    }

    /** Whether this instance has attributes of its own (a {@code __dict__}). */
    public boolean hasDict() {
        return layout != null || dict != null;
    }

    /** The layout of the attributes while they are kept as values, else null: what inline caches key on. */
    public InstanceLayout layout() {
        return layout;
    }

    /** The value at {@code index} of the {@link #layout}. */
    public Object valueAt(int index) {
        return values[index];
    }

    public void setValueAt(int index, Object value) {
        values[index] = value;
    }

    /** Adds the attribute that {@code next} (a child of the current layout) adds, with its value. */
    public void extend(InstanceLayout next, Object value) {
        int index = next.size() - 1;
        if (index >= values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(index + 1, Math.max(next.expectedSize(), values.length * 2)));
        }
        values[index] = value;
        layout = next;
    }

    /** The values of its attributes and slots. */
    public java.util.List<Object> referents() {
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (layout != null) {
            for (int i = 0; i < layout.size(); i++) {
                out.add(values[i]);
            }
        } else if (dict != null) {
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                out.add(dict.valueAt(e));
            }
        }
        if (slots != null) {
            for (Object v : slots) {
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The attribute {@code name} of the instance itself (not its class), or null. */
    public Object getOwn(String name) {
        if (layout != null) {
            int i = layout.indexOf(name);
            return i < 0 ? null : values[i];
        }
        return dict == null ? null : dict.get(name);
    }

    /** Sets attribute {@code name} on the instance itself; the caller checked {@link #hasDict()}. */
    public void setOwn(String name, Object value) {
        if (layout != null) {
            int i = layout.indexOf(name);
            if (i >= 0) {
                values[i] = value;
                return;
            }
            InstanceLayout next = layout.with(name);
            if (next != null) {
                extend(next, value);
                return;
            }
        }
        dict().put(name, value);
    }

    /** Removes attribute {@code name} from the instance itself; returns its value, or null if it had none. */
    public Object removeOwn(String name) {
        if (layout != null && layout.indexOf(name) < 0) {
            return null;
        }
        PyDict d = dict();
        return d == null ? null : d.remove(name);
    }

    /**
     * The instance's {@code __dict__} (null if it has none), made from the layout and values on first use; from then
     * on the dict holds the attributes.
     */
    public PyDict dict() {
        if (layout != null) {
            PyDict d = new PyDict(layout.size());
            for (int i = 0; i < layout.size(); i++) {
                d.put(layout.name(i), values[i]);
            }
            dict = d;
            layout = null;
            values = null;
        }
        return dict;
    }

    /** Assignment to {@code __dict__}; the caller checked {@link #hasDict()}. */
    public void setDict(PyDict d) {
        layout = null;
        values = null;
        dict = d;
    }
}

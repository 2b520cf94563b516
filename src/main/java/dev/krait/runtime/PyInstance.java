package dev.krait.runtime;

/**
 * An instance of a class whose solid base is {@code object}: a type pointer, an attribute dict (absent for plain
 * {@code object()} and for classes whose {@code __slots__} leave it out) and the values of its slots.
 */
public final class PyInstance extends PyObject {
    private PyType type;
    /** The attribute dict, or null when instances of the type have none. */
    public PyDict dict;
    /** Slot values ({@code __slots__}), indexed by {@link PySlot}; null entries are unset. */
    final Object[] slots;
    /**
     * For an instance of a class derived from a built-in type whose values are plain Java objects (int, str,
     * list, dict...): that value, which the built-in type's methods operate on. Null otherwise.
     */
    public Object base;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The value of slot {@code index} (see {@link PySlot#index}), null when unset. */
    public Object slot(int index) {
        return slots[index];
    }

    public void setSlot(int index, Object value) {
        slots[index] = value;
    }

    /** Assignment to {@code __class__}. */
    public void setType(PyType type) {
        this.type = type;
    }
}

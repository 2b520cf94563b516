package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyModuleLike;
import dev.krait.runtime.PySlot;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;

/**
 * The inline caches of attribute instructions. Instances of a class usually get their attributes in the same
 * order, so an attribute sits at the same entry of every instance dict: a cache remembers the type, its version
 * (which changes whenever the class or a base changes) and the entry, and checks the key at that entry. All are
 * immutable, so threads can share them.
 */
final class AttributeCaches {
    private AttributeCaches() {}

    /** A cache that produces an attribute's value for an owner, or null when its guard fails. */
    interface AttributeCache {
        Object get(Object owner);
    }

    /**
     * An instance attribute at a known dict entry, for instances of the types in {@code cases} (which have no
     * class attribute of the name); instances of a class usually fill their dicts in the same order.
     */
    record InstanceEntry(TypeCases cases, int entry, String name) implements AttributeCache {
        @Override
        public Object get(Object owner) {
            PyDict d = dictOf(owner);
            return d == null ? null : d.valueAt(entry);
        }

        /** Stores the value; false when the guard fails. */
        boolean set(Object owner, Object value) {
            PyDict d = dictOf(owner);
            if (d == null) {
                return false;
            }
            d.setValueAt(entry, value);
            return true;
        }

        /** The owner's dict if the guard holds and the entry holds the name, else null. */
        private PyDict dictOf(Object owner) {
            if (owner instanceof PyInstance i && cases.valueFor(i.type()) != null && i.dict != null) {
                PyDict d = i.dict;
                if (entry < d.entryLimit()) {
                    Object k = d.keyAt(entry);
                    if (k == name || name.equals(k)) {
                        return d;
                    }
                }
            }
            return null;
        }

        /**
         * A cache for {@code owner.name} if it is a plain instance attribute, else null: {@code previous} (the
         * site's cache so far) widened by the owner's type when the attribute sits at the same entry.
         */
        static InstanceEntry of(Object owner, String name, Object previous) {
            if (!(owner instanceof PyInstance i) || i.dict == null) {
                return null;
            }
            PyType t = i.type();
            if (t.lookup(name) != null || !plainAccess(t)) {
                return null;
            }
            int entry = i.dict.entryOf(name);
            if (entry < 0) {
                return null;
            }
            TypeCases cases = previous instanceof InstanceEntry p && p.entry == entry && p.name.equals(name)
                    ? p.cases.with(t, Boolean.TRUE) : TypeCases.of(t, Boolean.TRUE);
            return new InstanceEntry(cases, entry, name);
        }
    }

    /**
     * A {@code __slots__} attribute: its index in the slot array. Instances of subclasses that inherit the slot
     * (a site sees Vector and Colour alike) pass the guard through a lookup instead of failing it.
     */
    record SlotEntry(PyType type, int version, PySlot slot, String name) {
        /** The slot's value; null when the guard fails or the slot is unset (the generic path raises then). */
        Object get(Object owner) {
            return owner instanceof PyInstance i && holds(i) ? i.slot(slot.index()) : null;
        }

        /** Stores the value; false when the guard fails. */
        boolean set(Object owner, Object value) {
            if (owner instanceof PyInstance i && holds(i)) {
                i.setSlot(slot.index(), value);
                return true;
            }
            return false;
        }

        private boolean holds(PyInstance i) {
            PyType t = i.type();
            if (t == type) {
                return type.version() == version;
            }
            return t.lookup(name) == slot && plainAccess(t);
        }

        static SlotEntry of(Object owner, String name) {
            if (owner instanceof PyInstance i && i.type().lookup(name) instanceof PySlot s && plainAccess(i.type())) {
                return new SlotEntry(i.type(), i.type().version(), s, name);
            }
            return null;
        }
    }

    /** Whether attribute access on instances of {@code t} is object's own (no __getattribute__/__setattr__ hooks). */
    static boolean plainAccess(PyType t) {
        return Attributes.isObjectDefault(t.lookup("__getattribute__"))
                && Attributes.isObjectDefault(t.lookup("__setattr__"));
    }

    /** A module attribute at a known entry of the module dict. */
    record ModuleEntry(PyDict dict, int layout, int entry) implements AttributeCache {
        @Override
        public Object get(Object owner) {
            if (owner instanceof PyModuleLike m && m.moduleDict() == dict && dict.layoutVersion() == layout) {
                return dict.valueAt(entry);
            }
            return null;
        }

        static ModuleEntry of(Object owner, String name) {
            if (!(owner instanceof PyModuleLike m)) {
                return null;
            }
            int entry = m.moduleDict().entryOf(name);
            return entry < 0 ? null : new ModuleEntry(m.moduleDict(), m.moduleDict().layoutVersion(), entry);
        }
    }

    /**
     * The methods found on the owners' types, per type (see {@link TypeCases}): valid while a type is unchanged and
     * the instance does not shadow the method.
     */
    record Method(TypeCases cases, String name) {
        /** The function to call for {@code owner}, or null when the guard fails. */
        Object functionFor(Object owner) {
            Object f = cases.valueFor(Ops.type(owner));
            if (f == null) {
                return null;
            }
            PyDict d = owner instanceof PyInstance i ? i.dict : null;
            return d == null || d.size() == 0 || d.entryOf(name) < 0 ? f : null;
        }

        /** A cache for method {@code name} of {@code owner}, widening {@code previous} (the site's cache so far). */
        static Method of(Object owner, String name, Object previous) {
            if (owner instanceof PyType || owner instanceof PyModuleLike) {
                return null;
            }
            PyType t = Ops.type(owner);
            if (!Attributes.isObjectDefault(t.lookup("__getattribute__"))) {
                return null;
            }
            Object f = t.lookup(name);
            if (!(f instanceof PyObject p) || !p.bindsAsMethod()) {
                return null;
            }
            if (!(owner instanceof PyInstance) && Attributes.instanceDict(owner) != null) {
                return null;
            }
            TypeCases cases = previous instanceof Method m && m.name.equals(name) ? m.cases.with(t, f)
                    : TypeCases.of(t, f);
            return new Method(cases, name);
        }
    }
}

package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.InstanceLayout;
import dev.krait.runtime.PyInstance;
import dev.krait.runtime.PyModuleLike;
import dev.krait.runtime.PySlot;
import dev.krait.runtime.PyStaticMethod;
import dev.krait.runtime.PyTypes;
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

    /**
     * An instance attribute at a known index of the values of instances with one of a few layouts (see
     * {@link dev.krait.runtime.InstanceLayout}), whose classes have no class attribute of the name. A store case may
     * also add the attribute, moving the instance to the next layout: what {@code __init__} does to every instance.
     */
    record InstanceEntry(LayoutCases cases, String name) {
        /** The attribute's value; null when the guard fails. */
        Object get(Object owner) {
            if (owner instanceof PyInstance i) {
                int k = cases.find(i.layout());
                if (k >= 0) {
                    return i.valueAt(cases.index(k));
                }
            }
            return null;
        }

        /** Stores the value; false when the guard fails. */
        boolean set(Object owner, Object value) {
            if (owner instanceof PyInstance i) {
                int k = cases.find(i.layout());
                if (k >= 0) {
                    InstanceLayout next = cases.target(k);
                    if (next == null) {
                        i.setValueAt(cases.index(k), value);
                    } else {
                        i.extend(next, value);
                    }
                    return true;
                }
            }
            return false;
        }

        /**
         * A cache for loading {@code owner.name} if it is a plain instance attribute, else null: {@code previous}
         * (the site's cache so far) widened by the owner's layout.
         */
        static InstanceEntry forLoad(Object owner, String name, Object previous) {
            InstanceLayout layout = cacheableLayout(owner, name);
            int index = layout == null ? -1 : layout.indexOf(name);
            return index < 0 ? null : new InstanceEntry(LayoutCases.with(casesOf(previous, name), layout, index, null),
                    name);
        }

        /**
         * A cache for storing {@code owner.name}, which has just been stored by the generic path on an instance
         * whose layout was {@code before}: either the attribute was there already, or the store added it.
         */
        static InstanceEntry forStore(Object owner, InstanceLayout before, String name, Object previous) {
            InstanceLayout after = cacheableLayout(owner, name);
            if (after == null || before == null) {
                return null;
            }
            LayoutCases cases = casesOf(previous, name);
            if (after == before) {
                int index = after.indexOf(name);
                return index < 0 ? null : new InstanceEntry(LayoutCases.with(cases, after, index, null), name);
            }
            if (after.size() == before.size() + 1 && before.with(name) == after) {
                return new InstanceEntry(LayoutCases.with(cases, before, before.size(), after), name);
            }
            return null;
        }

        private static LayoutCases casesOf(Object previous, String name) {
            return previous instanceof InstanceEntry p && p.name.equals(name) ? p.cases : null;
        }

        /** The owner's layout when its attribute {@code name} can be cached by layout, else null. */
        private static InstanceLayout cacheableLayout(Object owner, String name) {
            if (!(owner instanceof PyInstance i) || i.layout() == null) {
                return null;
            }
            PyType t = i.type();
            return t.lookup(name) == null && plainAccess(t) ? i.layout() : null;
        }
    }

    /**
     * A {@code __slots__} attribute: the slot descriptor (its index in the slot array) found on each of the owners'
     * types (see {@link TypeCases}), so a site that sees instances of several classes sharing the slot stays cached.
     */
    record SlotEntry(TypeCases cases, String name) {
        /** The slot's value; null when the guard fails or the slot is unset (the generic path raises then). */
        Object get(Object owner) {
            return owner instanceof PyInstance i && cases.valueFor(i.type()) instanceof PySlot slot
                    ? i.slot(slot.index()) : null;
        }

        /** Stores the value; false when the guard fails. */
        boolean set(Object owner, Object value) {
            if (owner instanceof PyInstance i && cases.valueFor(i.type()) instanceof PySlot slot) {
                i.setSlot(slot.index(), value);
                return true;
            }
            return false;
        }

        /** A cache for slot {@code name} of {@code owner}, widening {@code previous} (the site's cache so far). */
        static SlotEntry of(Object owner, String name, Object previous) {
            if (owner instanceof PyInstance i && i.type().lookup(name) instanceof PySlot slot && plainAccess(i.type())) {
                TypeCases cases = previous instanceof SlotEntry p && p.name.equals(name) ? p.cases.with(i.type(), slot)
                        : TypeCases.of(i.type(), slot);
                return new SlotEntry(cases, name);
            }
            return null;
        }
    }

    /**
     * An attribute of a class (the owner itself is the class) that reads as it is stored: no descriptor binds it
     * (a constant, a nested class, a plain function) or it is a static method, which reads as its function. Valid
     * while the class keeps its version; classes of other metatypes than {@code type} are left alone.
     */
    record ClassEntry(PyType owner, int version, Object value) {
        /** The attribute's value; null when the guard fails. */
        Object get(Object o) {
            return o == owner && owner.version() == version ? value : null;
        }

        /** A cache for {@code owner.name} whose generic read gave {@code value}, or null if it may not be cached. */
        static ClassEntry of(Object owner, String name, Object value) {
            if (!(owner instanceof PyType t) || t.type() != PyTypes.TYPE || PyTypes.TYPE.lookup(name) != null) {
                return null;
            }
            Object stored = t.lookup(name);
            boolean asStored = stored == value || (stored instanceof PyStaticMethod s && s.function == value);
            // A descriptor class written in Python may return itself from __get__, with side effects each time.
            boolean userDescriptor = stored instanceof PyInstance && Ops.type(stored).lookup("__get__") != null;
            return asStored && value != null && !userDescriptor ? new ClassEntry(t, t.version(), value) : null;
        }
    }

    /** Whether attribute access on instances of {@code t} is object's own (no __getattribute__/__setattr__ hooks). */
    static boolean plainAccess(PyType t) {
        return Attributes.isObjectDefault(t.lookup("__getattribute__"))
                && Attributes.isObjectDefault(t.lookup("__setattr__"));
    }

    /** A module attribute at a known entry of the module dict. */
    record ModuleEntry(PyDict dict, int layout, int entry) {
        /** The attribute's value; null when the guard fails. */
        Object get(Object owner) {
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
            return owner instanceof PyInstance i && i.getOwn(name) != null ? null : f;
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

package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyType;

/**
 * LOAD_METHOD: for {@code obj.name(...)}, push the function found on the type and obj itself, so the call needs
 * no bound-method object; fall back to ordinary attribute access (and a null self) otherwise.
 */
final class Methods {
    private Methods() {}

    static void load(Object[] s, int sp, String name) {
        Object owner = s[sp - 1];
        if (!(owner instanceof PyType)) {
            PyType t = Ops.type(owner);
            if (Attributes.isObjectDefault(t.lookup("__getattribute__"))) {
                Object descr = t.lookup(name);
                if (descr instanceof PyObject p && p.bindsAsMethod()) {
                    if (Attributes.ownAttribute(owner, name) == null) {
                        s[sp - 1] = descr;
                        s[sp] = owner;
                        return;
                    }
                }
            }
        }
        s[sp - 1] = Attributes.get(owner, name);
        s[sp] = null;
    }
}

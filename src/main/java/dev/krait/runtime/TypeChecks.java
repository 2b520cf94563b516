package dev.krait.runtime;

/**
 * {@code isinstance} and {@code issubclass}: tuples (nested ones too) check each member, metaclasses may override
 * the test with {@code __instancecheck__} / {@code __subclasscheck__}, and objects that are not classes take part
 * through their {@code __class__} and {@code __bases__} attributes, as in CPython.
 */
public final class TypeChecks {
    private TypeChecks() {}

    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            PyType actual = Ops.type(obj);
            if (actual == t) {
                return true;
            }
            Object check = t.type() == PyTypes.TYPE ? null : t.type().lookup("__instancecheck__");
            if (check == null || isDefault(check, "__instancecheck__")) {
                return actual.isSubtypeOf(t) || claimedClass(obj, actual) instanceof PyType c && c.isSubtypeOf(t);
            }
            return Ops.isTrue(Ops.callMethod(check, t, obj));
        }
        if (BuiltinSubclasses.valueOf(cls) instanceof PyTuple tuple) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" in __instancecheck__");
            try {
                for (Object c : tuple.array()) {
                    if (isInstance(obj, c)) {
                        return true;
                    }
                }
            } finally {
                ts.leaveRecursiveCall();
            }
            return false;
        }
        Object check = Ops.type(cls).lookup("__instancecheck__");
        if (check != null) {
            return Ops.isTrue(Ops.callMethod(check, cls, obj));
        }
        if (bases(cls) == null) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object claimed = Attributes.find(obj, "__class__");
        return claimed != null && abstractIsSubclass(claimed, cls);
    }

    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType t) {
            Object check = t.type() == PyTypes.TYPE ? null : t.type().lookup("__subclasscheck__");
            if (check == null || isDefault(check, "__subclasscheck__")) {
                if (derived instanceof PyType d) {
                    return d.isSubtypeOf(t);
                }
                requireClass(derived);
                return abstractIsSubclass(derived, t);
            }
            return Ops.isTrue(Ops.callMethod(check, t, derived));
        }
        if (BuiltinSubclasses.valueOf(cls) instanceof PyTuple tuple) {
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" in __subclasscheck__");
            try {
                for (Object c : tuple.array()) {
                    if (isSubclass(derived, c)) {
                        return true;
                    }
                }
            } finally {
                ts.leaveRecursiveCall();
            }
            return false;
        }
        Object check = Ops.type(cls).lookup("__subclasscheck__");
        if (check != null) {
            return Ops.isTrue(Ops.callMethod(check, cls, derived));
        }
        requireClass(derived);
        if (bases(cls) == null) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** What {@code obj.__class__} claims when a class overrides it (a proxy, say); null when it does not. */
    private static Object claimedClass(Object obj, PyType actual) {
        if (actual.lookup("__class__") == PyTypes.OBJECT.dict().get("__class__")) {
            return null;
        }
        Object claimed = Attributes.find(obj, "__class__");
        return claimed == actual ? null : claimed;
    }

    private static void requireClass(Object derived) {
        if (!(derived instanceof PyType) && bases(derived) == null) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
    }

    /** An object's {@code __bases__} when it is a tuple (what makes a non-type act as a class), else null. */
    private static PyTuple bases(Object o) {
        return Attributes.find(o, "__bases__") instanceof PyTuple t ? t : null;
    }

    /** Walks {@code __bases__} upwards from {@code derived} looking for {@code cls}. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall("");
        try {
            // Single inheritance is followed in a loop, several bases by recursion (so a cycle through a
            // multiple-inheritance level ends in RecursionError, as in CPython).
            while (derived != cls) {
                PyTuple bases = bases(derived);
                if (bases == null || bases.size() == 0) {
                    return false;
                }
                if (bases.size() > 1) {
                    for (Object base : bases.array()) {
                        if (abstractIsSubclass(base, cls)) {
                            return true;
                        }
                    }
                    return false;
                }
                derived = bases.get(0);
            }
            return true;
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** Whether a metaclass's hook is type's own, which the direct MRO test above implements. */
    private static boolean isDefault(Object hook, String name) {
        return hook == PyTypes.TYPE.dict().get(name);
    }
}

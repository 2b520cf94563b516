package dev.krait.runtime;

/**
 * {@code isinstance} and {@code issubclass}: tuples (nested ones too) check each member, and metaclasses may
 * override the test with {@code __instancecheck__} / {@code __subclasscheck__}.
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
                return actual.isSubtypeOf(t);
            }
            return Ops.isTrue(Ops.callMethod(check, t, obj));
        }
        if (BuiltinSubclasses.valueOf(cls) instanceof PyTuple tuple) {
            for (Object c : tuple.array()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = Ops.type(cls).lookup("__instancecheck__");
        if (check != null) {
            return Ops.isTrue(Ops.callMethod(check, cls, obj));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType t) {
            Object check = t.type() == PyTypes.TYPE ? null : t.type().lookup("__subclasscheck__");
            if (check == null || isDefault(check, "__subclasscheck__")) {
                return TypeMethods.asType(derived).isSubtypeOf(t);
            }
            return Ops.isTrue(Ops.callMethod(check, t, derived));
        }
        if (BuiltinSubclasses.valueOf(cls) instanceof PyTuple tuple) {
            for (Object c : tuple.array()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = Ops.type(cls).lookup("__subclasscheck__");
        if (check != null) {
            return Ops.isTrue(Ops.callMethod(check, cls, derived));
        }
        TypeMethods.asType(derived);
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** Whether a metaclass's hook is type's own, which the direct MRO test above implements. */
    private static boolean isDefault(Object hook, String name) {
        return hook == PyTypes.TYPE.dict().get(name);
    }
}

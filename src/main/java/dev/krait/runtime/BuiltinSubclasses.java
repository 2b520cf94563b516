package dev.krait.runtime;

/**
 * Instances of classes derived from the built-in types whose values are plain Java objects or final
 * containers (int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset). Such an instance
 * is a {@link PyInstance} of the subclass (so it has the subclass's type, attribute dict and slots) holding the
 * built-in value in {@link PyInstance#base}. Being a different Java class, it never takes the fast paths for the
 * built-in type, so the subclass's overrides are honoured; the built-in type's methods receive the value.
 */
public final class BuiltinSubclasses {
    private BuiltinSubclasses() {}

    /** What {@code cls(...)} yields for a value built by a built-in type's {@code __new__}. */
    public static Object instance(PyType cls, PyType builtin, Object value) {
        if (cls == builtin) {
            return value;
        }
        PyInstance instance = new PyInstance(cls);
        instance.base = value;
        return instance;
    }

    /**
     * The object a built-in method or attribute of {@code owner} works on: for an instance of a subclass of
     * {@code owner} wrapping a built-in value, that value; otherwise {@code self} unchanged (object's own
     * methods always see the instance).
     */
    public static Object valueFor(Object self, PyType owner) {
        if (self instanceof PyInstance i && i.base != null && owner != PyTypes.OBJECT && owner != null
                && Ops.type(i.base).isSubtypeOf(owner)) {
            return i.base;
        }
        return self;
    }

    /** The built-in value of an argument that may be a subclass instance (CPython accepts subclasses there). */
    public static Object valueOf(Object o) {
        return o instanceof PyInstance i && i.base != null ? i.base : o;
    }

    /**
     * The dict whose entries {@code dict(m)}, {@code {**m}}, {@code f(**m)} and {@code d.update(m)} copy directly:
     * {@code m} itself, or the dict inside an instance of a dict subclass that iterates as dicts do (CPython then
     * ignores overridden {@code keys()} and {@code __getitem__}). Null for other mappings, which are copied
     * through {@code keys()} and subscription.
     */
    public static PyDict mergeableDict(Object mapping) {
        if (mapping instanceof PyDict d) {
            return d;
        }
        if (mapping instanceof PyInstance i && i.base instanceof PyDict d
                && i.type().lookup("__iter__") == PyTypes.DICT.dict().get("__iter__")) {
            return d;
        }
        return null;
    }

    /** Registers a method whose body sees subclass instances as they are (to reach the subclass or return self). */
    static void methodOnInstance(PyType owner, String signature, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(Signature.parse(signature, owner.name), owner, body, true);
        owner.dict().put(f.name, f);
    }
}

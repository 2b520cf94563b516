package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * {@code list[int]}, {@code dict[str, int]}: a parameterised built-in type, as used in annotations. Calling it
 * calls the origin type.
 */
public final class PyGenericAlias extends PyObject {
    /** The attributes a generic alias answers itself, as CPython's does; the others are its origin's. */
    private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of("__class__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    static final PyType TYPE = PyTypes.fixedInModule("types", "GenericAlias", t -> {
        method(t, "__repr__(self, /)", a -> ((PyGenericAlias) a[0]).repr());
        PyGetSet.readonly(t, "__origin__", o -> ((PyGenericAlias) o).origin);
        PyGetSet.readonly(t, "__args__", o -> ((PyGenericAlias) o).args);
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyGenericAlias g
                ? (Object) (g.origin == ((PyGenericAlias) a[0]).origin && Ops.eq(g.args, ((PyGenericAlias) a[0]).args))
                : Ops.NOT_IMPLEMENTED);
        method(t, "__hash__(self, /)", a -> Ops.hash(((PyGenericAlias) a[0]).origin) ^ Ops.hash(((PyGenericAlias) a[0]).args));
        method(t, "__or__(self, value, /)", a -> PyUnionType.or(a[0], a[1]));
        method(t, "__ror__(self, value, /)", a -> PyUnionType.or(a[1], a[0]));
        method(t, "__instancecheck__(self, instance, /)", a -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        method(t, "__subclasscheck__(self, subclass, /)", a -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        // Attributes are the origin's (list[int].append is list.append), but for the alias's own few.
        method(t, "__getattribute__(self, name, /)", a -> {
            PyGenericAlias alias = (PyGenericAlias) a[0];
            String name = (String) a[1];
            if (!OWN_ATTRIBUTES.contains(name)) {
                return Attributes.get(alias.origin, name);
            }
            Object v = Attributes.genericGet(alias, t, name);
            if (v == null) {
                throw Attributes.missing(alias, name);
            }
            return v;
        });
    });


    /** {@code type[int]}: type itself is subscriptable without a {@code __class_getitem__} of its own. */
    static boolean isGeneric(PyType t) {
        return t == PyTypes.TYPE;
    }

    /**
     * Gives a built-in type (list, dict, tuple, set, frozenset, enumerate, BaseExceptionGroup) the classmethod
     * {@code __class_getitem__} that makes {@code cls[args]} a generic alias; subclasses inherit it.
     */
    static void registerClassGetItem(PyType t) {
        t.dict().put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(Signature.parseClassMethod(
                "__class_getitem__(cls, item, /)", t.name), null, a -> new PyGenericAlias((PyType) a[0], a[1]))));
    }

    final PyType origin;
    final PyTuple args;

    PyGenericAlias(PyType origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object call(Object[] a, String[] kwnames) {
        return origin.call(a, kwnames);
    }

    /**
     * How a generic alias or union shows one of its arguments: a generic alias by its repr, anything with a
     * {@code __qualname__} and a {@code __module__} (a class, a function) as module.qualname (just the qualname
     * for builtins), anything else by its repr.
     */
    static String reprItem(Object x) {
        if (x instanceof PyType t) {
            return TypeMethods.qualifiedName(t);
        }
        if (Attributes.find(x, "__origin__") != null && Attributes.find(x, "__args__") != null) {
            return Ops.repr(x);
        }
        Object qualname = Attributes.find(x, "__qualname__");
        Object module = qualname == null ? null : Attributes.find(x, "__module__");
        if (module == null || module == Ops.NONE) {
            return Ops.repr(x);
        }
        return "builtins".equals(module) ? Ops.str(qualname) : Ops.str(module) + "." + Ops.str(qualname);
    }

    private String repr() {
        StringBuilder b = new StringBuilder(TypeMethods.qualifiedName(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Object x = args.get(i);
            b.append(x == PyTypes.ELLIPSIS ? "..." : reprItem(x));
        }
        if (args.size() == 0) {
            b.append("()");
        }
        return b.append(']').toString();
    }
}

package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Attributes of built-in functions, method descriptors and bound methods. */
final class CallableMethods {
    private CallableMethods() {}

    static void initBuiltin(PyType t) {
        PyBuiltinFunction.registerCall(t);
        method(t, "__repr__(self, /)", a -> {
            if (a[0] instanceof PyMethod m) {
                PyBuiltinFunction f = (PyBuiltinFunction) m.function;
                return (f.slotWrapper ? "<method-wrapper '" + f.name + "'" : "<built-in method " + f.name)
                        + " of " + Ops.typeName(m.self) + " object at " + Introspection.address(m.self) + ">";
            }
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            if (f.newOf != null) {
                return "<built-in method __new__ of type object at " + Introspection.address(f.newOf) + ">";
            }
            return "<built-in function " + f.name + ">";
        });
        PyGetSet.readonly(t, "__name__", o -> o instanceof PyMethod m ? ((PyBuiltinFunction) m.function).name
                : ((PyBuiltinFunction) o).newOf != null ? "__new__" : ((PyBuiltinFunction) o).name);
        PyGetSet.readonly(t, "__qualname__", o -> {
            PyBuiltinFunction f = o instanceof PyMethod m ? (PyBuiltinFunction) m.function : (PyBuiltinFunction) o;
            return f.newOf != null ? f.newOf.name + ".__new__" : f.signature.displayName;
        });
        // A built-in type's __new__ is, in CPython, a method bound to the type; a module's function, to the module.
        PyGetSet.readonly(t, "__self__", o -> o instanceof PyMethod m ? m.self
                : ((PyBuiltinFunction) o).newOf != null ? ((PyBuiltinFunction) o).newOf
                : moduleOf((PyBuiltinFunction) o));
        PyGetSet.readonly(t, "__doc__", o -> BuiltinDocs.ofFunction(o instanceof PyMethod m
                ? (PyBuiltinFunction) m.function : (PyBuiltinFunction) o));
        PyGetSet.writable(t, "__module__", o -> o instanceof PyBuiltinFunction f && f.module() != null ? f.module()
                : Ops.NONE, (o, v) -> {
                    if (o instanceof PyBuiltinFunction f) {
                        f.setModule(v == null ? null : v);
                    }
                });
        // A bound built-in method (l.append) equals another for the same function and the same object, and
        // hashes alike; a plain built-in function is compared by identity.
        method(t, "__eq__(self, value, /)", a -> {
            if (a[0] instanceof PyMethod m && a[1] instanceof PyMethod o) {
                return m.self == o.self && m.function == o.function;
            }
            return a[0] == a[1] ? Boolean.TRUE : Ops.NOT_IMPLEMENTED;
        });
        method(t, "__hash__(self, /)", a -> a[0] instanceof PyMethod m
                ? Hashing.identityHash(m.self) ^ Hashing.identityHash(m.function) : Hashing.identityHash(a[0]));
        ObjectMethods.registerUnordered(t);
    }

    /** The bound slot wrappers ({@code (1).__add__}): bound built-ins that also know their {@code __objclass__}. */
    static void initMethodWrapper(PyType t) {
        initBuiltin(t);
        PyGetSet.readonlyMember(t, "__objclass__", o -> ((PyBuiltinFunction) ((PyMethod) o).function).owner);
    }

    static void initDescriptor(PyType t) {
        PyBuiltinFunction.registerCall(t);
        method(t, "__repr__(self, /)", a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            return (f.slotWrapper ? "<slot wrapper '" : "<method '") + f.name + "' of '" + f.owner.nameInMessages()
                    + "' objects>";
        });
        PyGetSet.readonly(t, "__name__", o -> ((PyBuiltinFunction) o).name);
        PyGetSet.readonly(t, "__qualname__", o -> ((PyBuiltinFunction) o).qualname);
        PyGetSet.readonlyMember(t, "__objclass__", o -> ((PyBuiltinFunction) o).owner);
        PyGetSet.readonly(t, "__doc__", o -> BuiltinDocs.ofFunction((PyBuiltinFunction) o));
        method(t, "__get__(self, instance, owner=None, /)", a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            PyDescriptor.checkGetArguments(a[1], a[2]);
            if (a[1] == Ops.NONE) {
                return f;
            }
            if (!Ops.type(a[1]).isSubtypeOf(f.owner)) {
                throw Errors.typeError("descriptor '" + f.name + "' for '" + f.owner.name
                        + "' objects doesn't apply to a '" + Ops.typeName(a[1]) + "' object");
            }
            return new PyMethod(f, a[1]);
        });
    }

    static void initMethod(PyType t) {
        PyBuiltinFunction.registerCall(t);
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, *args)", a -> {
            Object[] args = ((PyTuple) a[1]).array();
            if (args.length != 2) {
                throw Errors.typeError("method expected 2 arguments, got " + args.length);
            }
            if (!Ops.isCallable(args[0])) {
                throw Errors.typeError("first argument must be callable");
            }
            if (args[1] == Ops.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        }));
        // Bound methods compare their __self__ by identity, so they hash it by identity too (its own __hash__
        // may be missing or raise).
        method(t, "__hash__(self, /)", a -> Hashing.identityHash(((PyMethod) a[0]).self)
                ^ Ops.hash(((PyMethod) a[0]).function));
        method(t, "__repr__(self, /)", a -> {
            PyMethod m = (PyMethod) a[0];
            Object qualname = Attributes.find(m.function, "__qualname__");
            return "<bound method " + (qualname == null ? "?" : Ops.str(qualname)) + " of " + Ops.repr(m.self) + ">";
        });
        PyGetSet.readonlyMember(t, "__func__", o -> ((PyMethod) o).function);
        PyGetSet.readonlyMember(t, "__self__", o -> ((PyMethod) o).self);
        PyGetSet.readonly(t, "__doc__", o -> Attributes.get(((PyMethod) o).function, "__doc__"));
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyMethod o
                ? (Object) (o.self == ((PyMethod) a[0]).self && Ops.eq(o.function, ((PyMethod) a[0]).function))
                : Ops.NOT_IMPLEMENTED);
        method(t, "__getattribute__(self, name, /)", a -> {
            PyMethod m = (PyMethod) a[0];
            Object v = Attributes.genericGet(m, t, (String) a[1]);
            return v != null ? v : Attributes.get(m.function, (String) a[1]);
        });
    }

    /** The loaded module a built-in function belongs to (builtins for len), or None. */
    private static Object moduleOf(PyBuiltinFunction f) {
        ThreadState ts = ThreadState.currentOrNull();
        Object module = ts == null || !(f.module() instanceof String name) ? null : ts.context.modules.get(name);
        return module == null ? Ops.NONE : module;
    }
}

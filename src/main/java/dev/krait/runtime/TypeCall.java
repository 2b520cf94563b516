package dev.krait.runtime;

/** Calling a class: {@code __new__} makes the object, then {@code __init__} initialises it. */
final class TypeCall {
    private TypeCall() {}

    static Object call(PyType type, Object[] args, String[] kwnames) {
        if (type.builtin) {
            return callType(type, args, kwnames);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(ThreadState.CALLING_OBJECT);
        try {
            return callType(type, args, kwnames);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private static Object callType(PyType type, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (type == PyTypes.TYPE && args.length == 1 && nkw == 0) {
            return Ops.type(args[0]);
        }
        Object metaCall = type.type().lookup("__call__");
        if (metaCall != null && !(metaCall instanceof PyBuiltinFunction)) {
            Object[] all = prepend(type, args);
            return Ops.call(metaCall, all, kwnames);
        }
        return construct(type, args, kwnames);
    }

    /** {@code type.__call__}: runs {@code __new__} and, if it returned an instance, {@code __init__}. */
    static Object construct(PyType type, Object[] args, String[] kwnames) {
        if (type == PyTypes.TYPE) {
            // Only type itself (not a metaclass) has the one-argument form, checked before __new__ runs.
            int nargs = args.length - (kwnames == null ? 0 : kwnames.length);
            if (nargs == 1) {
                if (kwnames != null) {
                    throw Errors.typeError("type() takes no keyword arguments");
                }
                return Ops.type(args[0]);
            }
            if (nargs != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        Object init = type.lookup("__init__");
        Object obj;
        if (ObjectMethods.makesPlainInstances(type) && (args.length == 0 || init != PyTypes.OBJECT.lookup("__init__"))) {
            // What object.__new__ would do (it ignores the arguments when __init__ is overridden), without the call.
            obj = type.instanceFactory.apply(type);
        } else {
            obj = Ops.call(newFunction(type), prepend(type, args), kwnames);
            PyType objType = Ops.type(obj);
            if (!objType.isSubtypeOf(type)) {
                return obj;
            }
            init = objType.lookup("__init__");
            if (init == PyTypes.OBJECT.lookup("__init__") && objType.lookup("__new__") != PyTypes.OBJECT.lookup("__new__")) {
                // object.__init__ does nothing (not even check the arguments) when __new__ is overridden:
                // range(10), list(xs), a class with only a __new__.
                return obj;
            }
        }
        if (init != null) {
            Object r;
            if (init instanceof PyObject p && p.bindsAsMethod()) {
                r = p.call(prepend(obj, args), kwnames);
            } else {
                r = Ops.call(Attributes.bindDescriptor(init, obj, Ops.type(obj)), args, kwnames);
            }
            if (r != Ops.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
            }
        }
        return obj;
    }

    static Object unwrapStatic(Object f) {
        return f instanceof PyStaticMethod s ? s.function : f;
    }

    /**
     * {@code cls.__new__} as the class attribute reads: normally a static method (so the function itself), but a
     * class may make it a classmethod or another descriptor, which then binds to the class.
     */
    private static Object newFunction(PyType type) {
        Object f = type.lookup("__new__");
        if (f instanceof PyStaticMethod s) {
            return s.function;
        }
        if (f instanceof PyObject p && !p.bindsAsMethod() && !(f instanceof PyBuiltinFunction)) {
            Object get = Ops.type(f).lookup("__get__");
            if (get != null) {
                return Ops.callMethod(get, f, Ops.NONE, type);
            }
        }
        return f;
    }

    static Object[] prepend(Object first, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}

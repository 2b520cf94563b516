package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BaseExceptionGroup and ExceptionGroup: construction rules, {@code split}/{@code subgroup}/{@code derive}, and
 * the two run-time steps of {@code except*}: matching a clause ({@link #match}) and deciding what to re-raise
 * when the clauses are done ({@link #prepareReraise}).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void init(PyType t) {
        PyGenericAlias.registerClassGetItem(t);
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, message, exceptions, /)",
                a -> create((PyType) a[0], a[1], a[2])));
        method(t, "__init__(self, *args)", a -> Ops.NONE);
        method(t, "__str__(self, /)", a -> {
            PyBaseException g = (PyBaseException) a[0];
            int n = exceptions(g).size();
            return Ops.str(g.args.get(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        });
        method(t, "derive(self, excs, /)", a -> create(ExceptionTypes.BASE_EXCEPTION_GROUP,
                ((PyBaseException) a[0]).args.get(0), a[1]));
        method(t, "split(self, condition, /)", a -> {
            PyBaseException[] parts = split((PyBaseException) a[0], matcher(a[1]));
            return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
        });
        method(t, "subgroup(self, condition, /)", a -> orNone(split((PyBaseException) a[0], matcher(a[1]))[0]));
        PyGetSet.readonlyMember(t, "message", o -> ((PyBaseException) o).args.get(0));
        PyGetSet.readonlyMember(t, "exceptions", o -> exceptions((PyBaseException) o));
    }

    private static Object orNone(Object o) {
        return o == null ? Ops.NONE : o;
    }

    /** {@code BaseExceptionGroup(message, exceptions)}, which is an ExceptionGroup when all of them are Exceptions. */
    static PyBaseException create(PyType cls, Object message, Object excs) {
        if (!(message instanceof String)) {
            throw Errors.argumentType("BaseExceptionGroup.__new__() argument 1", "str", message);
        }
        if (!(excs instanceof PyList || excs instanceof PyTuple || excs instanceof PyObject p
                && p.type().lookup("__getitem__") != null && !(excs instanceof PyDict) && !(excs instanceof PySet))) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Iteration.toArray(excs);
        int n = excs instanceof PyList l ? l.size() : items.length;
        if (n == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.isInstance(ExceptionTypes.EXCEPTION);
        }
        PyType type = cls;
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP && allExceptions) {
            type = ExceptionTypes.EXCEPTION_GROUP;
        } else if (cls.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in " + (cls == ExceptionTypes.EXCEPTION_GROUP
                    ? "an ExceptionGroup" : "'" + cls.name + "'"));
        }
        PyBaseException g = new PyBaseException(type, PyTuple.of(message, excs));
        g.dict.put("exceptions", PyTuple.copyOf(items, 0, n));
        return g;
    }

    static PyTuple exceptions(PyBaseException group) {
        return (PyTuple) group.dict.get("exceptions");
    }

    static boolean isGroup(Object o) {
        return o instanceof PyBaseException e && e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    /** What split/subgroup test: an exception type, a tuple of them, or a predicate. */
    private interface Matcher {
        boolean test(PyBaseException e);
    }

    private static Matcher matcher(Object condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return e -> e.isInstance(t);
        }
        if (condition instanceof PyTuple tuple) {
            for (Object x : tuple.array()) {
                if (!(x instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (Object x : tuple.array()) {
                    if (e.isInstance((PyType) x)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (Ops.isCallable(condition) && !(condition instanceof PyType)) {
            return e -> Ops.isTrue(Ops.call(condition, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** [matching part, rest], each a group derived from {@code g} (keeping its nesting and metadata) or null. */
    private static PyBaseException[] split(PyBaseException g, Matcher m) {
        if (m.test(g)) {
            return new PyBaseException[] {g, null};
        }
        if (!isGroup(g)) {
            return new PyBaseException[] {null, g};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" in exceptiongroup_split_recursive");
        try {
            for (Object x : exceptions(g).array()) {
                PyBaseException[] parts = split((PyBaseException) x, m);
                if (parts[0] != null) {
                    matched.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            }
        } finally {
            ts.leaveRecursiveCall();
        }
        return new PyBaseException[] {derived(g, matched), derived(g, rest)};
    }

    /** g.derive(excs) with g's traceback, cause, context and notes copied, or null for no exceptions. */
    private static PyBaseException derived(PyBaseException g, List<Object> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object d = Ops.callSpecial(g, "derive", PyList.of(excs.toArray()));
        if (!(d instanceof PyBaseException e) || !isGroup(e)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        e.traceback = g.traceback;
        e.cause = g.cause;
        e.context = g.context;
        e.suppressContext = g.suppressContext;
        // Each part gets its own copy of a sequence of notes (so adding a note to one leaves the others alone),
        // and no notes at all if __notes__ is not a sequence.
        Object notes = g.dict.get("__notes__");
        if (notes != null && Ops.type(notes).lookup("__getitem__") != null
                && !Ops.type(notes).isSubtypeOf(PyTypes.DICT)) {
            e.dict.put("__notes__", Iteration.toList(notes));
        }
        return e;
    }

    /**
     * CHECK_EG_MATCH: splits what is left of the caught exception by an except* clause's type(s). Returns [rest,
     * match], either possibly null; a plain (non-group) exception that matches is wrapped in a new group.
     */
    public static PyBaseException[] match(PyBaseException rest, Object type) {
        checkStarType(type);
        if (rest == null) {
            return new PyBaseException[] {null, null};
        }
        Matcher m = matcher(type);
        if (!isGroup(rest)) {
            if (!m.test(rest)) {
                return new PyBaseException[] {rest, null};
            }
            // CPython 3.11 gives the wrapping group no traceback: a bare raise in the clause shows none for it.
            PyBaseException wrapped = create(ExceptionTypes.BASE_EXCEPTION_GROUP, "", PyTuple.of(rest));
            return new PyBaseException[] {null, wrapped};
        }
        PyBaseException[] parts = split(rest, m);
        return new PyBaseException[] {parts[1], parts[0]};
    }

    private static void checkStarType(Object type) {
        Object[] types = type instanceof PyTuple t ? t.array() : new Object[] {type};
        for (Object x : types) {
            if (!(x instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * PREP_RERAISE_STAR: what leaves a try/except* statement. {@code excs} holds what the clauses raised plus the
     * unmatched rest (nulls skipped). Re-raised parts of the original are put back in its shape; new exceptions
     * join them in a new group. Null when there is nothing to raise.
     */
    public static PyBaseException prepareReraise(PyBaseException orig, PyList excs) {
        List<PyBaseException> all = new ArrayList<>();
        for (int i = 0; i < excs.size(); i++) {
            if (excs.get(i) instanceof PyBaseException e) {
                all.add(e);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        if (!isGroup(orig)) {
            return all.get(0);
        }
        List<Object> raised = new ArrayList<>();
        Map<PyBaseException, Boolean> keep = new IdentityHashMap<>();
        for (PyBaseException e : all) {
            if (sameMetadata(e, orig)) {
                collectLeaves(e, keep);
            } else {
                raised.add(e);
            }
        }
        PyBaseException reraised = keep.isEmpty() ? null : split(orig, keep::containsKey)[0];
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raised.add(reraised);
        }
        if (raised.size() == 1) {
            return (PyBaseException) raised.get(0);
        }
        return create(ExceptionTypes.BASE_EXCEPTION_GROUP, "", PyList.of(raised.toArray()));
    }

    /** Whether a raised group is a part of the original (split parts have their own copies of the notes). */
    private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
        return e.traceback == orig.traceback && e.cause == orig.cause && e.context == orig.context;
    }

    private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> out) {
        if (isGroup(e)) {
            for (Object x : exceptions(e).array()) {
                collectLeaves((PyBaseException) x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}

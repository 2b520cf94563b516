package dev.krait.runtime;

/**
 * A function implemented in Java: a module-level builtin such as {@code len}, or a method of a built-in type
 * such as {@code list.append} (then {@link #owner} is set and the first bound slot is self).
 */
public final class PyBuiltinFunction extends PyObject {
    /** The Java body, receiving one slot per parameter as bound by the {@link Signature}. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args);
    }

    public final String name;
    /** {@code __qualname__}: "len", "list.append", "list.__init__". */
    final String qualname;
    public final Signature signature;
    public final Body body;
    /** The type this is a method of, or null for a plain function. */
    public final PyType owner;
    /**
     * Whether this is what CPython makes a "slot wrapper" ({@code int.__add__}): a method of a built-in type
     * named after a type slot, whose repr and argument errors are worded differently from other methods'.
     */
    final boolean slotWrapper;
    /**
     * Whether self reaches the body as given even when it is an instance of a subclass of the owner that wraps
     * a built-in value ({@link PyInstance#base}); otherwise the body receives that value.
     */
    private final boolean takesSubclassInstance;
    /**
     * The built-in type this is the {@code __new__} of (set when the type is initialised), whose calls check
     * their first argument as CPython's {@code tp_new_wrapper} does; null for other functions.
     */
    PyType newOf;
    /**
     * What the binary-operator machinery calls instead of {@link #body}, or null when it calls body too. Set on
     * the sequence operators ({@code list.__add__}, {@code str.__mul__}, {@code bytearray.__iadd__}): called
     * directly they raise for an operand they do not take, as CPython's do, while in {@code a + b} they decline
     * with NotImplemented, because CPython tries a sequence's slots only after both operands' number slots.
     */
    private final Body operatorBody;
    /** {@code __module__}: the name of the module a plain function belongs to, or null (None). */
    private Object module;

    public PyBuiltinFunction(Signature signature, PyType owner, Body body) {
        this(signature, owner, body, false);
    }

    public PyBuiltinFunction(Signature signature, PyType owner, Body body, boolean takesSubclassInstance) {
        this(signature.shortName(), signature, owner, body, takesSubclassInstance, null);
    }

    /**
     * The {@code __init__} of built-in type {@code owner}, a slot wrapper named "__init__" whose signature is
     * written with the type's name, as its argument errors are worded ("list expected at most 1 argument").
     */
    public static PyBuiltinFunction initOf(PyType owner, Signature signature, Body body,
            boolean takesSubclassInstance) {
        return new PyBuiltinFunction("__init__", signature, owner, body, takesSubclassInstance, null);
    }

    private PyBuiltinFunction(String name, Signature signature, PyType owner, Body body,
            boolean takesSubclassInstance, Body operatorBody) {
        this.operatorBody = operatorBody;
        this.name = name;
        this.qualname = name.equals(signature.shortName()) ? signature.displayName : owner.name + "." + name;
        this.signature = signature;
        this.owner = owner;
        this.body = body;
        this.takesSubclassInstance = takesSubclassInstance;
        this.slotWrapper = owner != null && Signature.isSlotWrapper(owner.name, name);
    }


    public Object module() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    /** The object the body works on: the built-in value inside a subclass instance, else self itself. */
    private Object receiver(Object self) {
        return takesSubclassInstance ? self : BuiltinSubclasses.valueFor(self, owner);
    }

    @Override
    public PyType type() {
        return owner == null ? PyTypes.BUILTIN_FUNCTION : slotWrapper ? PyTypes.WRAPPER_DESCRIPTOR
                : PyTypes.METHOD_DESCRIPTOR;
    }

    @Override
    public boolean bindsAsMethod() {
        return owner != null;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (owner != null) {
            if (args.length == (kwnames == null ? 0 : kwnames.length)) {
                throw Errors.typeError(slotWrapper ? "descriptor '" + name + "' of '" + owner.name
                        + "' object needs an argument" : "unbound method " + signature.displayName
                        + "() needs an argument");
            }
            if (!Ops.type(args[0]).isSubtypeOf(owner)) {
                throw Errors.typeError(slotWrapper ? "descriptor '" + name + "' requires a '" + owner.name
                        + "' object but received a '" + Ops.type(args[0]).name + "'" : "descriptor '" + name
                        + "' for '" + owner.name + "' objects doesn't apply to a '" + Ops.type(args[0]).name
                        + "' object");
            }
            Object self = receiver(args[0]);
            if (self != args[0]) {
                args = args.clone();
                args[0] = self;
            }
        } else if (newOf != null) {
            Constructors.checkNewArguments(newOf, args, kwnames);
        }
        return body.call(signature.bind(args, kwnames));
    }

    /**
     * Calls as the bound method {@code self.name} (a bound-method object, or a call the runtime makes itself),
     * with {@code self} prepended.
     */
    public Object callMethod(Object self, Object[] args, String[] kwnames) {
        return callMethod(self, args, 0, args.length, kwnames);
    }

    /** {@link #callMethod} with the {@code count} arguments at {@code args[start...]} (an interpreter stack). */
    public Object callMethod(Object self, Object[] args, int start, int count, String[] kwnames) {
        Object[] all = new Object[count + 1];
        all[0] = receiver(self);
        System.arraycopy(args, start, all, 1, count);
        return body.call(signature.bind(all, kwnames, self));
    }

    /** Calls as a binary operator's method, {@code self.__add__(other)} inside {@code self + other}. */
    Object callAsOperator(Object self, Object other) {
        if (operatorBody == null) {
            return callMethod(self, new Object[] {other}, null);
        }
        return operatorBody.call(signature.bind(new Object[] {receiver(self), other}, null));
    }

    /** Registers {@code __call__} on a type whose instances implement {@link PyObject#call} in Java. */
    public static void registerCall(PyType t) {
        method(t, "__call__(self, /, *args, **kwargs)", a -> {
            PyDict kw = (PyDict) a[2];
            Object[] pos = ((PyTuple) a[1]).array();
            Object[] all = java.util.Arrays.copyOf(pos, pos.length + kw.size());
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            int k = 0;
            for (int e = kw.next(0); e >= 0; e = kw.next(e + 1)) {
                names[k] = (String) kw.keyAt(e);
                all[pos.length + k++] = kw.valueAt(e);
            }
            return ((PyObject) a[0]).call(all, names);
        });
    }

    /** Registers a method on a built-in type. */
    public static void method(PyType owner, String sig, Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(Signature.parse(sig, owner.name), owner, body);
        owner.dict().put(f.name, f);
    }

    /**
     * Registers a binary operator method of a built-in sequence type: {@code direct} runs when a program calls it,
     * {@code inOperator} (NotImplemented for an operand it does not take) when an operator does.
     */
    static void operatorMethod(PyType owner, String sig, boolean takesSubclassInstance, Body direct,
            Body inOperator) {
        Signature signature = Signature.parse(sig, owner.name);
        PyBuiltinFunction f = new PyBuiltinFunction(signature.shortName(), signature, owner, direct,
                takesSubclassInstance, inOperator);
        owner.dict().put(f.name, f);
    }

    /** Creates a module-level builtin function. */
    public static PyBuiltinFunction function(String sig, Body body) {
        return new PyBuiltinFunction(Signature.parse(sig, null), null, body);
    }
}

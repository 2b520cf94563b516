package dev.krait.runtime;

/**
 * What staticmethod and classmethod share: the wrapped callable, and (since 3.10) an instance dict that starts with
 * copies of the callable's {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __annotations__}, as {@code functools.wraps} would make. The dict is made on first use.
 */
public abstract class PyFunctionWrapper extends PyDescriptor {
    private static final String[] WRAPPED_ATTRIBUTES = {
        "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    public final Object function;
    private PyDict dict;

    PyFunctionWrapper(Object function) {
        this.function = function;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
            for (String attr : WRAPPED_ATTRIBUTES) {
                Object v = Attributes.find(function, attr);
                if (v != null) {
                    dict.put(attr, v);
                }
            }
        }
        return dict;
    }

    /** {@code __get__}, {@code __func__}/{@code __wrapped__}, {@code __dict__}, {@code __isabstractmethod__}, repr. */
    static void register(PyType t) {
        PyGetSet.readonlyMember(t, "__func__", o -> ((PyFunctionWrapper) o).function);
        PyGetSet.readonlyMember(t, "__wrapped__", o -> ((PyFunctionWrapper) o).function);
        PyGetSet.writable(t, "__dict__", o -> ((PyFunctionWrapper) o).instanceDict(), (o, v) -> {
            if (v == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(BuiltinSubclasses.valueOf(v) instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(v) + "'");
            }
            ((PyFunctionWrapper) o).dict = d;
        });
        PyGetSet.readonly(t, "__isabstractmethod__", o -> {
            Object v = Attributes.find(((PyFunctionWrapper) o).function, "__isabstractmethod__");
            return v != null && Ops.isTrue(v);
        });
        PyBuiltinFunction.method(t, "__repr__(self, /)",
                a -> "<" + t.name + "(" + Ops.repr(((PyFunctionWrapper) a[0]).function) + ")>");
        registerProtocol(t, false);
    }
}

package dev.krait.runtime;

/** A function bound to an instance: {@code obj.method} without the call. */
public final class PyMethod extends PyObject {
    public final Object function;
    public final Object self;

    public PyMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        if (function instanceof PyBuiltinFunction b) {
            return b.slotWrapper ? PyTypes.METHOD_WRAPPER : PyTypes.BUILTIN_FUNCTION;
        }
        return PyTypes.METHOD;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (function instanceof PyBuiltinFunction b) {
            return b.callMethod(self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwnames);
    }
}

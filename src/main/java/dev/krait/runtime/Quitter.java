package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * The builtins {@code exit} and {@code quit}, which CPython's site module adds: callables that raise SystemExit,
 * and whose repr tells an interactive user how to leave.
 */
final class Quitter extends PyObject {
    static final PyType TYPE = PyTypes.fixed("Quitter", t -> {
        t.dict().put("__module__", "_sitebuiltins");
        method(t, "__call__(self, code=None)", a -> {
            Object code = a[1] == null ? PyTypes.NONE : a[1];
            throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, PyTuple.of(code)).asThrowable();
        });
        method(t, "__repr__(self, /)", a -> "Use " + ((Quitter) a[0]).name + "() or Ctrl-D (i.e. EOF) to exit");
        PyGetSet.readonly(t, "name", o -> ((Quitter) o).name);
        PyGetSet.readonly(t, "eof", o -> "Ctrl-D (i.e. EOF)");
    });

    private final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}

package dev.krait.runtime;

/**
 * The signature of a Python function as {@code str(inspect.signature(f))} writes it, read from the function's
 * {@code __code__}, defaults and annotations: {@code (a: int, b='x', /, *args, c=None, **kw) -> float}.
 */
final class PythonSignature {
    private static final long VARARGS = 0x4;
    private static final long VARKEYWORDS = 0x8;

    private PythonSignature() {}

    /** The signature in parentheses, with the return annotation; without the first parameter if {@code bound}. */
    static String of(Object function, boolean bound) {
        String text = "(" + parameters(function, bound) + ")";
        Object returns = annotations(function).get("return");
        return returns == null ? text : text + " -> " + annotation(returns);
    }

    /** The parameters alone, as pydoc shows a lambda's: {@code x, y=1}. */
    static String parameters(Object function) {
        return parameters(function, false);
    }

    private static String parameters(Object function, boolean bound) {
        Object code = Attributes.get(function, "__code__");
        PyTuple names = (PyTuple) Attributes.get(code, "co_varnames");
        int positional = (int) (long) (Long) Attributes.get(code, "co_argcount");
        int posOnly = (int) (long) (Long) Attributes.get(code, "co_posonlyargcount");
        int kwOnly = (int) (long) (Long) Attributes.get(code, "co_kwonlyargcount");
        long flags = (Long) Attributes.get(code, "co_flags");
        Object defaultsValue = Attributes.get(function, "__defaults__");
        PyTuple defaults = defaultsValue instanceof PyTuple t ? t : PyTuple.of();
        Object kwDefaultsValue = Attributes.get(function, "__kwdefaults__");
        PyDict kwDefaults = kwDefaultsValue instanceof PyDict d ? d : new PyDict();
        PyDict annotations = annotations(function);
        StringBuilder out = new StringBuilder();
        int firstDefault = positional - defaults.size();
        for (int i = bound ? 1 : 0; i < positional; i++) {
            String name = (String) names.get(i);
            append(out, parameter(name, annotations.get(name), i >= firstDefault ? defaults.get(i - firstDefault) : null));
            if (i == posOnly - 1) {
                append(out, "/");
            }
        }
        int next = positional + kwOnly;
        if ((flags & VARARGS) != 0) {
            String name = (String) names.get(next++);
            append(out, "*" + parameter(name, annotations.get(name), null));
        } else if (kwOnly > 0) {
            append(out, "*");
        }
        for (int i = positional; i < positional + kwOnly; i++) {
            String name = (String) names.get(i);
            append(out, parameter(name, annotations.get(name), kwDefaults.get(name)));
        }
        if ((flags & VARKEYWORDS) != 0) {
            String name = (String) names.get(next);
            append(out, "**" + parameter(name, annotations.get(name), null));
        }
        return out.toString();
    }

    private static PyDict annotations(Object function) {
        return Attributes.get(function, "__annotations__") instanceof PyDict d ? d : new PyDict();
    }

    private static void append(StringBuilder out, String item) {
        out.append(out.length() == 0 ? "" : ", ").append(item);
    }

    /** {@code name}, {@code name=default}, or with an annotation {@code name: int = default}. */
    private static String parameter(String name, Object annotation, Object defaultValue) {
        if (annotation == null) {
            return defaultValue == null ? name : name + "=" + Ops.repr(defaultValue);
        }
        String text = name + ": " + annotation(annotation);
        return defaultValue == null ? text : text + " = " + Ops.repr(defaultValue);
    }

    /** A class by its name (qualified outside builtins), anything else by its repr, as inspect does. */
    private static String annotation(Object a) {
        if (a instanceof PyType t) {
            String module = Ops.str(Attributes.get(t, "__module__"));
            String name = Ops.str(Attributes.get(t, "__qualname__"));
            return module.equals("builtins") ? name : module + "." + name;
        }
        return Ops.repr(a);
    }
}

package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** The float type: construction from numbers and strings, and the float methods. */
final class FloatMethods {
    private FloatMethods() {}

    static void init(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, x=0.0, /)",
                a -> a[1] == null ? 0.0 : toFloat(a[1])));
        NumberDunders.register(t, o -> Numbers.isInt(o) || o instanceof Double, false);
        method(t, "__int__(self, /)", a -> IntMethods.fromDouble((Double) a[0]));
        method(t, "__trunc__(self, /)", a -> IntMethods.fromDouble((Double) a[0]));
        method(t, "__str__(self, /)", a -> FloatRepr.repr((Double) a[0]));
        method(t, "__format__(self, format_spec, /)", a -> Formatting.format(a[0], (String) a[1]));
        method(t, "is_integer(self, /)", a -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        method(t, "conjugate(self, /)", a -> a[0]);
        PyGetSet.readonly(t, "real", o -> o);
        PyGetSet.readonly(t, "imag", o -> 0.0);
    }

    /** {@code float(x)}. */
    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Numbers.isInt(x)) {
            return Numbers.toDouble(x);
        }
        if (x instanceof String s) {
            return parse(s);
        }
        PyType t = Ops.type(x);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.callMethod(f, x);
            if (!(r instanceof Double d)) {
                throw Errors.typeError(t.name + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            return d;
        }
        if (t.lookup("__index__") != null) {
            return Numbers.toDouble(Ops.index(x));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    /** Parses {@code float(s)}: whitespace, sign, underscores between digits, inf/infinity/nan in any case. */
    static double parse(String s) {
        String text = s.strip();
        String lower = text.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (unsigned.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && unsigned.matches(".*\\d.*")
                && !unsigned.startsWith("e") && !unsigned.startsWith(".e")) {
            return Double.parseDouble(text.replace("_", ""));
        }
        throw Errors.valueError("could not convert string to float: " + StrRepr.repr(s));
    }
}

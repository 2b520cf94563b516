package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The complex type: construction (from numbers and strings), arithmetic dunders, formatting. */
final class ComplexMethods {
    private ComplexMethods() {}

    static void init(PyType t) {
        Sizes.register(t);
        Constructors.newFunction(t, "complex(cls, real=<unrepresentable>, imag=<unrepresentable>)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyComplex.TYPE, construct(a[1], a[2])));
        arithmetic(t, "add", PyComplex::add);
        arithmetic(t, "sub", PyComplex::sub);
        arithmetic(t, "mul", PyComplex::mul);
        arithmetic(t, "truediv", PyComplex::div);
        method(t, "__pow__(self, value, mod=None, /)", a -> pow(a[0], a[1], a[2]));
        method(t, "__rpow__(self, value, mod=None, /)", a -> pow(a[1], a[0], a[2]));
        method(t, "__neg__(self, /)", a -> new PyComplex(-self(a).real, -self(a).imag));
        method(t, "__pos__(self, /)", a -> a[0]);
        method(t, "__abs__(self, /)", a -> self(a).abs());
        method(t, "__bool__(self, /)", a -> self(a).real != 0 || self(a).imag != 0);
        method(t, "__eq__(self, value, /)", a -> equal(self(a), a[1]));
        method(t, "__ne__(self, value, /)", a -> {
            Object eq = equal(self(a), a[1]);
            return eq == Ops.NOT_IMPLEMENTED ? eq : (Object) !Ops.isTrue(eq);
        });
        method(t, "__hash__(self, /)", a -> self(a).hash());
        ObjectMethods.registerUnordered(t);
        method(t, "__repr__(self, /)", a -> self(a).repr());
        Formatting.registerFormat(t, (value, spec) -> format((PyComplex) value, spec));
        method(t, "__complex__(self, /)", a -> a[0]);
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(self(a).real, self(a).imag));
        method(t, "conjugate(self, /)", a -> new PyComplex(self(a).real, -self(a).imag));
        PyGetSet.readonlyMember(t, "real", o -> ((PyComplex) o).real);
        PyGetSet.readonlyMember(t, "imag", o -> ((PyComplex) o).imag);
    }

    private static PyComplex self(Object[] a) {
        return (PyComplex) a[0];
    }

    /** An operand of complex arithmetic: a complex, or an int or float taken as one; null otherwise. */
    static PyComplex coerce(Object operand) {
        Object o = BuiltinSubclasses.valueOf(operand);
        if (o instanceof PyComplex c) {
            return c;
        }
        if (Numbers.isInt(o) || o instanceof Double) {
            return new PyComplex(Numbers.toDouble(o), 0);
        }
        return null;
    }

    private static void arithmetic(PyType t, String stem, BinaryOperator<PyComplex> op) {
        method(t, "__" + stem + "__(self, value, /)", a -> {
            PyComplex other = coerce(a[1]);
            return other == null ? Ops.NOT_IMPLEMENTED : op.apply(self(a), other);
        });
        method(t, "__r" + stem + "__(self, value, /)", a -> {
            PyComplex other = coerce(a[1]);
            return other == null ? Ops.NOT_IMPLEMENTED : op.apply(other, self(a));
        });
    }

    private static Object pow(Object base, Object exp, Object mod) {
        PyComplex a = coerce(base);
        PyComplex b = coerce(exp);
        if (a == null || b == null) {
            return Ops.NOT_IMPLEMENTED;
        }
        if (mod != null && mod != Ops.NONE) {
            throw Errors.valueError("complex modulo");
        }
        return PyComplex.pow(a, b);
    }

    private static Object equal(PyComplex c, Object other) {
        if (Numbers.isInt(other)) {
            return c.imag == 0 ? Compare.eq(c.real, other) : Boolean.FALSE;
        }
        if (other instanceof Double d) {
            return c.real == d && c.imag == 0;
        }
        if (other instanceof PyComplex o) {
            return c.real == o.real && c.imag == o.imag;
        }
        return Ops.NOT_IMPLEMENTED;
    }

    // ---- construction ----------------------------------------------------------------------------------------

    /** {@code complex(real, imag)}: numbers, objects with {@code __complex__}/{@code __float__}, or a string. */
    private static PyComplex construct(Object real, Object imag) {
        if (BuiltinSubclasses.valueOf(real) instanceof String s) {
            if (imag != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (BuiltinSubclasses.valueOf(imag) instanceof String) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyComplex r = real == null ? new PyComplex(0, 0)
                : toComplex(real, "first argument must be a string or a number");
        if (imag == null) {
            return r;
        }
        // As CPython: an imaginary part of a complex real argument (or a real part of a complex imag) moves over.
        PyComplex i = toComplex(imag, "second argument must be a number");
        double im = real instanceof PyComplex ? i.real + r.imag : i.real;
        return new PyComplex(imag instanceof PyComplex ? r.real - i.imag : r.real, im);
    }

    private static PyComplex toComplex(Object o, String what) {
        PyComplex c = coerce(o);
        if (c != null) {
            return c;
        }
        PyType t = Ops.type(o);
        Object m = t.lookup("__complex__");
        if (m != null) {
            Object r = Ops.callMethod(m, o);
            if (r instanceof PyComplex rc) {
                return rc;
            }
            if (BuiltinSubclasses.valueOf(r) instanceof PyComplex rc) {
                Warnings.strictSubclassResult("__complex__", r, "complex");
                return rc;
            }
            throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
        }
        if (t.lookup("__float__") != null || t.lookup("__index__") != null) {
            return new PyComplex(FloatMethods.toFloat(o), 0);
        }
        throw Errors.typeError("complex() " + what + ", not '" + t.name + "'");
    }

    private static final String NUMBER = "(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf(?:inity)?|nan))";
    /** real, real+imagj, imagj, and the bare-sign forms 1+j, +j, j. */
    private static final Pattern COMPLEX = Pattern.compile("(?<real>[+-]?" + NUMBER + ")?"
            + "(?:(?<imag>[+-]?" + NUMBER + "|[+-])?(?<j>[jJ]))?");

    private static final Pattern MISPLACED_UNDERSCORE = Pattern.compile("(?<![0-9])_|_(?![0-9])");

    static PyComplex parse(String text) {
        String s = IntMethods.asciiNumber(text);
        if (s.indexOf('_') >= 0) {
            // As for number literals, an underscore must sit between digits; CPython words this failure apart.
            if (MISPLACED_UNDERSCORE.matcher(s).find()) {
                throw Errors.valueError("could not convert string to complex: " + Ops.repr(text));
            }
            s = s.replace("_", "");
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = COMPLEX.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw malformed();
        }
        String real = m.group("real");
        String imag = m.group("imag");
        boolean hasJ = m.group("j") != null;
        if (!hasJ) {
            return new PyComplex(FloatMethods.parse(real), 0);
        }
        if (real != null && imag == null) {
            // "5j": the number before j is the imaginary part.
            return new PyComplex(0, FloatMethods.parse(real));
        }
        if (real != null && !(imag.startsWith("+") || imag.startsWith("-"))) {
            throw malformed();
        }
        double im = imag == null || imag.equals("+") ? 1 : imag.equals("-") ? -1 : FloatMethods.parse(imag);
        return new PyComplex(real == null ? 0 : FloatMethods.parse(real), im);
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    // ---- formatting ------------------------------------------------------------------------------------------

    /** {@code format(complex, spec)}: both parts formatted alike, the whole padded as one. */
    static String format(PyComplex c, String spec) {
        if (spec.isEmpty()) {
            return c.repr();
        }
        FormatSpec f = FormatSpec.parse(spec, "complex", (char) 0, '>');
        if ("eEfFgGn".indexOf(f.type()) < 0 && f.type() != 0) {
            throw f.unknownType("complex");
        }
        if (f.fill() == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align() == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = f.type() == 'n' ? 'g' : f.type();
        boolean skipReal = false;
        boolean parens = false;
        String re;
        String im;
        if (type == 0) {
            skipReal = c.real == 0 && Math.copySign(1, c.real) > 0;
            parens = !skipReal;
        }
        if (type == 0 && f.precision() < 0) {
            re = componentRepr(Math.abs(c.real), f.alternate());
            im = componentRepr(Math.abs(c.imag), f.alternate());
        } else {
            char t = type == 0 ? 'g' : type;
            re = Formatting.floatBody(Math.abs(c.real), t, f.precision(), f.alternate());
            im = Formatting.floatBody(Math.abs(c.imag), t, f.precision(), f.alternate());
        }
        if (f.grouping() != 0) {
            re = Formatting.groupIntegerPart(re, f.grouping());
            im = Formatting.groupIntegerPart(im, f.grouping());
        }
        StringBuilder b = new StringBuilder();
        if (parens) {
            b.append('(');
        }
        // The 'z' option drops the sign of a part that rounds to zero.
        double real = f.noNegativeZero() && Formatting.isZero(re) ? 0.0 : c.real;
        double imag = f.noNegativeZero() && Formatting.isZero(im) ? 0.0 : c.imag;
        if (!skipReal) {
            b.append(partSign(real, f.sign())).append(re);
        }
        b.append(partSign(imag, skipReal ? f.sign() : '+')).append(im).append('j');
        if (parens) {
            b.append(')');
        }
        return f.pad(b.toString(), 0, '>');
    }

    /** A part as repr() shows it, without ".0"; the '#' option keeps a decimal point ("1.", "1.e+22"). */
    private static String componentRepr(double a, boolean alternate) {
        String s = FloatRepr.repr(a);
        if (s.endsWith(".0")) {
            return s.substring(0, s.length() - (alternate ? 1 : 2));
        }
        int e = s.indexOf('e');
        if (alternate && e >= 0 && s.lastIndexOf('.', e) < 0) {
            return s.substring(0, e) + "." + s.substring(e);
        }
        return s;
    }

    private static String partSign(double d, char sign) {
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }
}

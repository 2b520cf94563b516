package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The float type: construction from numbers and strings, and the float methods (hex, as_integer_ratio...). */
final class FloatMethods {
    private FloatMethods() {}

    static void init(PyType t) {
        Sizes.register(t);
        Constructors.newFunction(t, "float(cls, /, *args, **kwargs)", a -> {
            Object x = Constructors.optionalArgument(a, t, "float");
            return BuiltinSubclasses.instance((PyType) a[0], t, x == null ? 0.0 : toFloat(x));
        });
        NumberDunders.register(t, o -> Numbers.isInt(o) || o instanceof Double, false);
        method(t, "__int__(self, /)", a -> IntMethods.fromDouble(self(a)));
        method(t, "__trunc__(self, /)", a -> IntMethods.fromDouble(self(a)));
        method(t, "__floor__(self, /)", a -> IntMethods.fromDouble(Math.floor(self(a))));
        method(t, "__ceil__(self, /)", a -> IntMethods.fromDouble(Math.ceil(self(a))));
        method(t, "__round__(self, ndigits=None, /)", a -> Rounding.round(a[0], a[1]));
        Formatting.registerFormat(t, Formatting::format);
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(a[0]));
        method(t, "is_integer(self, /)", a -> Double.isFinite(self(a)) && self(a) == Math.rint(self(a)));
        method(t, "conjugate(self, /)", a -> a[0]);
        method(t, "as_integer_ratio(self, /)", a -> integerRatio(self(a)));
        method(t, "hex(self, /)", a -> hex(self(a)));
        t.dict().put("fromhex", new PyClassMethod(new PyBuiltinFunction(Signature.parseClassMethod(
                "fromhex(cls, string, /)", t.name), null, a -> {
                    if (!(BuiltinSubclasses.valueOf(a[1]) instanceof String s)) {
                        throw Errors.typeError("bad argument type for built-in operation");
                    }
                    Strings.requireUtf8(s); // CPython parses the UTF-8 form
                    double d = fromHex(s);
                    return a[0] == PyTypes.FLOAT ? (Object) d : Ops.call(a[0], d);
                })));
        t.dict().put("__getformat__", new PyClassMethod(new PyBuiltinFunction(Signature.parseClassMethod(
                "__getformat__(cls, typestr, /)", t.name), null, a -> {
                    String kind = Codecs.cString(TextOps.arg(a[1], "__getformat__() argument"));
                    if (!kind.equals("double") && !kind.equals("float")) {
                        throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
                    }
                    return "IEEE, little-endian";
                })));
        PyGetSet.readonly(t, "real", o -> o);
        PyGetSet.readonly(t, "imag", o -> 0.0);
    }

    private static double self(Object[] a) {
        return (Double) a[0];
    }

    /** {@code float(x)}. */
    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Numbers.isInt(x)) {
            return Numbers.toDouble(x);
        }
        if (x instanceof String || BytesOps.isBytesLike(x)) {
            return parse(x);
        }
        PyType t = Ops.type(x);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.callMethod(f, x);
            if (r instanceof Double d) {
                return d;
            }
            if (BuiltinSubclasses.valueOf(r) instanceof Double d) {
                Warnings.strictSubclassResult(t.name + ".__float__", r, "float");
                return d;
            }
            throw Errors.typeError(t.name + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
        }
        if (t.lookup("__index__") != null) {
            return Numbers.toDouble(Ops.index(x));
        }
        Object text = BuiltinSubclasses.valueOf(x);
        if (text instanceof String || BytesOps.isBytesLike(text)) {
            return parse(text);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    /** Parses {@code float(s)}: whitespace, sign, underscores between digits, inf/infinity/nan in any case. */
    static double parse(Object source) {
        String text = IntMethods.asciiNumber(source);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = lower.startsWith("+") || negative ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text.replace("_", ""));
        }
        throw Errors.valueError("could not convert string to float: " + Ops.repr(source));
    }

    /** The exact fraction of a finite float, in lowest terms. */
    private static PyTuple integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = numerator.gcd(denominator);
        if (g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        return PyTuple.of(Numbers.normalize(numerator), Numbers.normalize(denominator));
    }

    /** {@code float.hex()}: 0x1.<13 hex digits>p<exponent>, or 0x0.<digits>p-1022 for subnormals. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1, d) < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int biased = (int) (bits >>> 52 & 0x7FF);
        String lead = biased == 0 ? "0" : "1";
        int exp = biased == 0 ? -1022 : biased - 1023;
        String digits = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + digits + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    private static final Pattern HEX = Pattern.compile(
            "([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?\\d+))?");

    /** {@code float.fromhex(s)}, correctly rounded. */
    static double fromHex(String s) {
        // Only ASCII whitespace surrounds the number (C's isspace, unlike float()'s Unicode-aware strip).
        String text = s.replaceAll("^[ \\t\\n\\r\\x0b\\f]+|[ \\t\\n\\r\\x0b\\f]+$", "");
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = lower.startsWith("+") || negative ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = HEX.matcher(text);
        String whole = m.matches() ? m.group(2) : "";
        String fraction = m.matches() && m.group(3) != null ? m.group(3) : "";
        if (whole.isEmpty() && fraction.isEmpty()) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger mantissa = new BigInteger(whole + fraction, 16);
        long exp = (m.group(4) == null ? 0 : parseExponent(m.group(4))) - 4L * fraction.length();
        double magnitude = scale(mantissa, exp);
        return m.group(1).equals("-") ? -magnitude : magnitude;
    }

    private static long parseExponent(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return digits.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
    }

    /** mantissa * 2**exp as the nearest double, OverflowError beyond the float range. */
    private static double scale(BigInteger mantissa, long exp) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        long top = mantissa.bitLength() + exp;
        if (top > 1025) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        if (top < -1080) {
            return 0.0;
        }
        BigDecimal exact = exp >= 0 ? new BigDecimal(mantissa.shiftLeft((int) exp))
                : new BigDecimal(mantissa).divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -exp)));
        double d = exact.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return d;
    }
}

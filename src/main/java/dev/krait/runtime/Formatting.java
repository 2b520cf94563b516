package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)}: the format mini-language for int, bool, float and str, and dispatch to
 * {@code __format__} for everything else. f-strings and {@code str.format} both come here. Floats are rounded
 * from their exact binary value, half to even, as CPython's dtoa does.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatStr(s, FormatSpec.parse(spec, "str", 's', '<'));
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return spec.isEmpty() ? Ops.str(value) : formatInt(value, FormatSpec.parse(spec, Ops.typeName(value),
                    'd', '>'));
        }
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatRepr.repr(d) : formatFloat(d, FormatSpec.parse(spec, "float", (char) 0, '>'));
        }
        Object m = Ops.type(value).lookup("__format__");
        Object r = Ops.callMethod(m, value, spec);
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError("__format__ must return a str, not " + Ops.typeName(r));
    }

    /**
     * Registers {@code __format__} for a built-in type: an empty spec means {@code str(self)} (which a subclass
     * may override), anything else formats the built-in value.
     */
    static void registerFormat(PyType t, java.util.function.BiFunction<Object, String, String> format) {
        BuiltinSubclasses.methodOnInstance(t, "__format__(self, format_spec, /)", a -> {
            String spec = TextOps.arg(a[1], "__format__() argument");
            return spec.isEmpty() ? Ops.str(a[0]) : format.apply(BuiltinSubclasses.valueOf(a[0]), spec);
        });
    }

    static String formatStr(String s, FormatSpec f) {
        if (f.type() != 's') {
            throw f.unknownType("str");
        }
        if (f.sign() != 0) {
            throw Errors.valueError(f.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (f.precision() >= 0 && f.precision() < Strings.length(s)) {
            s = Strings.substring(s, 0, f.precision());
        }
        return f.pad(s, 0, '<');
    }

    static String formatInt(Object value, FormatSpec f) {
        char type = f.type();
        if (value instanceof Long l && f.precision() < 0 && !f.noNegativeZero()
                && (type == 'd' || type == 'x' || type == 'X' || type == 'o' || type == 'b')) {
            // The usual case, without a BigInteger: Long.MIN_VALUE's negation reads right as unsigned.
            int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
            return formatDigits(l < 0, Long.toUnsignedString(l < 0 ? -l : l, radix), radix, type, f);
        }
        BigInteger v = Numbers.big(value);
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(Numbers.toDouble(Numbers.normalize(v)), f);
            case 'd': case 'n': case 'x': case 'X': case 'o': case 'b': case 'c':
                break;
            default:
                throw f.unknownType(Ops.typeName(value));
        }
        if (f.precision() >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return formatChar(v, f);
        }
        int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
        return formatDigits(v.signum() < 0, IntText.absDigits(v, radix), radix, type, f);
    }

    /** The end of integer formatting: the digits of the absolute value with sign, prefix, grouping and padding. */
    private static String formatDigits(boolean negative, String digits, int radix, char type, FormatSpec f) {
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = !f.alternate() || radix == 10 ? "" : radix == 16 ? (type == 'X' ? "0X" : "0x")
                : radix == 8 ? "0o" : "0b";
        return finish(sign(negative, f) + prefix, digits, f, radix == 10 ? 3 : 4);
    }

    private static String formatChar(BigInteger v, FormatSpec f) {
        if (f.sign() != 0) {
            throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(Character.MAX_CODE_POINT)) > 0) {
            throw Errors.overflow("%c arg not in range(0x110000)");
        }
        return f.pad(Strings.ofCodePoint(v.intValue()), 0, '>');
    }

    private static String sign(boolean negative, FormatSpec f) {
        if (negative) {
            return "-";
        }
        return f.sign() == '+' ? "+" : f.sign() == ' ' ? " " : "";
    }

    /**
     * Joins sign/prefix and digits with grouping, padding to the width; zero padding ('0' fill with '='
     * alignment) is grouped too, as CPython does: format(1234, '08,') == '0,001,234'.
     */
    private static String finish(String signPrefix, String digits, FormatSpec f, int groupSize) {
        int radix = groupSize == 4 ? 16 : 10;
        if (f.grouping() == 0 || Character.digit(digits.charAt(0), radix) < 0) {
            // Ungrouped, or inf/nan, whose zero padding CPython does not group either.
            return f.pad(signPrefix + digits, signPrefix.length(), '>');
        }
        int point = 0;
        while (point < digits.length() && Character.digit(digits.charAt(point), radix) >= 0) {
            point++;
        }
        String intPart = digits.substring(0, point);
        String rest = digits.substring(point);
        boolean zeroFill = f.fill() == '0' && f.align() == '=';
        String grouped = group(intPart, groupSize, f.grouping());
        while (zeroFill && signPrefix.length() + grouped.length() + rest.length() < f.width()) {
            intPart = "0" + intPart;
            grouped = group(intPart, groupSize, f.grouping());
        }
        return f.pad(signPrefix + grouped + rest, signPrefix.length(), '>');
    }

    /** Groups the integer digits at the start of a formatted number by thousands. */
    static String groupIntegerPart(String body, char sep) {
        int point = 0;
        while (point < body.length() && Character.isDigit(body.charAt(point))) {
            point++;
        }
        return group(body.substring(0, point), 3, sep) + body.substring(point);
    }

    private static String group(String digits, int size, char sep) {
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / size);
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % size == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(k));
        }
        return b.toString();
    }

    static String formatFloat(double d, FormatSpec f) {
        char type = f.type();
        if ("eEfFgGn%".indexOf(type) < 0 && type != 0) {
            throw f.unknownType("float");
        }
        if (type == 'n' && f.grouping() != 0) {
            throw Errors.valueError("Cannot specify '" + f.grouping() + "' with 'n'.");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String body = floatBody(Math.abs(d), type, f.precision(), f.alternate());
        if (Double.isNaN(d)) {
            negative = false;
        }
        if (negative && f.noNegativeZero() && isZero(body)) {
            negative = false;
        }
        return finish(sign(negative, f), body, f, 3);
    }

    /**
     * The digits of a non-negative float for a presentation type (0: none), precision (-1: default) and
     * alternate flag, without sign or padding.
     */
    static String floatBody(double a, char type, int precision, boolean alternate) {
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            String body = Double.isNaN(a) ? "nan" : "inf";
            body = type == 'E' || type == 'F' || type == 'G' ? body.toUpperCase() : body;
            return type == '%' ? body + "%" : body;
        }
        int p = precision < 0 ? 6 : precision;
        switch (type) {
            case 'f': case 'F': return fixed(a, p, alternate);
            case 'e': case 'E': return exponent(a, p, alternate, type);
            // CPython scales in floating point, so huge values overflow to "inf%".
            case '%': return floatBody(a * 100, 'f', p, alternate) + "%";
            case 'g': case 'G': case 'n': return general(a, p, alternate, type == 'G' ? 'E' : 'e', false);
            default:
                if (precision < 0) {
                    return alternate ? withPoint(FloatRepr.repr(a)) : FloatRepr.repr(a);
                }
                return general(a, p, alternate, 'e', true);
        }
    }

    /** The alternate form of a repr: "1e+16" gets its decimal point, "1.e+16". */
    private static String withPoint(String repr) {
        if (repr.indexOf('.') >= 0) {
            return repr;
        }
        int e = repr.indexOf('e');
        return e < 0 ? repr + "." : repr.substring(0, e) + "." + repr.substring(e);
    }

    /** Whether formatted digits are all zeros (for the 'z' option, which drops the sign of a rounded zero). */
    static boolean isZero(String body) {
        if (!Character.isDigit(body.charAt(0))) {
            return false; // inf or nan
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    static String fixed(double a, int precision, boolean alternate) {
        String s = a < 1e15 && precision <= 3 ? fixedSmall(a, precision)
                : new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};

    /**
     * {@link #fixed} of a non-negative {@code a < 1e15} with at most 3 decimals, in long arithmetic (what f-strings
     * like {@code {x:.2f}} need, without a BigDecimal): a = m * 2^e exactly with e < 0, and m * 10^precision
     * stays below 2^63, so the decimal digits are that product divided by 2^-e, rounded half to even as
     * CPython rounds the exact binary value.
     */
    static String fixedSmall(double a, int precision) {
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long m = bits & ((1L << 52) - 1);
        int shift = biased == 0 ? 1074 : 1075 - biased;
        if (biased != 0) {
            m |= 1L << 52;
        }
        long n = m * POWERS_OF_TEN[precision];
        long q = 0;
        if (shift < 64) {
            q = n >>> shift;
            long rest = n - (q << shift);
            long half = 1L << (shift - 1);
            if (rest > half || rest == half && (q & 1) == 1) {
                q++;
            }
        }
        String digits = Long.toString(q);
        if (precision == 0) {
            return digits;
        }
        if (digits.length() <= precision) {
            digits = "0".repeat(precision + 1 - digits.length()) + digits;
        }
        int point = digits.length() - precision;
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    static String exponent(double a, int precision, boolean alternate, char e) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < precision + 1) {
                digits = digits + "0".repeat(precision + 1 - digits.length());
            } else if (digits.length() > precision + 1) {
                digits = digits.substring(0, precision + 1);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(digits.charAt(0));
        if (precision > 0 || alternate) {
            b.append('.');
        }
        b.append(digits, 1, digits.length());
        b.append(e).append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            b.append('0');
        }
        return b.append(ae).toString();
    }

    /**
     * 'g' formatting. {@code noType} is the spec without a type letter: it switches to exponent notation one
     * digit earlier and keeps a ".0" on integral values, as CPython's Py_DTSF_ADD_DOT_0 does.
     */
    static String general(double a, int precision, boolean alternate, char e, boolean noType) {
        int p = precision == 0 ? 1 : precision;
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < (noType ? p - 1 : p)) {
            s = fixed(a, p - 1 - exp, alternate);
            if (!alternate && s.indexOf('.') >= 0) {
                s = stripZeros(s);
            }
            if (noType && s.indexOf('.') < 0) {
                s += ".0";
            }
        } else {
            s = exponent(a, p - 1, alternate, e);
            if (!alternate) {
                int ePos = s.indexOf(e);
                String mant = s.substring(0, ePos);
                if (mant.indexOf('.') >= 0) {
                    mant = stripZeros(mant);
                }
                s = mant + s.substring(ePos);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}

package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)}: the format mini-language for int, float and str, and dispatch to
 * {@code __format__} for everything else. f-strings and {@code str.format} both come here.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatStr(s, FormatSpec.parse(spec));
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return spec.isEmpty() ? value.toString() : formatInt(Numbers.big(value), FormatSpec.parse(spec), value);
        }
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatRepr.repr(d) : formatFloat(d, FormatSpec.parse(spec));
        }
        if (value instanceof Boolean b) {
            // bool inherits int.__format__: only the empty spec gives "True"/"False".
            return spec.isEmpty() ? (b ? "True" : "False") : format(b ? 1L : 0L, spec);
        }
        Object m = Ops.type(value).lookup("__format__");
        Object r = Ops.callMethod(m, value, spec);
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError("__format__ must return a str, not " + Ops.typeName(r));
    }

    private static PyException badType(FormatSpec f, String typeName) {
        return Errors.valueError("Unknown format code '" + f.type() + "' for object of type '" + typeName + "'");
    }

    static String formatStr(String s, FormatSpec f) {
        if (f.type() != 0 && f.type() != 's') {
            throw badType(f, "str");
        }
        if (f.sign() != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
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

    static String formatInt(BigInteger v, FormatSpec f, Object original) {
        char type = f.type() == 0 ? 'd' : f.type();
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(v.doubleValue(), f);
            case 'c': {
                if (f.sign() != 0) {
                    throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.overflow("%c arg not in range(0x110000)");
                }
                return f.pad(Strings.ofCodePoint(v.intValue()), 0, '<');
            }
            case 'd': case 'n': case 'x': case 'X': case 'o': case 'b':
                break;
            default:
                throw badType(f, Ops.typeName(original));
        }
        if (f.precision() >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
        String digits = v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (f.grouping() != 0) {
            if (f.grouping() == ',' && radix != 10) {
                throw Errors.valueError("Cannot specify ',' with '" + type + "'.");
            }
            digits = group(digits, radix == 10 ? 3 : 4, f.grouping());
        }
        String prefix = !f.alternate() || radix == 10 ? "" : radix == 16 ? (type == 'X' ? "0X" : "0x")
                : radix == 8 ? "0o" : "0b";
        String sign = signOf(v.signum() < 0, f);
        return finish(sign + prefix, digits, f);
    }

    private static String signOf(boolean negative, FormatSpec f) {
        if (negative) {
            return "-";
        }
        return f.sign() == '+' ? "+" : f.sign() == ' ' ? " " : "";
    }

    /** Joins sign/prefix and digits, zero-padding with grouping when '0' fill is asked. */
    private static String finish(String signPrefix, String digits, FormatSpec f) {
        if (f.fill() == '0' && f.align() == '=' && f.grouping() != 0 && f.width() > signPrefix.length() + digits.length()) {
            int groupSize = 3;
            String raw = digits.replace(String.valueOf(f.grouping()), "");
            int intEnd = raw.indexOf('.') >= 0 ? raw.indexOf('.') : raw.length();
            String intPart = raw.substring(0, intEnd);
            String rest = raw.substring(intEnd);
            while (true) {
                String grouped = group(intPart, groupSize, f.grouping());
                if (signPrefix.length() + grouped.length() + rest.length() >= f.width()) {
                    return signPrefix + grouped + rest;
                }
                intPart = "0" + intPart;
            }
        }
        return f.pad(signPrefix + digits, signPrefix.length(), '>');
    }

    private static String group(String digits, int size, char sep) {
        int point = digits.length();
        for (int k = 0; k < digits.length(); k++) {
            if (!Character.isLetterOrDigit(digits.charAt(k))) {
                point = k;
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        String intPart = digits.substring(0, point);
        for (int k = 0; k < intPart.length(); k++) {
            if (k > 0 && (intPart.length() - k) % size == 0) {
                b.append(sep);
            }
            b.append(intPart.charAt(k));
        }
        return b.append(digits.substring(point)).toString();
    }

    static String formatFloat(double d, FormatSpec f) {
        char type = f.type();
        if ("eEfFgGn%".indexOf(type) < 0 && type != 0) {
            throw badType(f, "float");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase();
            }
            negative = d < 0;
            if (type == '%' && !Double.isNaN(d)) {
                body += "%";
            }
        } else {
            int p = f.precision() < 0 ? 6 : f.precision();
            switch (type) {
                case 'f': case 'F': body = fixed(a, p, f.alternate()); break;
                case 'e': case 'E': body = exponent(a, p, f.alternate(), type); break;
                case '%': body = fixed(a * 100, p, f.alternate()) + "%"; break;
                case 'g': case 'G': case 'n': body = general(a, p, f.alternate(), type == 'G' ? 'E' : 'e', false); break;
                default:
                    if (f.precision() < 0) {
                        body = FloatRepr.repr(a);
                    } else {
                        body = general(a, p, f.alternate(), 'e', true);
                    }
            }
        }
        if (f.grouping() != 0) {
            body = group(body, 3, f.grouping());
        }
        return finish(signOf(negative, f), body, f);
    }

    static String fixed(double a, int precision, boolean alternate) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
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

    /** 'g' formatting; {@code noType} is the spec without a type letter, which keeps at least one decimal. */
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
        if (exp >= -4 && exp < p) {
            s = fixed(a, p - 1 - exp, alternate);
            if (!alternate && s.indexOf('.') >= 0) {
                s = stripZeros(s);
                if (noType && s.indexOf('.') < 0) {
                    s += ".0";
                }
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

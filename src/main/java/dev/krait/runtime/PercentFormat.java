package dev.krait.runtime;

import java.math.BigInteger;

/**
 * printf-style formatting: {@code str % values} and {@code bytes % values} (the latter on Latin-1 text, with
 * %s taking bytes-like values and %c a byte).
 */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, Object values) {
        return new PercentFormat.Run(fmt, values, false).render();
    }

    /** {@code bytes % values}: the format and the result are Latin-1 text, one char per byte. */
    static String formatBytes(String fmtLatin1, Object values) {
        return new PercentFormat.Run(fmtLatin1, values, true).render();
    }

    /** One conversion specifier's flags, width and precision (-1 when absent). */
    private record Spec(boolean left, boolean plus, boolean space, boolean alternate, boolean zero, int width,
                        int precision) {}

    private static final class Run {
        private final String fmt;
        private final boolean bytes;
        private final Object[] args;
        /** The mapping of %(name)s specifiers, or null when the values are not a mapping. */
        private final Object mapping;
        private int next;
        private int pos;
        /** Set by the first %(key) specifier: from then on there are no positional arguments, as in CPython. */
        private boolean keyed;

        Run(String fmt, Object values, boolean bytes) {
            this.fmt = fmt;
            this.bytes = bytes;
            // Subclass instances of tuple and str count as those; a dict subclass stays itself, for __missing__.
            Object value = BuiltinSubclasses.valueOf(values);
            this.args = value instanceof PyTuple t ? t.array() : new Object[] {values};
            // Anything subscriptable is a mapping, except tuples and str (and, for bytes formatting, bytes and
            // bytearray): "%s" % b"x" formats nothing, as in CPython.
            boolean isMapping = !(value instanceof PyTuple) && !(value instanceof String)
                    && !(bytes && (value instanceof PyBytes || value instanceof PyByteArray))
                    && Ops.type(values).lookup("__getitem__") != null;
            this.mapping = isMapping ? values : null;
        }

        String render() {
            StringBuilder out = new StringBuilder(fmt.length() + 16);
            int n = fmt.length();
            while (pos < n) {
                char c = fmt.charAt(pos++);
                if (c != '%') {
                    out.append(c);
                    continue;
                }
                if (pos < n && fmt.charAt(pos) == '%') {
                    out.append('%');
                    pos++;
                    continue;
                }
                out.append(conversion());
            }
            if (next < args.length && mapping == null) {
                throw Errors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string")
                        + " formatting");
            }
            return out.toString();
        }

        private PyException incomplete() {
            return Errors.valueError("incomplete format");
        }

        private String conversion() {
            int n = fmt.length();
            Object value = null;
            if (pos < n && fmt.charAt(pos) == '(') {
                value = mappingValue();
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alternate = false;
            boolean zero = false;
            for (; pos < n && "-+ #0".indexOf(fmt.charAt(pos)) >= 0; pos++) {
                switch (fmt.charAt(pos)) {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '#': alternate = true; break;
                    default: zero = true; break;
                }
            }
            int width = number();
            if (width == STAR) {
                width = starArgument(false);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            }
            int precision = -1;
            if (pos < n && fmt.charAt(pos) == '.') {
                pos++;
                precision = number();
                precision = precision == STAR ? Math.max(0, starArgument(true)) : Math.max(0, precision);
            }
            while (pos < n && "hlL".indexOf(fmt.charAt(pos)) >= 0) {
                pos++;
            }
            if (pos >= n) {
                throw incomplete();
            }
            char type = fmt.charAt(pos++);
            if (value == null) {
                value = nextArgument();
            }
            return convert(type, value, new Spec(left, plus, space, alternate, zero, width, precision));
        }

        private Object mappingValue() {
            int depth = 1;
            int start = ++pos;
            while (pos < fmt.length() && depth > 0) {
                char c = fmt.charAt(pos++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth > 0) {
                throw Errors.valueError("incomplete format key");
            }
            if (mapping == null) {
                throw Errors.typeError("format requires a mapping");
            }
            keyed = true;
            String key = fmt.substring(start, pos - 1);
            return Items.getItem(mapping, bytes ? BytesOps.like(PyBytes.EMPTY, key) : key);
        }

        private static final int STAR = -2;

        /** A run of digits, STAR for '*', or -1 when there is neither. */
        private int number() {
            if (pos < fmt.length() && fmt.charAt(pos) == '*') {
                pos++;
                return STAR;
            }
            int start = pos;
            while (pos < fmt.length() && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == start) {
                return -1;
            }
            try {
                return Integer.parseInt(fmt.substring(start, pos));
            } catch (NumberFormatException e) {
                throw Errors.valueError(start > 0 && fmt.charAt(start - 1) == '.' ? "precision too big"
                        : "width too big");
            }
        }

        /** A width (a machine-sized int) or precision (a C int) taken from the arguments by '*'. */
        private int starArgument(boolean precision) {
            Object v = BuiltinSubclasses.valueOf(nextArgument());
            if (!(v instanceof Long) && !(v instanceof Boolean) && !(v instanceof BigInteger)) {
                throw Errors.typeError("* wants int");
            }
            Object n = Numbers.asInt(v);
            if (n instanceof Long l && Math.abs(l) <= Integer.MAX_VALUE) {
                return (int) (long) l;
            }
            if (precision || n instanceof BigInteger) {
                throw Errors.overflow("Python int too large to convert to C " + (precision ? "int" : "ssize_t"));
            }
            // A width that fits a machine int but not a Java string.
            throw Errors.memoryError();
        }

        private Object nextArgument() {
            if (next >= args.length || keyed) {
                throw Errors.typeError("not enough arguments for format string");
            }
            return args[next++];
        }

        private String convert(char type, Object value, Spec spec) {
            switch (type) {
                case 's':
                    return padText(bytes ? bytesText(value) : Ops.str(value), spec);
                case 'b':
                    if (bytes) {
                        return padText(bytesText(value), spec);
                    }
                    break;
                case 'r':
                case 'a':
                    return padText(type == 'a' || bytes ? StrRepr.escapeNonAscii(Ops.repr(value)) : Ops.repr(value),
                            spec);
                case 'c':
                    return pad("", character(value), spec, false); // the precision does not apply to %c
                case 'd': case 'i': case 'u':
                    return formatInt(integer(value, type, true), 10, false, spec);
                case 'x': case 'X': case 'o':
                    return formatInt(integer(value, type, false), type == 'o' ? 8 : 16, type == 'X', spec);
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    return formatFloat(real(value), type, spec);
                default:
                    break;
            }
            // CPython shows the character itself only when it is printable ASCII.
            char shown = type >= ' ' && type < 0x7f ? type : '?';
            throw Errors.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(type)
                    + ") at index " + (pos - 1));
        }

        /** %s of bytes formatting: a bytes-like value or one with {@code __bytes__}, as Latin-1 text. */
        private String bytesText(Object value) {
            Object data = BuiltinSubclasses.valueOf(value);
            if (BytesOps.isBytesLike(data)) {
                return BytesOps.latin1(data);
            }
            if (value instanceof PyObject && Ops.type(value).lookup("__bytes__") != null) {
                return BytesOps.latin1(new PyBytes(BytesOps.fromObject(value)));
            }
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Ops.typeName(value) + "'");
        }

        private String character(Object value) {
            if (bytes) {
                Object data = BuiltinSubclasses.valueOf(value);
                if (BytesOps.isBytesLike(data) && BytesOps.lengthOf(data) == 1) {
                    return BytesOps.latin1(data);
                }
                if (!Numbers.isInt(value)) {
                    throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                }
                Object i = Numbers.asInt(value);
                if (!(i instanceof Long l) || l < 0 || l > 255) {
                    throw Errors.overflow("%c arg not in range(256)");
                }
                return String.valueOf((char) (long) l);
            }
            if (BuiltinSubclasses.valueOf(value) instanceof String s) {
                if (Strings.length(s) != 1) {
                    throw Errors.typeError("%c requires int or char");
                }
                return s;
            }
            if (!Numbers.isInt(value) && !(value instanceof PyObject && Ops.type(value).lookup("__index__") != null)) {
                throw Errors.typeError("%c requires int or char");
            }
            Object i;
            try {
                i = Ops.index(value);
            } catch (PyException e) {
                // Any TypeError converting the value (a bad __index__ result) reads as CPython's.
                if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
                throw Errors.typeError("%c requires int or char");
            }
            if (!(i instanceof Long l) || l < 0 || l > Character.MAX_CODE_POINT) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            return Strings.ofCodePoint((int) (long) l);
        }

        /** The int for %d (int() of any number: __int__ first) or %x/%o (__index__ only). */
        private Object integer(Object value, char type, boolean realAllowed) {
            Object number = BuiltinSubclasses.valueOf(value);
            if (Numbers.isInt(number)) {
                return Numbers.asInt(number);
            }
            PyType t = Ops.type(value);
            if (number instanceof Double || number instanceof PyComplex || t.lookup("__index__") != null
                    || t.lookup("__int__") != null || t.lookup("__float__") != null) {
                try {
                    return realAllowed ? IntMethods.toInt(value) : Ops.index(value);
                } catch (PyException e) {
                    if (!e.value.isInstance(ExceptionTypes.TYPE_ERROR)) {
                        throw e;
                    }
                }
            }
            throw Errors.typeError("%" + type + " format: " + (realAllowed ? "a real number" : "an integer")
                    + " is required, not " + t.name);
        }

        private double real(Object value) {
            if (BuiltinSubclasses.valueOf(value) instanceof Double d) {
                return d;
            }
            if (Numbers.isInt(value) || Ops.type(value).lookup("__float__") != null
                    || Ops.type(value).lookup("__index__") != null) {
                return FloatMethods.toFloat(value);
            }
            throw Errors.typeError((bytes ? "float argument required, not " : "must be real number, not ")
                    + Ops.typeName(value));
        }

        private String padText(String text, Spec spec) {
            if (spec.precision >= 0 && spec.precision < Strings.length(text)) {
                text = Strings.substring(text, 0, spec.precision);
            }
            return pad("", text, spec, false);
        }

        private String formatInt(Object value, int radix, boolean upper, Spec spec) {
            BigInteger v = Numbers.big(value);
            String digits = IntText.absDigits(v, radix);
            if (upper) {
                digits = digits.toUpperCase();
            }
            if (spec.precision > digits.length()) {
                digits = "0".repeat(spec.precision - digits.length()) + digits;
            }
            String prefix = !spec.alternate || radix == 10 ? "" : radix == 8 ? "0o" : upper ? "0X" : "0x";
            return pad(sign(v.signum() < 0, spec) + prefix, digits, spec, true);
        }

        private String formatFloat(double d, char type, Spec spec) {
            int precision = spec.precision < 0 ? 6 : spec.precision;
            double a = Math.abs(d);
            String body;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                body = Double.isNaN(d) ? "nan" : "inf";
                body = Character.isUpperCase(type) ? body.toUpperCase() : body;
            } else {
                switch (type) {
                    case 'f': case 'F': body = Formatting.fixed(a, precision, spec.alternate); break;
                    case 'e': case 'E': body = Formatting.exponent(a, precision, spec.alternate, type); break;
                    default: body = Formatting.general(a, precision, spec.alternate, type == 'G' ? 'E' : 'e', false);
                }
            }
            boolean negative = d < 0 || (d == 0 && 1 / d < 0);
            return pad(sign(negative, spec), body, spec, true);
        }

        private String sign(boolean negative, Spec spec) {
            return negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        }

        /** Pads to the width: left-justified, zero-filled after the sign (numbers only), or right-justified. */
        private String pad(String signPrefix, String body, Spec spec, boolean numeric) {
            int length = Strings.length(signPrefix) + Strings.length(body);
            if (spec.width <= length) {
                return signPrefix + body;
            }
            int fill = spec.width - length;
            if (spec.left) {
                return signPrefix + body + " ".repeat(fill);
            }
            if (spec.zero && numeric) {
                return signPrefix + "0".repeat(fill) + body;
            }
            return " ".repeat(fill) + signPrefix + body;
        }
    }
}

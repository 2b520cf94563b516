package dev.krait.runtime;

/** {@code str % values}: printf-style formatting. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, Object values) {
        Object[] args;
        PyDict mapping = null;
        if (values instanceof PyTuple t) {
            args = t.array();
        } else {
            args = new Object[] {values};
            if (values instanceof PyDict d) {
                mapping = d;
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= n) {
                throw Errors.valueError("incomplete format");
            }
            Object value = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                String key = fmt.substring(i + 1, close);
                value = Items.getItem(mapping, key);
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                width = Ops.str(args[next++]);
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(s, i);
            }
            String precision = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    precision = Ops.str(args[next++]);
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = fmt.substring(s, i).isEmpty() ? "0" : fmt.substring(s, i);
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = fmt.charAt(i);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= args.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = args[next++];
            }
            out.append(convert(type, value, flags.toString(), width, precision));
        }
        if (next < args.length && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(char type, Object value, String flags, String width, String precision) {
        String align = flags.contains("-") ? "<" : "";
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String zero = flags.contains("0") && !flags.contains("-") ? "0" : "";
        String alt = flags.contains("#") ? "#" : "";
        String prec = precision == null ? "" : "." + precision;
        switch (type) {
            case 's': case 'r': case 'a': {
                String s = type == 's' ? Ops.str(value) : type == 'r' ? Ops.repr(value) : StrRepr.ascii(Ops.repr(value));
                return Formatting.format(s, (align.isEmpty() ? ">" : align) + width + prec);
            }
            case 'd': case 'i': case 'u': {
                Object i = value instanceof Double d ? IntMethods.fromDouble(d) : numberArg(value, type);
                return Formatting.format(i, align + sign + zero + width + "d");
            }
            case 'x': case 'X': case 'o':
                return Formatting.format(numberArg(value, type), align + sign + alt + zero + width + type);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                return Formatting.format(FloatMethods.toFloat(value), align + sign + alt + zero + width + prec + type);
            case 'c':
                if (value instanceof String s) {
                    return Formatting.format(s, (align.isEmpty() ? ">" : align) + width);
                }
                return Formatting.format(numberArg(value, type), align + width + "c");
            default:
                throw Errors.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ")");
        }
    }

    private static Object numberArg(Object value, char type) {
        if (Numbers.isInt(value)) {
            return Numbers.asInt(value);
        }
        if (Ops.type(value).lookup("__index__") != null) {
            return Ops.index(value);
        }
        throw Errors.typeError("%" + type + " format: " + (type == 'c' ? "an integer is required" : "a real number is required")
                + ", not " + Ops.typeName(value));
    }
}

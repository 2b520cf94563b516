package dev.krait.runtime;

import dev.krait.unicode.UnicodeChars;

/**
 * A parsed standard format specifier {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * validated as CPython's parser does. 0 for {@code align}/{@code sign}/{@code grouping}/{@code type} means "not
 * given"; -1 for {@code width} and {@code precision} likewise. A '0' flag sets the fill to '0', and for numbers
 * (default alignment right) the alignment to '='.
 */
record FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width,
                  char grouping, int precision, char type) {

    /**
     * Parses {@code spec} for a value of type {@code typeName}; {@code defaultType} and {@code defaultAlign} are
     * the formatting type's ('s' and '<' for str, 'd' and '>' for int, none and '>' for float).
     */
    static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        int i = 0;
        int n = spec.length();
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (n >= 2 && spec.codePointCount(0, n) >= 2 && isAlign(spec.charAt(spec.offsetByCodePoints(0, 1)))) {
            fill = spec.codePointAt(0);
            fillGiven = true;
            i = spec.offsetByCodePoints(0, 1);
            align = spec.charAt(i++);
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(i++);
        }
        char sign = 0;
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            sign = spec.charAt(i++);
        }
        boolean noNegativeZero = i < n && spec.charAt(i) == 'z';
        if (noNegativeZero) {
            i++;
        }
        boolean alternate = i < n && spec.charAt(i) == '#';
        if (alternate) {
            i++;
        }
        if (i < n && spec.charAt(i) == '0' && !fillGiven) {
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            i++;
        }
        int start = i;
        i = digitsEnd(spec, i);
        int width = i > start ? parseNumber(spec.substring(start, i)) : -1;
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw Errors.valueError(grouping == spec.charAt(i) ? "Cannot specify '" + grouping + "' with '"
                        + grouping + "'." : "Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            start = ++i;
            i = digitsEnd(spec, i);
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = parseNumber(spec.substring(start, i));
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char type = i < n ? spec.charAt(i) : defaultType;
        if (grouping != 0) {
            checkGrouping(grouping, type);
        }
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type);
    }

    /** Where the run of decimal digits from {@code i} ends: any Unicode decimal digit counts, as in CPython. */
    private static int digitsEnd(String spec, int i) {
        while (i < spec.length() && UnicodeChars.isDecimal(spec.codePointAt(i))) {
            i += Character.charCount(spec.codePointAt(i));
        }
        return i;
    }

    /** ',' and '_' suit decimal types; '_' also binary, octal and hex (in groups of four). */
    private static void checkGrouping(char grouping, char type) {
        switch (type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                return;
            case 'b': case 'o': case 'x': case 'X':
                if (grouping == '_') {
                    return;
                }
                break;
            default:
                break;
        }
        throw Errors.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
    }

    private static int parseNumber(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); ) {
            int c = digits.codePointAt(i);
            i += Character.charCount(c);
            value = value * 10 + UnicodeChars.decimalValue(c);
            if (value > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) value;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** "Unknown format code 'x' for object of type 'str'"; codes outside printable ASCII shown as '\x20'. */
    PyException unknownType(String typeName) {
        String code = type > 32 && type < 128 ? String.valueOf(type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError("Unknown format code '" + code + "' for object of type '" + typeName + "'");
    }

    /**
     * Pads {@code body} (sign, prefix and digits) to the width. '=' puts the fill after the first
     * {@code signPrefixLength} characters; {@code defaultAlign} applies when no alignment was given.
     */
    String pad(String body, int signPrefixLength, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        String f = Strings.ofCodePoint(fill);
        int total = width - len;
        switch (align == 0 ? defaultAlign : align) {
            case '<':
                return body + f.repeat(total);
            case '^':
                return f.repeat(total / 2) + body + f.repeat(total - total / 2);
            case '=':
                return body.substring(0, signPrefixLength) + f.repeat(total) + body.substring(signPrefixLength);
            default:
                return f.repeat(total) + body;
        }
    }
}

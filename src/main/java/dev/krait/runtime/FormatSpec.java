package dev.krait.runtime;

/**
 * A parsed standard format specifier: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * A value of 0 for {@code fill}/{@code align}/{@code sign}/{@code grouping}/{@code type} means "not given"; -1
 * for width and precision likewise.
 */
record FormatSpec(int fill, char align, char sign, boolean alternate, boolean zeroPad, int width, char grouping,
                  int precision, char type) {

    static FormatSpec parse(String spec) {
        int i = 0;
        int n = spec.length();
        int fill = 0;
        char align = 0;
        if (n >= 2 && isAlign(spec.charAt(spec.offsetByCodePoints(0, 1)))) {
            fill = spec.codePointAt(0);
            i = spec.offsetByCodePoints(0, 1);
            align = spec.charAt(i++);
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(i++);
        }
        char sign = 0;
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            i++;
        }
        boolean alternate = false;
        if (i < n && spec.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        boolean zeroPad = false;
        if (i < n && spec.charAt(i) == '0') {
            zeroPad = true;
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            width = parseNumber(spec.substring(start, i));
        }
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = parseNumber(spec.substring(start, i));
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '%s'");
        }
        if (zeroPad && fill == 0 && align == 0) {
            fill = '0';
            align = '=';
        }
        return new FormatSpec(fill, align, sign, alternate, zeroPad, width, grouping, precision, type);
    }

    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /** Pads {@code body} (already signed and prefixed) to the width; '=' puts the fill after the sign/prefix. */
    String pad(String body, int signPrefixLength, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        int f = fill == 0 ? ' ' : fill;
        String fillStr = new String(Character.toChars(f)).repeat(width - len);
        char a = align == 0 ? defaultAlign : align;
        switch (a) {
            case '<':
                return body + fillStr;
            case '^': {
                int total = width - len;
                int left = total / 2;
                String fs = new String(Character.toChars(f));
                return fs.repeat(left) + body + fs.repeat(total - left);
            }
            case '=':
                return body.substring(0, signPrefixLength) + fillStr + body.substring(signPrefixLength);
            default:
                return fillStr + body;
        }
    }
}

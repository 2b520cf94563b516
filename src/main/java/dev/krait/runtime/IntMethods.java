package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.unicode.UnicodeChars;
import java.math.BigInteger;

/** The int and bool types: construction from numbers, strings and bytes, and the int methods. */
final class IntMethods {
    private IntMethods() {}

    static void init(PyType t) {
        Sizes.register(t);
        Constructors.newFunction(t, "int(cls, x=<unrepresentable>, /, base=10)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyTypes.INT, newInt(a)));
        NumberDunders.register(t, Numbers::isInt, true);
        method(t, "__index__(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "__int__(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "__trunc__(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "__floor__(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "__ceil__(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "__round__(self, ndigits=<unrepresentable>, /)", a -> a[1] == null
                ? Numbers.asInt(a[0]) : Rounding.roundInt(Numbers.asInt(a[0]), Ops.indexValue(a[1])));
        method(t, "__invert__(self, /)", a -> Arith.invert(a[0]));
        Formatting.registerFormat(t, Formatting::format);
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(Numbers.asInt(a[0])));
        method(t, "bit_length(self, /)", a -> (long) Numbers.big(a[0]).abs().bitLength());
        method(t, "bit_count(self, /)", a -> (long) Numbers.big(a[0]).abs().bitCount());
        method(t, "conjugate(self, /)", a -> Numbers.asInt(a[0]));
        method(t, "as_integer_ratio(self, /)", a -> PyTuple.of(Numbers.asInt(a[0]), 1L));
        method(t, "to_bytes(self, /, length=1, byteorder='big', *, signed=False)",
                a -> IntBytes.toBytes(a[0], a[1], a[2], a[3]));
        t.dict().put("from_bytes", new PyClassMethod(new PyBuiltinFunction(Signature.parseBound(
                "from_bytes(cls, bytes, byteorder='big', *, signed=False)"), null,
                a -> IntBytes.fromBytes((PyType) a[0], a[1], a[2], a[3]))));
        PyGetSet.readonly(t, "real", Numbers::asInt);
        PyGetSet.readonly(t, "imag", o -> 0L);
        PyGetSet.readonly(t, "numerator", Numbers::asInt);
        PyGetSet.readonly(t, "denominator", o -> 1L);
    }

    static void initBool(PyType t) {
        Constructors.newFunction(t, "bool(cls, x=False, /)", a -> a[1] != null && Ops.isTrue(a[1]));
        method(t, "__repr__(self, /)", a -> Ops.repr(a[0]));
        for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR}) {
            method(t, op.method + "(self, value, /)", a -> boolOp(op, a[0], a[1]));
            method(t, op.reflected + "(self, value, /)", a -> boolOp(op, a[1], a[0]));
        }
    }

    /** {@code & | ^} of two bools stay bool; with other ints they are int operations. */
    private static Object boolOp(BinaryOp op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case AND: return x & y;
                case OR: return x | y;
                default: return x ^ y;
            }
        }
        return Numbers.isInt(a) && Numbers.isInt(b) ? Numbers.binary(op, a, b) : Ops.NOT_IMPLEMENTED;
    }

    private static Object newInt(Object[] a) {
        Object x = a[1];
        Object base = a[2];
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base == null) {
            return toInt(x);
        }
        // The base is checked before the value, and a huge one is just out of range.
        Object index = Ops.index(base);
        long b = index instanceof Long l ? l : Long.MAX_VALUE;
        if ((b != 0 && b < 2) || b > 36) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        x = BuiltinSubclasses.valueOf(x);
        if (!(x instanceof String) && !BytesOps.isBytesLike(x)) {
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return parse(x, (int) b);
    }

    /** {@code int(x)} for a single argument. */
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return fromDouble(d);
        }
        if (x instanceof String || BytesOps.isBytesLike(x)) {
            return parse(x, 10);
        }
        PyType t = Ops.type(x);
        for (String m : new String[] {"__int__", "__index__"}) {
            Object f = t.lookup(m);
            if (f != null) {
                Object r = Ops.callMethod(f, x);
                if (r instanceof Long || r instanceof BigInteger) {
                    return r;
                }
                Object value = BuiltinSubclasses.valueOf(r);
                if (!Numbers.isInt(value)) {
                    throw Errors.typeError(m + " returned non-int (type " + Ops.typeName(r) + ")");
                }
                Warnings.strictSubclassResult(m, r, "int");
                return Numbers.asInt(value);
            }
        }
        Object trunc = t.lookup("__trunc__");
        if (trunc != null) {
            Warnings.deprecation("The delegation of int() to __trunc__ is deprecated.");
            Object r = Ops.callMethod(trunc, x);
            if (!Numbers.isInt(r) && Ops.type(r).lookup("__index__") == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + Ops.typeName(r) + ")");
            }
            return Numbers.asInt(Ops.index(r));
        }
        Object text = BuiltinSubclasses.valueOf(x);
        if (text instanceof String || BytesOps.isBytesLike(text)) {
            return parse(text, 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name + "'");
    }

    static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Numbers.normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    /**
     * Text of a number literal as Python's int() and float() read it: Unicode whitespace becomes a space,
     * Unicode decimal digits their ASCII digit, and any other non-ASCII character NUL (which no parser accepts).
     */
    static String asciiNumber(Object source) {
        String s = source instanceof String str ? str : BytesOps.latin1(source);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                b.append((char) c);
            } else if (UnicodeChars.isSpace(c)) {
                b.append(' ');
            } else if (UnicodeChars.isDecimal(c)) {
                b.append((char) ('0' + UnicodeChars.decimalValue(c)));
            } else {
                b.append('\0');
            }
        }
        return stripNumberSpace(b);
    }

    /** Strips the whitespace int() and float() skip: ASCII's, but not 0x1c-0x1f, which str.isspace() counts. */
    private static String stripNumberSpace(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && isNumberSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isNumberSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(start, end).toString();
    }

    private static boolean isNumberSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Parses an int literal the way {@code int(s, base)} does (whitespace, sign, underscores, prefixes). */
    /**
     * The value of a plain decimal string such as "123" or "-7" (a sign, then at most 18 ASCII digits, which fit a
     * long), the usual argument of int(), without the general parse; null for any other string.
     */
    private static Object plainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return null;
        }
        long value = 0;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return s.charAt(0) == '-' ? -value : value;
    }

    /** The most digits whose value fits a long in every base up to 36 (36**12 < 2**63). */
    private static final int MAX_LONG_DIGITS = 12;

    static Object parse(Object source, int requestedBase) {
        if (requestedBase == 10 && source instanceof String s) {
            Object plain = plainDecimal(s);
            if (plain != null) {
                return plain;
            }
        }
        int base = requestedBase;
        String text = asciiNumber(source);
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        String body = text.substring(i);
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                body = body.substring(2);
                if (body.startsWith("_")) {
                    body = body.substring(1);
                }
            }
        }
        if (base == 0) {
            if (body.length() > 1 && body.charAt(0) == '0' && !body.replace("_", "").matches("0+")) {
                throw invalid(source, 0);
            }
            base = 10;
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalid(source, requestedBase);
        }
        StringBuilder digits = new StringBuilder(body.length());
        long value = 0;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '_') {
                continue;
            }
            int dv = c < 0x80 ? Character.digit(c, base) : -1;
            if (dv < 0) {
                throw invalid(source, requestedBase);
            }
            digits.append(c);
            value = value * base + dv;
        }
        if (digits.length() <= MAX_LONG_DIGITS) {
            // The usual short number: its value fits a long in any base, no BigInteger needed.
            return negative ? -value : value;
        }
        if (Integer.bitCount(base) != 1) {
            // The limit guards the quadratic conversions: every base but the powers of two.
            IntText.checkParse(digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return Numbers.normalize(negative ? v.negate() : v);
    }

    private static PyException invalid(Object source, int base) {
        // CPython shows the text of a bytearray or memoryview as the bytes it copied out of it.
        Object shown = source instanceof PyByteArray || source instanceof PyMemoryView
                ? new PyBytes(BytesOps.copyOf(source))
                : source;
        return Errors.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(shown));
    }
}

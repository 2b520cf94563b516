package dev.krait.runtime;

/** {@code str.maketrans} and {@code str.translate}. */
final class StrTranslate {
    private StrTranslate() {}

    /** {@code str.maketrans(x, y=None, z=None)}: a dict from code points to str, code point or None. */
    static PyDict maketrans(Object x, Object y, Object z) {
        PyDict table = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                Object key = BuiltinSubclasses.valueOf(d.keyAt(e));
                if (key instanceof String s) {
                    if (Strings.length(s) != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    table.put((long) s.codePointAt(0), d.valueAt(e));
                } else if (Numbers.isInt(key)) {
                    table.put(Numbers.asInt(key), d.valueAt(e));
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        // The second and third arguments are converted (to str) before the first is looked at.
        String to = TextOps.arg(y, "maketrans", 2);
        String deleted = z == null ? null : TextOps.arg(z, "maketrans", 3);
        if (!(BuiltinSubclasses.valueOf(x) instanceof String from)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        int[] fromChars = Strings.codePoints(from);
        int[] toChars = Strings.codePoints(to);
        if (fromChars.length != toChars.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < fromChars.length; i++) {
            table.put((long) fromChars[i], (long) toChars[i]);
        }
        if (z != null) {
            for (int c : Strings.codePoints(deleted)) {
                table.put((long) c, Ops.NONE);
            }
        }
        return table;
    }

    /** {@code s.translate(table)}: each character looked up by code point; LookupError keeps it. */
    static String translate(String s, Object table) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object mapped;
            try {
                mapped = Items.getItem(table, (long) c);
            } catch (PyException e) {
                if (!e.value.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
                    throw e;
                }
                b.appendCodePoint(c);
                continue;
            }
            mapped = BuiltinSubclasses.valueOf(mapped);
            if (mapped instanceof String m) {
                b.append(m);
            } else if (Numbers.isInt(mapped)) {
                Object v = Numbers.asInt(mapped);
                if (!(v instanceof Long l) || l < 0 || l > Character.MAX_CODE_POINT) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) (long) l);
            } else if (mapped != Ops.NONE) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return b.toString();
    }
}

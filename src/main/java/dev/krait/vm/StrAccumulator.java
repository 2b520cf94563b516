package dev.krait.vm;

/**
 * A str being built by {@code +=} in a local variable: {@code s += t} in a loop copied the whole string each time,
 * so building a long string was quadratic (CPython appends in place when nothing else refers to the string). Only
 * BINARY_OP_APPEND_STR makes one, for a {@code +=} whose result goes straight back into the local; the compiler
 * reads every other use of such a local with LOAD_FAST_APPENDED, which makes the str, as do locals() and super().
 * So an accumulator lives only in its local's slot and on the stack between the load and the store of that
 * {@code +=}, and Python code never sees one.
 */
final class StrAccumulator {
    /** Below this many characters, plain concatenation is cheaper than a builder. */
    static final int THRESHOLD = 256;

    private final StringBuilder builder;
    /** The str so far, once made; null after an append. */
    private String value;

    StrAccumulator(String first, String second) {
        builder = new StringBuilder(2 * (first.length() + second.length())).append(first).append(second);
    }

    StrAccumulator append(String s) {
        builder.append(s);
        value = null;
        return this;
    }

    String value() {
        if (value == null) {
            value = builder.toString();
        }
        return value;
    }

    /** {@code left += right} for a str (or accumulator) and a str. */
    static Object append(Object left, String right) {
        if (left instanceof StrAccumulator a) {
            return a.append(right);
        }
        String l = (String) left;
        return l.length() + right.length() < THRESHOLD ? l.concat(right) : new StrAccumulator(l, right);
    }

    /** The Python value of a fast local's slot contents. */
    static Object materialize(Object v) {
        return v instanceof StrAccumulator a ? a.value() : v;
    }
}

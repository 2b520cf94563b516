package dev.krait.runtime;

/**
 * The {@code mode} argument of {@code open()}, checked and decoded as CPython's {@code io.open} does.
 *
 * @param given    the text as passed, which a text file reports as its {@code mode}
 * @param reading  'r'
 * @param writing  'w'
 * @param appending 'a'
 * @param creating 'x'
 * @param updating '+'
 * @param binary   'b'
 */
record OpenMode(String given, boolean reading, boolean writing, boolean appending, boolean creating,
                boolean updating, boolean binary) {

    static OpenMode parse(String mode) {
        boolean[] seen = new boolean[128];
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || seen[c]) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            seen[c] = true;
        }
        OpenMode m = new OpenMode(mode, seen['r'], seen['w'], seen['a'], seen['x'], seen['+'], seen['b']);
        if (seen['t'] && m.binary()) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (m.reading() ? 1 : 0) + (m.writing() ? 1 : 0) + (m.appending() ? 1 : 0)
                + (m.creating() ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            // CPython's FileIO finds this, with its own wording, after io.open's checks.
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return m;
    }

    boolean readable() {
        return reading || updating;
    }

    boolean writable() {
        return !reading || updating;
    }

    /** The mode a binary file reports, normalized as CPython's FileIO does: "rb", "wb", "ab", "xb", "rb+"... */
    String rawMode() {
        String base = creating ? "xb" : appending ? "ab" : reading ? "rb" : "wb";
        return updating ? base + "+" : base;
    }
}

package dev.krait.runtime;

/** repr of lists, tuples, dicts and sets, printing "[...]" for a container that contains itself. */
final class ContainerRepr {
    private ContainerRepr() {}

    /**
     * The repr of a list or tuple ({@code items}) whose identity for recursion is {@code self}. A list's length is
     * re-read at every step, since an item's {@code __repr__} may change it.
     */
    static String sequence(Object self, Object items, String open, String close) {
        if (SequenceMethods.sizeOf(items) == 0) {
            return open + close;
        }
        ThreadState ts = ThreadState.current();
        if (!ts.enterRepr(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder b = new StringBuilder(open);
            for (int i = 0; i < SequenceMethods.sizeOf(items); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Ops.repr(SequenceMethods.itemOf(items, i)));
            }
            if (SequenceMethods.sizeOf(items) == 1 && open.equals("(")) {
                b.append(',');
            }
            return b.append(close).toString();
        } finally {
            ts.exitRepr(self);
        }
    }

    static String dict(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        ThreadState ts = ThreadState.current();
        if (!ts.enterRepr(d)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Ops.repr(d.keyAt(e))).append(": ").append(Ops.repr(d.valueAt(e)));
            }
            return b.append('}').toString();
        } finally {
            ts.exitRepr(d);
        }
    }

    static String set(PySet s) {
        String name = s.isFrozen() ? "frozenset" : "set";
        if (s.size() == 0) {
            return name + "()";
        }
        ThreadState ts = ThreadState.current();
        if (!ts.enterRepr(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder(s.isFrozen() ? "frozenset({" : "{");
            boolean first = true;
            for (int i = s.next(0); i >= 0; i = s.next(i + 1)) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Ops.repr(s.keyAt(i)));
            }
            return b.append(s.isFrozen() ? "})" : "}").toString();
        } finally {
            ts.exitRepr(s);
        }
    }
}

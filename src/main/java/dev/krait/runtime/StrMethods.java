package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/** Methods of {@code str}. */
final class StrMethods {
    private StrMethods() {}

    static void init(PyType t) {
        t.dict().put("__new__", PyBuiltinFunction.function("__new__(cls, object='', encoding='utf-8', errors='strict')",
                a -> a[1] == null ? "" : Ops.str(a[1])));
        method(t, "__repr__(self, /)", a -> StrRepr.repr((String) a[0]));
        method(t, "__str__(self, /)", a -> a[0]);
        method(t, "__len__(self, /)", a -> (long) Strings.length((String) a[0]));
        method(t, "__hash__(self, /)", a -> Ops.hash(a[0]));
        method(t, "__iter__(self, /)", a -> Iteration.iter(a[0]));
        method(t, "__getitem__(self, key, /)", a -> Items.getItem(a[0], a[1]));
        method(t, "__contains__(self, key, /)", a -> Ops.contains(a[0], a[1]));
        method(t, "__format__(self, format_spec, /)", a -> Formatting.format(a[0], (String) a[1]));
        SequenceMethods.registerOperators(t);
        method(t, "__mod__(self, value, /)", a -> PercentFormat.format((String) a[0], a[1]));
        SequenceMethods.registerComparisons(t, o -> o instanceof String);
        method(t, "upper(self, /)", a -> ((String) a[0]).toUpperCase(java.util.Locale.ROOT));
        method(t, "lower(self, /)", a -> ((String) a[0]).toLowerCase(java.util.Locale.ROOT));
        method(t, "strip(self, chars=None, /)", a -> TextOps.strip((String) a[0], a[1], true, true));
        method(t, "lstrip(self, chars=None, /)", a -> TextOps.strip((String) a[0], a[1], true, false));
        method(t, "rstrip(self, chars=None, /)", a -> TextOps.strip((String) a[0], a[1], false, true));
        method(t, "split(self, /, sep=None, maxsplit=-1)", a -> TextOps.split((String) a[0], a[1], a[2]));
        method(t, "join(self, iterable, /)", a -> TextOps.join((String) a[0], a[1]));
        method(t, "replace(self, old, new, count=-1, /)", a -> TextOps.replace((String) a[0], a[1], a[2], a[3]));
        method(t, "startswith(self, prefix, start=None, end=None, /)", a -> TextOps.startsWith(a, true));
        method(t, "endswith(self, suffix, start=None, end=None, /)", a -> TextOps.startsWith(a, false));
        method(t, "find(self, sub, start=None, end=None, /)", a -> TextOps.find(a, false));
        method(t, "count(self, sub, start=None, end=None, /)", a -> TextOps.count(a));
        method(t, "isdigit(self, /)", a -> TextOps.all((String) a[0], Character::isDigit));
        method(t, "isalpha(self, /)", a -> TextOps.all((String) a[0], Character::isLetter));
        method(t, "isspace(self, /)", a -> TextOps.all((String) a[0], TextOps::isSpace));
        method(t, "format(self, /, *args, **kwargs)", a -> StrFormat.format((String) a[0], (PyTuple) a[1], (PyDict) a[2]));
    }
}

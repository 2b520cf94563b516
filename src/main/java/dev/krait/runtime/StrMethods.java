package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import dev.krait.unicode.UnicodeChars;
import java.util.function.Function;
import java.util.function.IntPredicate;

/** Methods of {@code str}; the algorithms are in TextOps, TextSplit, TextLayout, CaseMapping and friends. */
final class StrMethods {
    private StrMethods() {}

    static void init(PyType t) {
        Sizes.register(t);
        Constructors.newFunction(t, "str(cls, object=<unrepresentable>, encoding=<unrepresentable>, "
                + "errors=<unrepresentable>)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyTypes.STR, newStr(a[1], a[2], a[3])));
        registerDunders(t);
        registerCase(t);
        registerPredicates(t);
        registerSearch(t);
        registerLayout(t);
    }

    /** {@code str(object)}, or with an encoding or errors argument, {@code bytes.decode}. */
    private static Object newStr(Object object, Object encoding, Object errors) {
        if (encoding == null && errors == null) {
            return object == null ? "" : Ops.str(object);
        }
        String handler = Codecs.handlerAfterEncoding(encoding, errors, "str");
        if (object == null) {
            return "";
        }
        object = BuiltinSubclasses.valueOf(object);
        if (!BytesOps.isBytesLike(object)) {
            throw Errors.typeError(object instanceof String ? "decoding str is not supported"
                    : "decoding to str: need a bytes-like object, " + Ops.typeName(object) + " found");
        }
        return Codecs.decode(BytesOps.bytesOf(object), BytesOps.lengthOf(object), encoding, handler, object, "str");
    }

    /** The keepends flag of splitlines: an int (bool) argument, which CPython takes as a C int. */
    static boolean keepends(Object flag) {
        return flag != null && SequenceMethods.cInt(flag) != 0;
    }

    private static String self(Object[] a) {
        return (String) a[0];
    }

    private static void registerDunders(PyType t) {
        method(t, "__repr__(self, /)", a -> StrRepr.repr(self(a)));
        method(t, "__str__(self, /)", a -> a[0]);
        method(t, "__len__(self, /)", a -> (long) Strings.length(self(a)));
        method(t, "__hash__(self, /)", a -> Ops.hash(a[0]));
        method(t, "__iter__(self, /)", a -> Iteration.iter(a[0]));
        method(t, "__getitem__(self, key, /)", a -> Items.getItem(a[0], a[1]));
        method(t, "__contains__(self, key, /)", a -> Ops.contains(a[0], a[1]));
        Formatting.registerFormat(t, Formatting::format);
        method(t, "__mod__(self, value, /)", a -> PercentFormat.format(self(a), a[1]));
        method(t, "__rmod__(self, value, /)",
                a -> a[1] instanceof String s ? PercentFormat.format(s, a[0]) : Ops.NOT_IMPLEMENTED);
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(a[0]));
        SequenceMethods.registerComparisons(t, o -> o instanceof String);
        SequenceMethods.registerOperators(t);
    }

    private static void caseMethod(PyType t, String name, Function<String, Object> f) {
        method(t, name + "(self, /)", a -> f.apply(self(a)));
    }

    private static void registerCase(PyType t) {
        caseMethod(t, "upper", CaseMapping::upper);
        caseMethod(t, "lower", CaseMapping::lower);
        caseMethod(t, "casefold", CaseMapping::casefold);
        caseMethod(t, "swapcase", CaseMapping::swapcase);
        caseMethod(t, "capitalize", CaseMapping::capitalize);
        caseMethod(t, "title", CaseMapping::title);
        caseMethod(t, "islower", CaseMapping::isLower);
        caseMethod(t, "isupper", CaseMapping::isUpper);
        caseMethod(t, "istitle", CaseMapping::isTitle);
    }

    /** The is...() predicates true when the string is non-empty and every character qualifies. */
    private static void everyChar(PyType t, String name, IntPredicate p) {
        method(t, name + "(self, /)", a -> {
            String s = self(a);
            return !s.isEmpty() && s.codePoints().allMatch(p);
        });
    }

    private static void registerPredicates(PyType t) {
        everyChar(t, "isalpha", UnicodeChars::isAlpha);
        everyChar(t, "isalnum", UnicodeChars::isAlnum);
        everyChar(t, "isdecimal", UnicodeChars::isDecimal);
        everyChar(t, "isdigit", UnicodeChars::isDigit);
        everyChar(t, "isnumeric", UnicodeChars::isNumeric);
        everyChar(t, "isspace", UnicodeChars::isSpace);
        method(t, "isascii(self, /)", a -> self(a).chars().allMatch(c -> c < 0x80));
        method(t, "isprintable(self, /)", a -> self(a).codePoints().allMatch(UnicodeChars::isPrintable));
        method(t, "isidentifier(self, /)", a -> {
            String s = self(a);
            return !s.isEmpty() && UnicodeChars.isIdentifierStart(s.codePointAt(0))
                    && s.codePoints().skip(1).allMatch(UnicodeChars::isIdentifierPart);
        });
    }

    private static void registerSearch(PyType t) {
        TextOps.searchMethod(t, "find(self, sub, start=None, end=None, /)", a -> TextOps.find(a, false, null));
        TextOps.searchMethod(t, "rfind(self, sub, start=None, end=None, /)", a -> TextOps.find(a, true, null));
        TextOps.searchMethod(t, "index(self, sub, start=None, end=None, /)", a -> TextOps.find(a, false, "substring not found"));
        TextOps.searchMethod(t, "rindex(self, sub, start=None, end=None, /)", a -> TextOps.find(a, true, "substring not found"));
        TextOps.searchMethod(t, "count(self, sub, start=None, end=None, /)", TextOps::count);
        TextOps.searchMethod(t, "startswith(self, prefix, start=None, end=None, /)", a -> TextOps.affix(a, true));
        TextOps.searchMethod(t, "endswith(self, suffix, start=None, end=None, /)", a -> TextOps.affix(a, false));
        method(t, "removeprefix(self, prefix, /)", a -> TextOps.removePrefix(self(a), a[1]));
        method(t, "removesuffix(self, suffix, /)", a -> TextOps.removeSuffix(self(a), a[1]));
        method(t, "replace(self, old, new, count=-1, /)", a -> TextOps.replace(self(a), a[1], a[2], a[3]));
        method(t, "partition(self, sep, /)", a -> TextOps.partition(self(a), a[1], false));
        method(t, "rpartition(self, sep, /)", a -> TextOps.partition(self(a), a[1], true));
        method(t, "join(self, iterable, /)", a -> TextOps.join(self(a), a[1]));
        IntPredicate space = UnicodeChars::isSpace;
        method(t, "split(self, /, sep=None, maxsplit=-1)", a -> TextSplit.split(self(a), a[1], a[2], false, space));
        method(t, "rsplit(self, /, sep=None, maxsplit=-1)", a -> TextSplit.split(self(a), a[1], a[2], true, space));
        method(t, "splitlines(self, /, keepends=False)",
                a -> TextSplit.splitlines(self(a), keepends(a[1]), TextSplit::isLineBreak));
        method(t, "strip(self, chars=None, /)", a -> TextSplit.strip(self(a), a[1], true, true, space));
        method(t, "lstrip(self, chars=None, /)", a -> TextSplit.strip(self(a), a[1], true, false, space));
        method(t, "rstrip(self, chars=None, /)", a -> TextSplit.strip(self(a), a[1], false, true, space));
        method(t, "translate(self, table, /)", a -> StrTranslate.translate(self(a), a[1]));
        t.dict().put("maketrans", new PyStaticMethod(new PyBuiltinFunction(Signature.parseStaticMethod(
                "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)", t.name), null,
                a -> StrTranslate.maketrans(a[0], a[1], a[2]))));
        method(t, "encode(self, /, encoding='utf-8', errors='strict')", a -> new PyBytes(Codecs.encode(self(a),
                a[1], Codecs.handlerAfterEncoding(a[1], a[2], "encode"), "encode")));
    }

    private static void registerLayout(PyType t) {
        method(t, "center(self, width, fillchar=' ', /)", a -> TextLayout.pad(self(a), a[1], a[2], 0));
        method(t, "ljust(self, width, fillchar=' ', /)", a -> TextLayout.pad(self(a), a[1], a[2], -1));
        method(t, "rjust(self, width, fillchar=' ', /)", a -> TextLayout.pad(self(a), a[1], a[2], 1));
        method(t, "zfill(self, width, /)", a -> TextLayout.zfill(self(a), a[1]));
        method(t, "expandtabs(self, /, tabsize=8)", a -> TextLayout.expandTabs(self(a), a[1]));
        method(t, "format(self, /, *args, **kwargs)", a -> StrFormat.format(self(a), (PyTuple) a[1], (PyDict) a[2]));
        method(t, "format_map(self, mapping, /)", a -> StrFormat.formatMap(self(a), a[1]));
    }
}

package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Methods of {@code bytes} and the ones bytearray shares with it. Text-like methods run the str algorithms on
 * Latin-1 text (one char per byte) with ASCII whitespace and case rules, and return the receiver's type.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final PyType BYTES_ITERATOR = PyIterator.sizedIteratorType("bytes_iterator");
    private static final PyType BYTEARRAY_ITERATOR = PyIterator.sizedIteratorType("bytearray_iterator");
    private static final IntPredicate SPACE = BytesOps::isAsciiSpace;

    static void initBytes(PyType t) {
        Sizes.register(t);
        Constructors.newFunction(t, "bytes(cls, source=<unrepresentable>, encoding=<unrepresentable>, "
                + "errors=<unrepresentable>)", a -> BuiltinSubclasses.instance((PyType) a[0], PyBytes.TYPE,
                        new PyBytes(BytesOps.construct(a[1], a[2], a[3], "bytes"))));
        method(t, "__hash__(self, /)", a -> Ops.hash(BytesOps.latin1(a[0])));
        method(t, "__getnewargs__(self, /)", a -> PyTuple.of(a[0]));
        method(t, "__bytes__(self, /)", a -> a[0]);
        initCommon(t, "bytes");
    }

    static void initByteArray(PyType t) {
        Constructors.newFunction(t, "bytearray(cls, *args, **kwargs)",
                a -> BuiltinSubclasses.instance((PyType) a[0], PyByteArray.TYPE, new PyByteArray()));
        Constructors.initMethod(t, "bytearray(self, source=<unrepresentable>, encoding=<unrepresentable>, "
                + "errors=<unrepresentable>)", a -> {
                    byte[] data = BytesOps.construct(a[1], a[2], a[3], "bytearray");
                    ((PyByteArray) a[0]).setContents(data, data.length);
                    return Ops.NONE;
                });
        t.dict().put("__hash__", Ops.NONE);
        initCommon(t, "bytearray");
        ByteArrayMethods.register(t);
    }

    private static void initCommon(PyType t, String name) {
        BuiltinSubclasses.methodOnInstance(t, "__repr__(self, /)",
                a -> BytesOps.repr(BuiltinSubclasses.valueOf(a[0]), Ops.typeName(a[0])));
        BuiltinSubclasses.methodOnInstance(t, "__str__(self, /)",
                a -> BytesOps.repr(BuiltinSubclasses.valueOf(a[0]), Ops.typeName(a[0])));
        method(t, "__len__(self, /)", a -> (long) BytesOps.lengthOf(a[0]));
        method(t, "__iter__(self, /)", a -> new ByteIterator(a[0]));
        method(t, "__getitem__(self, key, /)", a -> getItem(a[0], a[1], name));
        method(t, "__contains__(self, key, /)", a -> BytesOps.latin1(a[0]).contains(
                Numbers.isInt(a[1]) ? BytesOps.searchArg(a[1]) : BytesOps.bytesArg(a[1])));
        // bytes compares only with bytes (b'a' == bytearray(b'a') is bytearray's reflected __eq__); bytearray
        // with anything bytes-like (a memoryview too).
        boolean isByteArray = name.equals("bytearray");
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> {
                Object other = SequenceMethods.other(a);
                boolean comparable = isByteArray ? BytesOps.isBytesLike(other) : other instanceof PyBytes;
                return comparable ? (Object) op.test(BytesOps.compare(a[0], other)) : Ops.NOT_IMPLEMENTED;
            });
        }
        SequenceMethods.registerOperators(t);
        method(t, "__mod__(self, value, /)", a -> BytesOps.percentFormat(a[0], a[1]));
        // The reflected slot formats with the other operand when it is of this same type, else declines.
        method(t, "__rmod__(self, value, /)", a -> {
            Object other = SequenceMethods.other(a);
            boolean sameType = isByteArray ? other instanceof PyByteArray : other instanceof PyBytes;
            return sameType ? BytesOps.percentFormat(other, a[0]) : Ops.NOT_IMPLEMENTED;
        });
        method(t, "decode(self, /, encoding='utf-8', errors='strict')", a -> Codecs.decode(BytesOps.bytesOf(a[0]),
                BytesOps.lengthOf(a[0]), a[1], Codecs.handlerAfterEncoding(a[1], a[2], "decode"), a[0], "decode"));
        method(t, "hex(self, /, sep=<unrepresentable>, bytes_per_sep=1)", a -> BytesOps.hex(a[0], a[1], a[2]));
        t.dict().put("fromhex", new PyClassMethod(new PyBuiltinFunction(Signature.parseClassMethod(
                "fromhex(cls, string, /)", t.name), null, a -> Ops.call(a[0], new PyBytes(BytesOps.fromHex(a[1]))))));
        t.dict().put("maketrans", new PyStaticMethod(new PyBuiltinFunction(Signature.parseStaticMethod(
                "maketrans(frm, to, /)", t.name), null, a -> BytesOps.maketrans(a[0], a[1]))));
        method(t, "translate(self, table, /, delete=b'')", a -> BytesOps.translate(a[0], a[1], a[2]));
        registerSearch(t);
        registerSplit(t);
        registerCase(t);
        registerPredicates(t);
    }

    private static Object getItem(Object self, Object key, String name) {
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(BytesOps.lengthOf(self));
            byte[] data = BytesOps.bytesOf(self);
            byte[] out = new byte[b.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = data[(int) (b.start() + i * b.step())];
            }
            return BytesOps.like(self, out);
        }
        return (long) (BytesOps.bytesOf(self)[index(self, key, name)] & 0xFF);
    }

    /** A subscript resolved against the length: "index out of range" (bytes), "bytearray index ..." (bytearray). */
    static int index(Object self, Object key, String name) {
        long i = Items.sequenceIndex(key, name.equals("bytes") ? "byte" : name);
        int n = BytesOps.lengthOf(self);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(name.equals("bytes") ? "index out of range" : name + " index out of range");
        }
        return (int) i;
    }

    private static String text(Object[] a) {
        return BytesOps.latin1(a[0]);
    }

    /** The slots of a search method with self and needle as Latin-1 text, for the shared str algorithms. */
    private static Object[] searchSlots(Object[] a) {
        return new Object[] {text(a), BytesOps.searchArg(a[1]), a[2], a[3]};
    }

    private static void registerSearch(PyType t) {
        TextOps.searchMethod(t, "find(self, sub, start=None, end=None, /)", a -> TextOps.find(searchSlots(a), false, null));
        TextOps.searchMethod(t, "rfind(self, sub, start=None, end=None, /)", a -> TextOps.find(searchSlots(a), true, null));
        TextOps.searchMethod(t, "index(self, sub, start=None, end=None, /)",
                a -> TextOps.find(searchSlots(a), false, "subsection not found"));
        TextOps.searchMethod(t, "rindex(self, sub, start=None, end=None, /)",
                a -> TextOps.find(searchSlots(a), true, "subsection not found"));
        TextOps.searchMethod(t, "count(self, sub, start=None, end=None, /)", a -> TextOps.count(searchSlots(a)));
        TextOps.searchMethod(t, "startswith(self, prefix, start=None, end=None, /)", a -> affix(a, true));
        TextOps.searchMethod(t, "endswith(self, suffix, start=None, end=None, /)", a -> affix(a, false));
        method(t, "removeprefix(self, prefix, /)",
                a -> BytesOps.like(a[0], TextOps.removePrefix(text(a), BytesOps.bytesArg(a[1]))));
        method(t, "removesuffix(self, suffix, /)",
                a -> BytesOps.like(a[0], TextOps.removeSuffix(text(a), BytesOps.bytesArg(a[1]))));
        method(t, "replace(self, old, new, count=-1, /)", a -> BytesOps.like(a[0], TextOps.replace(text(a),
                BytesOps.bytesArg(a[1]), BytesOps.bytesArg(a[2]), a[3])));
        method(t, "partition(self, sep, /)", a -> partition(a, false));
        method(t, "rpartition(self, sep, /)", a -> partition(a, true));
        method(t, "join(self, iterable_of_bytes, /)", a -> join(a[0], a[1]));
    }

    private static boolean affix(Object[] a, boolean prefix) {
        Object affix;
        Object arg = BuiltinSubclasses.valueOf(a[1]);
        if (arg instanceof PyTuple tuple) {
            Object[] items = new Object[tuple.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = BytesOps.bytesArg(tuple.get(i));
            }
            affix = PyTuple.of(items);
        } else if (BytesOps.isBytesLike(arg)) {
            affix = BytesOps.latin1(arg);
        } else {
            throw Errors.typeError((prefix ? "startswith" : "endswith")
                    + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(a[1]));
        }
        return TextOps.affix(new Object[] {text(a), affix, a[2], a[3]}, prefix);
    }

    private static PyTuple partition(Object[] a, boolean reverse) {
        Object[] parts = TextOps.partition(text(a), BytesOps.bytesArg(a[1]), reverse).array();
        return PyTuple.of(BytesOps.like(a[0], (String) parts[0]), BytesOps.like(a[0], (String) parts[1]),
                BytesOps.like(a[0], (String) parts[2]));
    }

    private static Object join(Object sep, Object iterable) {
        Object[] items = Iteration.toArray(Iteration.iterOrTypeError(iterable, "can only join an iterable"));
        StringBuilder b = new StringBuilder();
        String separator = BytesOps.latin1(sep);
        for (int i = 0; i < items.length; i++) {
            Object item = BuiltinSubclasses.valueOf(items[i]);
            if (!BytesOps.isBytesLike(item)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Ops.typeName(items[i]) + " found");
            }
            if (i > 0) {
                b.append(separator);
            }
            b.append(BytesOps.latin1(item));
        }
        return BytesOps.like(sep, b.toString());
    }

    /** Methods returning a list of pieces of the receiver's type. */
    private static Object pieces(Object self, PyList parts) {
        for (int i = 0; i < parts.size(); i++) {
            parts.set(i, BytesOps.like(self, (String) parts.get(i)));
        }
        return parts;
    }

    private static Object optionalBytes(Object o) {
        return o == null || o == Ops.NONE ? o : BytesOps.bytesArg(o);
    }

    private static void registerSplit(PyType t) {
        // bytes converts maxsplit before looking at sep (str the other way round).
        method(t, "split(self, /, sep=None, maxsplit=-1)", a -> {
            Object max = a[2] == null ? null : SequenceMethods.ssize(a[2]);
            return pieces(a[0], TextSplit.split(text(a), optionalBytes(a[1]), max, false, SPACE));
        });
        method(t, "rsplit(self, /, sep=None, maxsplit=-1)", a -> {
            Object max = a[2] == null ? null : SequenceMethods.ssize(a[2]);
            return pieces(a[0], TextSplit.split(text(a), optionalBytes(a[1]), max, true, SPACE));
        });
        method(t, "splitlines(self, /, keepends=False)", a -> pieces(a[0],
                TextSplit.splitlines(text(a), StrMethods.keepends(a[1]), BytesOps::isLineBreak)));
        method(t, "strip(self, bytes=None, /)",
                a -> BytesOps.like(a[0], TextSplit.strip(text(a), optionalBytes(a[1]), true, true, SPACE)));
        method(t, "lstrip(self, bytes=None, /)",
                a -> BytesOps.like(a[0], TextSplit.strip(text(a), optionalBytes(a[1]), true, false, SPACE)));
        method(t, "rstrip(self, bytes=None, /)",
                a -> BytesOps.like(a[0], TextSplit.strip(text(a), optionalBytes(a[1]), false, true, SPACE)));
        method(t, "center(self, width, fillchar=b' ', /)", a -> pad(a, 0, "center"));
        method(t, "ljust(self, width, fillchar=b' ', /)", a -> pad(a, -1, "ljust"));
        method(t, "rjust(self, width, fillchar=b' ', /)", a -> pad(a, 1, "rjust"));
        method(t, "zfill(self, width, /)", a -> BytesOps.like(a[0], TextLayout.zfill(text(a), a[1])));
        method(t, "expandtabs(self, /, tabsize=8)", a -> BytesOps.like(a[0], TextLayout.expandTabs(text(a), a[1])));
    }

    private static Object pad(Object[] a, int where, String method) {
        SequenceMethods.ssize(a[1]); // the width is converted before the fill character is checked
        Object fill = BuiltinSubclasses.valueOf(a[2]);
        if (fill != null && !(BytesOps.isBytesLike(fill) && BytesOps.lengthOf(fill) == 1)) {
            throw Errors.argumentType(method + "() argument 2", "a byte string of length 1", a[2]);
        }
        String fillText = fill == null ? null : BytesOps.latin1(fill);
        return BytesOps.like(a[0], TextLayout.pad(text(a), a[1], fillText, where));
    }

    // ---- ASCII case ------------------------------------------------------------------------------------------

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static int toUpper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    private static int toLower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    /** Maps each byte; {@code first} applies to bytes starting a word (after a non-letter), else {@code rest}. */
    private static Object mapCase(Object self, IntUnaryOperator first, IntUnaryOperator rest, boolean perWord) {
        byte[] data = BytesOps.copyOf(self);
        boolean previousCased = false;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xFF;
            boolean starts = perWord ? !previousCased : i == 0;
            data[i] = (byte) (starts ? first : rest).applyAsInt(c);
            previousCased = isLower(c) || isUpper(c);
        }
        return BytesOps.like(self, data);
    }

    private static void registerCase(PyType t) {
        method(t, "upper(self, /)", a -> mapCase(a[0], BytesMethods::toUpper, BytesMethods::toUpper, false));
        method(t, "lower(self, /)", a -> mapCase(a[0], BytesMethods::toLower, BytesMethods::toLower, false));
        method(t, "capitalize(self, /)", a -> mapCase(a[0], BytesMethods::toUpper, BytesMethods::toLower, false));
        method(t, "title(self, /)", a -> mapCase(a[0], BytesMethods::toUpper, BytesMethods::toLower, true));
        IntUnaryOperator swap = c -> isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c;
        method(t, "swapcase(self, /)", a -> mapCase(a[0], swap, swap, false));
    }

    private static void everyByte(PyType t, String name, IntPredicate p) {
        method(t, name + "(self, /)", a -> {
            String s = text(a);
            return !s.isEmpty() && s.chars().allMatch(p);
        });
    }

    private static void registerPredicates(PyType t) {
        IntPredicate alpha = c -> isLower(c) || isUpper(c);
        IntPredicate digit = c -> c >= '0' && c <= '9';
        everyByte(t, "isalpha", alpha);
        everyByte(t, "isdigit", digit);
        everyByte(t, "isalnum", alpha.or(digit));
        everyByte(t, "isspace", SPACE);
        method(t, "isascii(self, /)", a -> text(a).chars().allMatch(c -> c < 0x80));
        method(t, "islower(self, /)", a -> text(a).chars().anyMatch(BytesMethods::isLower)
                && text(a).chars().noneMatch(BytesMethods::isUpper));
        method(t, "isupper(self, /)", a -> text(a).chars().anyMatch(BytesMethods::isUpper)
                && text(a).chars().noneMatch(BytesMethods::isLower));
        method(t, "istitle(self, /)", a -> CaseMapping.isTitle(asciiOnly(text(a))));
    }

    /** Latin-1 text with bytes above 127 blanked, so that Unicode case rules see only ASCII letters. */
    private static String asciiOnly(String latin1) {
        return latin1.replaceAll("[^\\x00-\\x7f]", " ");
    }

    /** Iterates the bytes of a bytes or bytearray as ints, noticing a bytearray shrinking meanwhile. */
    static final class ByteIterator extends PyIterator {
        private Object seq;
        private int i;

        ByteIterator(Object seq) {
            super(seq instanceof PyByteArray ? BYTEARRAY_ITERATOR : BYTES_ITERATOR);
            this.seq = seq;
        }

        @Override
        public Object next() {
            if (seq == null) {
                return null;
            }
            if (i >= BytesOps.lengthOf(seq)) {
                seq = null; // exhausted for good, even if the bytearray grows later
                return null;
            }
            return (long) (BytesOps.bytesOf(seq)[i++] & 0xFF);
        }

        @Override
        public Object lengthHint() {
            return seq == null ? 0L : (long) Math.max(0, BytesOps.lengthOf(seq) - i);
        }
    }
}

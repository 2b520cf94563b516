package dev.krait.runtime;

import static dev.krait.runtime.PyTestSupport.builtin;
import static dev.krait.runtime.PyTestSupport.list;
import static dev.krait.runtime.PyTestSupport.outcome;
import static dev.krait.runtime.PyTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The builtins module: I/O on the context's streams, the aggregating functions and their CPython messages. */
class BuiltinsTest {

    private static Object call(String name, Object[] args, String[] kwnames) {
        return Ops.call(ThreadState.current().context.builtins.get(name), args, kwnames);
    }

    @Test
    void printWritesToContextStdout() {
        ByteArrayOutputStream out = PyTestSupport.bind();
        builtin("print", "a", 1L, 2.5, Ops.NONE, list(1L, "x"));
        call("print", new Object[] {"a", "b", "-", "!\n"}, new String[] {"sep", "end"});
        call("print", new Object[] {"x", Ops.NONE, Ops.NONE}, new String[] {"sep", "end"});
        builtin("print");
        assertEquals("a 1 2.5 None [1, 'x']\na-b!\nx\n\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("TypeError: sep must be None or a string, not int",
                outcome(() -> call("print", new Object[] {1L}, new String[] {"sep"})));
        assertEquals("AttributeError: 'int' object has no attribute 'write'",
                outcome(() -> call("print", new Object[] {1L}, new String[] {"file"})));
    }

    @Test
    void inputReadsLinesWithoutNewline() {
        // CPython on Linux reads standard input with newline="\n": a "\r" before the "\n" stays in the line.
        ByteArrayOutputStream out = PyTestSupport.bind("first\r\nsecond é\nlast");
        assertEquals("first\r", builtin("input", "> "));
        assertEquals("second é", builtin("input"));
        assertEquals("last", builtin("input"));
        assertEquals("EOFError: EOF when reading a line", outcome(() -> builtin("input")));
        assertEquals("> ", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void minMaxSumSorted() {
        PyTestSupport.bind();
        assertEquals("3", outcome(() -> builtin("max", 1L, 3L, 2L)));
        assertEquals("'a'", outcome(() -> builtin("min", "b", "a")));
        assertEquals("ValueError: max() arg is an empty sequence", outcome(() -> builtin("max", list())));
        assertEquals("TypeError: min expected at least 1 argument, got 0", outcome(() -> builtin("min")));
        assertEquals("5", outcome(() -> call("max", new Object[] {list(), 5L}, new String[] {"default"})));
        assertEquals("TypeError: Cannot specify a default for max() with multiple positional arguments",
                outcome(() -> call("max", new Object[] {1L, 2L, 3L}, new String[] {"default"})));
        assertEquals("TypeError: '>' not supported between instances of 'str' and 'int'",
                outcome(() -> builtin("max", list(1L, "a"))));
        assertEquals("4.5", outcome(() -> builtin("sum", list(1.5, 2L), 1L)));
        assertEquals("9223372036854775808", outcome(() -> builtin("sum", list(1L << 62, 1L << 62))));
        assertEquals("0.9999999999999999", outcome(() -> builtin("sum", list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
                0.1, 0.1))));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
                outcome(() -> builtin("sum", list("a"), "")));
        assertEquals("TypeError: sum() takes at least 1 positional argument (0 given)", outcome(() -> builtin("sum")));
        assertEquals("TypeError: sorted expected 1 argument, got 0", outcome(() -> builtin("sorted")));
        PyList pairs = list(tuple(1L, "a"), tuple(0L, "b"), tuple(1L, "c"), tuple(0L, "d"));
        Object byFirst = PyBuiltinFunction.function("first(t, /)", a -> ((PyTuple) a[0]).get(0));
        assertEquals("[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]", outcome(() -> call("sorted",
                new Object[] {pairs, byFirst, true}, new String[] {"key", "reverse"})));
    }

    @Test
    void numericBuiltins() {
        PyTestSupport.bind();
        assertEquals("3", outcome(() -> builtin("pow", 2L, -1L, 5L)));
        assertEquals("-4", outcome(() -> builtin("pow", 3L, 4L, -5L)));
        assertEquals("ValueError: base is not invertible for the given modulus", outcome(() -> builtin("pow", 2L, -1L, 4L)));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                outcome(() -> builtin("pow", 2.0, 3L, 5L)));
        assertEquals("(-4, -1)", outcome(() -> builtin("divmod", 7L, -2L)));
        assertEquals("'-0xff'", outcome(() -> builtin("hex", -255L)));
        assertEquals("'0b101'", outcome(() -> builtin("bin", 5L)));
        assertEquals("'\\U0001f600'", builtin("ascii", "\ud83d\ude00"));
        assertEquals("ValueError: chr() arg not in range(0x110000)", outcome(() -> builtin("chr", 0x110000L)));
        assertEquals("OverflowError: Python int too large to convert to C int",
                outcome(() -> builtin("chr", new BigInteger("1180591620717411303424"))));
        assertEquals("128512", outcome(() -> builtin("ord", "\ud83d\ude00")));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found",
                outcome(() -> builtin("ord", "ab")));
        assertEquals("5.0", outcome(() -> builtin("abs", new PyComplex(3, 4))));
    }

    @Test
    void iterators() {
        PyTestSupport.bind();
        assertEquals("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                outcome(() -> builtin("list", builtin("enumerate", "ab", Long.MAX_VALUE))));
        assertEquals("ValueError: zip() argument 3 is shorter than arguments 1-2", outcome(() -> builtin("list",
                call("zip", new Object[] {list(1L, 2L), list(1L, 2L), list(3L), true}, new String[] {"strict"}))));
        assertEquals("[1, 'a']", outcome(() -> builtin("list", builtin("filter", Ops.NONE, list(0L, 1L, "", "a")))));
        assertEquals("[3, 2, 1]", outcome(() -> builtin("list", builtin("reversed", tuple(1L, 2L, 3L)))));
        assertEquals("TypeError: 'set' object is not reversible", outcome(() -> builtin("reversed",
                new PySet(false))));
        assertEquals("TypeError: map() must have at least two arguments.", outcome(() -> builtin("map", Ops.NONE)));
        assertEquals("TypeError: iter(v, w): v must be callable", outcome(() -> builtin("iter", 1L, 2L)));
        assertEquals("5", outcome(() -> builtin("next", builtin("iter", list()), 5L)));
    }

    @Test
    void typeChecks() {
        PyTestSupport.bind();
        assertEquals("True", outcome(() -> builtin("isinstance", true, tuple(PyTypes.STR, tuple(PyTypes.INT)))));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                outcome(() -> builtin("isinstance", 1L, tuple(PyTypes.STR, 2L))));
        assertEquals("TypeError: issubclass() arg 1 must be a class", outcome(() -> builtin("issubclass", 1L,
                PyTypes.INT)));
        assertEquals("'missing'", outcome(() -> builtin("getattr", 1L, "nope", "missing")));
        assertEquals("TypeError: attribute name must be string, not 'int'", outcome(() -> builtin("hasattr", 1L, 2L)));
    }

    @Test
    void propertyGetsSetsAndReportsMissingSetter() {
        PyTestSupport.bind();
        Object getter = PyBuiltinFunction.function("get(self, /)", a -> 42L);
        Object prop = builtin("property", getter);
        PyDict namespace = new PyDict();
        namespace.put("x", prop);
        Object cls = builtin("type", "A", tuple(PyTypes.OBJECT), namespace);
        Object a = Ops.call(cls);
        assertEquals("42", outcome(() -> Attributes.get(a, "x")));
        assertEquals("AttributeError: property 'x' of 'A' object has no setter", outcome(() -> {
            Attributes.set(a, "x", 1L);
            return Ops.NONE;
        }));
    }
}

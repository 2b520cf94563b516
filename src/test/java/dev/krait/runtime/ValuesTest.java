package dev.krait.runtime;

import static dev.krait.runtime.PyTestSupport.builtin;
import static dev.krait.runtime.PyTestSupport.list;
import static dev.krait.runtime.PyTestSupport.method;
import static dev.krait.runtime.PyTestSupport.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bytes, complex, dict views and set algebra, against CPython 3.11.7. */
class ValuesTest {

    @BeforeEach
    void bind() {
        PyTestSupport.bind();
    }

    private static PyBytes bytes(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void bytesReprAndMethods() {
        assertEquals("b'it\\'s \"q\" \\x00\\x7f\\x80\\xff\\t\\n\\\\'", Ops.repr(bytes("it's \"q\" \000\177\200\377\t\n\\")));
        assertEquals("bytearray(b'a\\x00')", Ops.repr(builtin("bytearray", bytes("a\000"))));
        assertEquals("[b'a', b'', b'c']", outcome(() -> method(bytes("a,,c"), "split", bytes(","))));
        assertEquals("'6162'", outcome(() -> method(bytes("ab"), "hex")));
        assertEquals("'é'", outcome(() -> method(bytes("\303\251"), "decode")));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                outcome(() -> method(bytes("\377"), "decode")));
        assertEquals("TypeError: can't concat str to bytes", outcome(() -> Arith.add(bytes("a"), "b")));
        assertEquals("b'x 5'", outcome(() -> Sequences.binary(BinaryOp.MOD, bytes("%s %d"),
                PyTuple.of(bytes("x"), 5L), false)));
    }

    @Test
    void complexReprFormatAndArithmetic() {
        assertEquals("[(1+2j), (-0-0j), (-0+1j), 2j, (inf+nanj), (1e+20+1e-20j)]", Ops.repr(list(
                new PyComplex(1, 2), new PyComplex(-0.0, -0.0), new PyComplex(-0.0, 1), new PyComplex(0, 2),
                new PyComplex(Double.POSITIVE_INFINITY, Double.NaN), new PyComplex(1e20, 1e-20))));
        PyComplex c = new PyComplex(1, 2);
        assertEquals("'1.00+2.00j'", outcome(() -> builtin("format", c, ".2f")));
        assertEquals("'      (1+2j)'", outcome(() -> builtin("format", c, ">12")));
        assertEquals("(0.44+0.08j)", outcome(() -> Arith.binary(BinaryOp.TRUEDIV, c, new PyComplex(3, 4), false)));
        assertEquals("(-1125899906842634.5-1125899906842629.5j)",
                outcome(() -> Arith.binary(BinaryOp.POW, new PyComplex(1, 1), 101L, false)));
        assertEquals("2j", outcome(() -> Arith.binary(BinaryOp.POW, new PyComplex(1, 1), 2L, false)));
        assertEquals("ZeroDivisionError: complex division by zero",
                outcome(() -> Arith.binary(BinaryOp.TRUEDIV, c, 0L, false)));
        assertEquals("(1-1j)", outcome(() -> builtin("complex", " ( 1-j ) ")));
        assertEquals("ValueError: complex() arg is a malformed string", outcome(() -> builtin("complex", "1 + 2j")));
    }

    @Test
    void dictViewsAreSetLike() {
        PyDict d = new PyDict();
        d.put(1L, "a");
        d.put(3L, "b");
        Object keys = method(d, "keys");
        PySet other = new PySet(false);
        other.add(1L);
        other.add(5L);
        assertEquals("{1}", outcome(() -> Arith.binary(BinaryOp.AND, keys, other, false)));
        assertEquals("{1, 3, 5}", outcome(() -> Arith.binary(BinaryOp.OR, keys, other, false)));
        assertEquals("{3, 5}", outcome(() -> Arith.binary(BinaryOp.XOR, keys, other, false)));
        assertEquals("[3, 1]", outcome(() -> builtin("list", builtin("reversed", d))));
        assertEquals("RuntimeError: dictionary changed size during iteration", outcome(() -> {
            Object it = Iteration.iter(d);
            Iteration.next(it);
            d.put(9L, "c");
            return Iteration.next(it);
        }));
    }

    @Test
    void setOperatorsKeepTheLeftOperandsType() {
        PySet s = new PySet(false);
        s.add(1L);
        PySet f = (PySet) builtin("frozenset", list(1L, 2L));
        assertEquals("frozenset({1, 2})", outcome(() -> Arith.binary(BinaryOp.OR, f, s, false)));
        assertEquals("{1, 2}", outcome(() -> Arith.binary(BinaryOp.OR, s, f, false)));
        assertEquals("TypeError: unsupported operand type(s) for |: 'set' and 'list'",
                outcome(() -> Arith.binary(BinaryOp.OR, s, list(1L), false)));
        PySet holder = new PySet(false);
        holder.add(new PySet(true));
        // An unhashable set is looked up as the equal frozenset.
        assertEquals("True", outcome(() -> method(holder, "__contains__", new PySet(false))));
    }

    @Test
    void subclassesOfBuiltinsKeepTheirTypeAndOverrides() {
        PyDict namespace = new PyDict();
        namespace.put("__missing__", PyBuiltinFunction.function("__missing__(key, /)", a -> "default"));
        Object dictClass = builtin("type", "D", PyTuple.of(PyTypes.DICT), namespace);
        Object d = Ops.call(dictClass, list(PyTuple.of("a", 1L)));
        assertEquals("'default'", outcome(() -> Items.getItem(d, "missing")));
        assertEquals("1", outcome(() -> Items.getItem(d, "a")));
        assertEquals("{'a': 1}", Ops.repr(d));
        assertEquals("D", Ops.typeName(d));
        Object intClass = builtin("type", "I", PyTuple.of(PyTypes.INT), new PyDict());
        Object five = Ops.call(intClass, 5L);
        assertEquals("(6, 'int', 'I')", outcome(() -> {
            Object sum = Arith.add(five, 1L);
            return PyTuple.of(sum, Ops.typeName(sum), Ops.typeName(five));
        }));
        Object setClass = builtin("type", "S", PyTuple.of(PyTypes.SET), new PyDict());
        assertEquals("S({1, 2})", Ops.repr(Ops.call(setClass, list(2L, 1L))));
    }

    @Test
    void memoryviewSharesAndGuardsMemory() {
        Object data = builtin("bytearray", bytes("hello"));
        Object view = builtin("memoryview", data);
        Items.setItem(view, 0L, 74L);
        assertEquals("bytearray(b'Jello')", Ops.repr(data));
        assertEquals("b'ell'", outcome(() -> builtin("bytes", Items.getItem(view, new PySlice(1L, 4L, Ops.NONE)))));
        assertEquals("TypeError: cannot modify read-only memory", outcome(() -> {
            Items.setItem(builtin("memoryview", bytes("x")), 0L, 1L);
            return Ops.NONE;
        }));
    }
}

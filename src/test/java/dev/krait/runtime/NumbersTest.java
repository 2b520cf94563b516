package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** round(), int() and float() parsing, against results from CPython 3.11.7 (an error as "Type: message"). */
class NumbersTest {

    @BeforeEach
    void bind() {
        PyTestSupport.bind();
    }

    /** A number, ndigits (None: omitted), and round's outcome. */
    private static final Object[][] ROUNDS = {
        {2.675, 2L, "2.67"},
        {0.125, 2L, "0.12"},
        {0.375, 2L, "0.38"},
        {2.5, Ops.NONE, "2"},
        {-0.5, Ops.NONE, "0"},
        {1.5, Ops.NONE, "2"},
        {123.456, -1L, "120.0"},
        {123.456, -2L, "100.0"},
        {-123.456, 1L, "-123.5"},
        {5e-324, 323L, "0.0"},
        {1e+22, -22L, "1e+22"},
        {2.5, 0L, "2.0"},
        {-2.5, 0L, "-2.0"},
        {0.0, 2L, "0.0"},
        {Double.POSITIVE_INFINITY, 2L, "inf"},
        {Double.NaN, 2L, "nan"},
        {Double.POSITIVE_INFINITY, Ops.NONE, "OverflowError: cannot convert float infinity to integer"},
        {Double.NaN, Ops.NONE, "ValueError: cannot convert float NaN to integer"},
        {1.7976931348623157e+308, -308L, "OverflowError: rounded value too large to represent"},
        {1e+300, 400L, "1e+300"},
        {-1e-300, -400L, "-0.0"},
        {1.5e+300, -300L, "2e+300"},
        {7L, -1L, "10"},
        {75L, -1L, "80"},
        {-75L, -1L, "-80"},
        {new BigInteger("1000000000500000000000000000000"), -21L, "1000000000000000000000000000000"},
        {1250L, -2L, "1200"},
        {1350L, -2L, "1400"},
        {-1250L, -2L, "-1200"},
        {5L, 2L, "5"},
        {Boolean.TRUE, 2L, "1"},
        {new BigInteger("1180591620717411303424"), -20L, "1200000000000000000000"},
        {0.5, Ops.NONE, "0"},
        {1234.5, -2L, "1200.0"},
        {-0.4, 0L, "-0.0"},
        {1.152921504606847e+18, Ops.NONE, "1152921504606846976"},
    };

    @TestFactory
    Stream<DynamicTest> round() {
        return Arrays.stream(ROUNDS).map(c -> DynamicTest.dynamicTest(Ops.repr(c[0]) + ", " + Ops.repr(c[1]), () ->
                assertEquals(c[2], PyTestSupport.outcome(() -> c[1] == Ops.NONE ? PyTestSupport.builtin("round", c[0])
                        : PyTestSupport.builtin("round", c[0], c[1])))));
    }

    /** A string, a base, and int(string, base)'s outcome. */
    private static final Object[][] INTS = {
        {"42", 10, "42"},
        {" 42 ", 10, "42"},
        {"-42", 10, "-42"},
        {"+42", 10, "42"},
        {"4_2", 10, "42"},
        {"0x1f", 16, "31"},
        {"0x1f", 0, "31"},
        {"1f", 16, "31"},
        {"0o17", 0, "15"},
        {"0b101", 0, "5"},
        {"z", 36, "35"},
        {"010", 0, "ValueError: invalid literal for int() with base 0: '010'"},
        {"08", 0, "ValueError: invalid literal for int() with base 0: '08'"},
        {"4__2", 10, "ValueError: invalid literal for int() with base 10: '4__2'"},
        {"_42", 10, "ValueError: invalid literal for int() with base 10: '_42'"},
        {"", 10, "ValueError: invalid literal for int() with base 10: ''"},
        {" ", 10, "ValueError: invalid literal for int() with base 10: ' '"},
        {"0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"},
        {"1.5", 10, "ValueError: invalid literal for int() with base 10: '1.5'"},
        {"١٢٣", 10, "123"},
        {"½", 10, "ValueError: invalid literal for int() with base 10: '½'"},
        {" 42 ", 10, "42"},
        {"0_0", 0, "0"},
        {"00", 0, "0"},
        {"-0x_ff", 0, "-255"},
        {"999999999999999999999999999999", 10, "999999999999999999999999999999"},
        {"Z", 35, "ValueError: invalid literal for int() with base 35: 'Z'"},
        {"ﬀ", 16, "ValueError: invalid literal for int() with base 16: 'ﬀ'"},
        {"12", 2, "ValueError: invalid literal for int() with base 2: '12'"},
    };

    @TestFactory
    Stream<DynamicTest> intParsing() {
        return Arrays.stream(INTS).map(c -> DynamicTest.dynamicTest(StrRepr.repr((String) c[0]) + " base " + c[1], () ->
                assertEquals(c[2], PyTestSupport.outcome(() -> PyTestSupport.builtin("int", c[0], (long) (int) c[1])))));
    }

    /** A string and float(string)'s outcome. */
    private static final String[][] FLOATS = {
        {"1.5", "1.5"},
        {" -1.5e3 ", "-1500.0"},
        {"inf", "inf"},
        {"-Infinity", "-inf"},
        {"nan", "nan"},
        {"1_000.5", "1000.5"},
        {".5", "0.5"},
        {"5.", "5.0"},
        {"1e400", "inf"},
        {"1__0", "ValueError: could not convert string to float: '1__0'"},
        {"_1", "ValueError: could not convert string to float: '_1'"},
        {"1_", "ValueError: could not convert string to float: '1_'"},
        {"e5", "ValueError: could not convert string to float: 'e5'"},
        {"", "ValueError: could not convert string to float: ''"},
        {"0x10", "ValueError: could not convert string to float: '0x10'"},
        {"١.٥", "1.5"},
        {" 1e-320 ", "1e-320"},
        {"+.5e-3", "0.0005"},
        {"infinit", "ValueError: could not convert string to float: 'infinit'"},
    };

    @TestFactory
    Stream<DynamicTest> floatParsing() {
        return Arrays.stream(FLOATS).map(c -> DynamicTest.dynamicTest(StrRepr.repr(c[0]), () ->
                assertEquals(c[1], PyTestSupport.outcome(() -> PyTestSupport.builtin("float", c[0])))));
    }
}

package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Float repr (shortest round-tripping digits), the format mini-language for floats and ints, and printf-style
 * formatting. Every expected string was produced by CPython 3.11.7.
 */
class FormattingTest {

    @BeforeEach
    void bind() {
        PyTestSupport.bind();
    }

    /** Bit patterns of doubles and their repr. */
    private static final String[][] REPRS = {
        // Java 17's Double.toString gets these wrong (not the closest shortest digits).
        {"4533bab885978397", "2.3851354565708684e+25"},
        {"453679dedaf8b9c6", "2.7171885331698987e+25"},
        {"01aa74fe1c1e8908", "1.2345678901234568e-300"},
        {"44b52d02c7e14af6", "1e+23"},
        {"3fb999999999999a", "0.1"},
        {"3fc999999999999a", "0.2"},
        {"3fd3333333333334", "0.30000000000000004"},
        {"3fd5555555555555", "0.3333333333333333"},
        {"3fe5555555555555", "0.6666666666666666"},
        {"4341c37937e08000", "1e+16"},
        {"430c6bf526340000", "1000000000000000.0"},
        {"437b69b4ba630f35", "1.2345678901234568e+17"},
        {"3ee4f8b588e368f1", "1e-05"},
        {"3f1a36e2eb1c432d", "0.0001"},
        {"4480f0cf064dd592", "1e+22"},
        {"44b52d02c7e14af6", "1e+23"},
        {"0000000000000001", "5e-324"},
        {"0010000000000000", "2.2250738585072014e-308"},
        {"7fefffffffffffff", "1.7976931348623157e+308"},
        {"4340000000000000", "9007199254740992.0"},
        {"4005666666666666", "2.675"},
        {"3ff0147ae147ae14", "1.005"},
        {"4011666666666666", "4.35"},
        {"4059000000000000", "100.0"},
        {"8000000000000000", "-0.0"},
        {"0000000000000000", "0.0"},
        {"7ff0000000000000", "inf"},
        {"fff0000000000000", "-inf"},
        {"7ff8000000000000", "nan"},
        {"3e7ad7f29abcaf48", "1e-07"},
        {"40c81cd6e631f8a1", "12345.6789"},
        {"3fe0000000000000", "0.5"},
        {"0000000000000003", "1.5e-323"},
        {"3ff199999999999a", "1.1"},
        {"400921f9f01b866e", "3.14159"},
        {"44dfe185ca57c517", "6.02214076e+23"},
        {"3c07a42f549647fb", "1.602e-19"},
        {"db5b5fab8f4d3e27", "-1.2143721666352482e+132"},
        {"3f42bc6c043dcc6f", "0.000571778051819639"},
        {"830c71c2cdcc6929", "-5.5671214701162194e-294"},
        {"3dd52a64af6b3d9d", "7.7e-11"},
        {"4410a146219e99ac", "7.669222950822393e+19"},
        {"4111201da9d18790", "280583.41583835427"},
        {"422faa730d5fc28f", "68001826479.88"},
        {"3eb59351fcbb6bc0", "1.285998211856e-06"},
        {"c12dd953f1e3654d", "-978089.9724380166"},
        {"367e5d6dfd741069", "3.32424775060378e-46"},
        {"f88ece64dd44fd36", "-5.2079235265878243e+272"},
        {"36971e1b2577c1ec", "1.0123331184341607e-45"},
        {"3c62725dd1d243ac", "8e-18"},
        {"3b84193033a9243a", "5.32e-22"},
        {"3fed70a3d70a3d71", "0.92"},
        {"40c13c5085b18549", "8824.62908"},
        {"3cb25e5eae0deaf5", "2.5491598e-16"},
        {"3f46f86a098915be", "0.000701"},
        {"c14b051002c19aa9", "-3541536.0215333295"},
        {"0010000000000000", "2.2250738585072014e-308"},
        {"43e0000000000000", "9.223372036854776e+18"},
        {"419d6f3454000000", "123456789.0"},
        {"3ff0000000000000", "1.0"},
    };

    @TestFactory
    Stream<DynamicTest> floatRepr() {
        return Arrays.stream(REPRS).map(c -> DynamicTest.dynamicTest(c[1], () ->
                assertEquals(c[1], FloatRepr.repr(Double.longBitsToDouble(Long.parseUnsignedLong(c[0], 16))))));
    }

    /** A float (in repr form), a format spec, and format(value, spec). */
    private static final String[][] FLOAT_FORMATS = {
        {"3.14159", "f", "3.141590"},
        {"3.14159", ".2f", "3.14"},
        {"-3.14159", "+.3f", "-3.142"},
        {"2.5", ".0f", "2"},
        {"3.5", ".0f", "4"},
        {"0.125", ".2f", "0.12"},
        {"2.675", ".2f", "2.67"},
        {"1.005", ".2f", "1.00"},
        {"12345.678", "e", "1.234568e+04"},
        {"12345.678", ".2E", "1.23E+04"},
        {"0.0", "e", "0.000000e+00"},
        {"1e-300", ".3e", "1.000e-300"},
        {"9.9999", ".2e", "1.00e+01"},
        {"5e-324", "e", "4.940656e-324"},
        {"1234.5678", "g", "1234.57"},
        {"1.234e-05", "g", "1.234e-05"},
        {"123456789.0", "g", "1.23457e+08"},
        {"0.0001", "g", "0.0001"},
        {"1e-05", "g", "1e-05"},
        {"100000.0", "g", "100000"},
        {"1000000.0", "g", "1e+06"},
        {"1.0", "#g", "1.00000"},
        {"1.0", ".0g", "1"},
        {"0.5", "%", "50.000000%"},
        {"0.3333333333333333", ".2%", "33.33%"},
        {"1234567.891", ",", "1,234,567.891"},
        {"1234567.891", ",.2f", "1,234,567.89"},
        {"1234567.891", "_.3f", "1_234_567.891"},
        {"-1234567.891", "015,.2f", "-001,234,567.89"},
        {"1234.5", "010,", "0,001,234.5"},
        {"3.14", "10.2f", "      3.14"},
        {"3.14", "<10.2f", "3.14      "},
        {"3.14", "^10.2f", "   3.14   "},
        {"3.14", "=+10.2f", "+     3.14"},
        {"3.14", "*>10.2f", "******3.14"},
        {"-3.14", "010.2f", "-000003.14"},
        {"inf", "f", "inf"},
        {"-inf", "10f", "      -inf"},
        {"nan", "F", "NAN"},
        {"inf", "010f", "0000000inf"},
        {"nan", "+", "+nan"},
        {"-0.0", "f", "-0.000000"},
        {"-0.001", "z.1f", "0.0"},
        {"-0.001", ".1f", "-0.0"},
        {"1.0", ".3", "1.0"},
        {"1e+20", ".3", "1e+20"},
        {"123.0", ".2", "1.2e+02"},
        {"1e+16", ".20", "10000000000000000.0"},
        {"0.1", ".20", "0.10000000000000000555"},
        {"2.5", ".1", "2e+00"},
        {"1000000000000000.0", ".16", "1e+15"},
        {"12.0", ".5", "12.0"},
        {"1e-07", "", "1e-07"},
        {"1e+22", "", "1e+22"},
        {"1.5", "n", "1.5"},
        {"0.1", ".17g", "0.10000000000000001"},
    };

    @TestFactory
    Stream<DynamicTest> floatFormat() {
        return Arrays.stream(FLOAT_FORMATS).map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1], () ->
                assertEquals(c[2], Formatting.format(FloatMethods.parse(c[0]), c[1]))));
    }

    /** An int or bool (in repr form), a format spec, and format(value, spec). */
    private static final String[][] INT_FORMATS = {
        {"42", "", "42"},
        {"42", "d", "42"},
        {"42", "5d", "   42"},
        {"42", "<5", "42   "},
        {"42", "^6", "  42  "},
        {"-42", "=6", "-   42"},
        {"42", "+", "+42"},
        {"-42", " ", "-42"},
        {"42", "06", "000042"},
        {"-42", "06", "-00042"},
        {"255", "x", "ff"},
        {"255", "#X", "0XFF"},
        {"8", "#o", "0o10"},
        {"5", "#b", "0b101"},
        {"-255", "#x", "-0xff"},
        {"65", "c", "A"},
        {"1234567", ",", "1,234,567"},
        {"1234567", "_", "1_234_567"},
        {"4294967295", "_x", "ffff_ffff"},
        {"1234567", "012,", "0,001,234,567"},
        {"-1234567", "012,", "-001,234,567"},
        {"12", "010_b", "0_0000_1100"},
        {"42", "e", "4.200000e+01"},
        {"42", "%", "4200.000000%"},
        {"1180591620717411303424", ",", "1,180,591,620,717,411,303,424"},
        {"-1180591620717411303424", "x", "-400000000000000000"},
        {"True", ">5", "    1"},
        {"1234567", "n", "1234567"},
    };

    @TestFactory
    Stream<DynamicTest> intFormat() {
        return Arrays.stream(INT_FORMATS).map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1], () -> {
            Object value = c[0].equals("True") ? Boolean.TRUE : Numbers.normalize(new BigInteger(c[0]));
            assertEquals(c[2], Formatting.format(value, c[1]));
        }));
    }

    /** A printf-style format, its arguments, and fmt % args. */
    private static final Object[][] PERCENT = {
        {"%d %i %5.2f %e %g %x %X %o %c %%", new Object[] {1L, 2L, 3.14159, 12345.678, 0.0001, 255L, 255L, 8L, 65L}, "1 2  3.14 1.234568e+04 0.0001 ff FF 10 A %"},
        {"%5s|%-5s|%05d|%+d|% d", new Object[] {"a", "b", 42L, 5L, 7L}, "    a|b    |00042|+5| 7"},
        {"%.3s", new Object[] {"abcdef"}, "abc"},
        {"%#x %#o %#X", new Object[] {255L, 8L, 255L}, "0xff 0o10 0XFF"},
        {"%.3d|%+.3d|%5.3d", new Object[] {5L, 5L, -5L}, "005|+005| -005"},
        {"%-+8.3f|%08.3f", new Object[] {3.14159, -3.14159}, "+3.142  |-003.142"},
        {"%g %g %g %#g", new Object[] {1e+16, 1e-05, 123456789L, 1.0}, "1e+16 1e-05 1.23457e+08 1.00000"},
        {"%r %a", new Object[] {"é", "é"}, "'é' '\\xe9'"},
        {"%c%c", new Object[] {"a", 98L}, "ab"},
    };

    @TestFactory
    Stream<DynamicTest> percentFormat() {
        return Arrays.stream(PERCENT).map(c -> DynamicTest.dynamicTest((String) c[0], () ->
                assertEquals(c[2], PercentFormat.format((String) c[0], PyTuple.of((Object[]) c[1])))));
    }

    /** The long-arithmetic path of fixed-point formatting agrees with exact decimal rounding. */
    @org.junit.jupiter.api.Test
    void fixedSmallAgreesWithExactRounding() {
        java.util.Random random = new java.util.Random(7);
        double[] edges = {0.0, 0.5, 1.5, 2.5, 0.125, 0.0625, 0.05, 0.15, 0.25, 0.35, 1e-300, 4.9e-324, 2.675, 1.0005,
            999999999999999.9, 123456789.0125, 0.0005, 0.0015};
        for (int k = 0; k < 200_000 + edges.length; k++) {
            double a = k < edges.length ? edges[k]
                    : k % 3 == 0 ? random.nextDouble() * 1e15 : k % 3 == 1 ? random.nextInt(100_000) / 1000.0 + 0.0005
                    : Math.scalb(random.nextDouble(), -random.nextInt(80));
            for (int p = 0; p <= 3; p++) {
                String exact = new java.math.BigDecimal(a).setScale(p, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString();
                assertEquals(exact, Formatting.fixedSmall(a, p), a + " to " + p + " places");
            }
        }
    }
}

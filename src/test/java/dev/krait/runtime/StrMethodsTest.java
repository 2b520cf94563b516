package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * str methods on the Unicode cases where Java's own text functions differ from Python's (full case mappings,
 * final sigma, digit/numeric properties, Unicode whitespace and line breaks, code-point positions), against
 * CPython 3.11.7.
 */
class StrMethodsTest {

    @BeforeEach
    void bind() {
        PyTestSupport.bind();
    }

    /** A string, a method, its arguments, and the outcome. */
    private static final Object[][] CASES = {
        {"\u00df", "upper", new Object[] {}, "'SS'"},
        {"\u00df", "title", new Object[] {}, "'Ss'"},
        {"\u01c5", "title", new Object[] {}, "'\u01c5'"},
        {"\u01c6emal", "capitalize", new Object[] {}, "'\u01c5emal'"},
        {"\u01c5", "swapcase", new Object[] {}, "'\u01c5'"},
        {"\u01c5", "istitle", new Object[] {}, "True"},
        {"\u01c5", "isupper", new Object[] {}, "False"},
        {"\u03a3\u0391\u03a3 \u0391\u03a3", "lower", new Object[] {}, "'\u03c3\u03b1\u03c2 \u03b1\u03c2'"},
        {"A\u03a3.B", "lower", new Object[] {}, "'a\u03c3.b'"},
        {"A\u03a3''", "lower", new Object[] {}, "\"a\u03c2''\""},
        {"\u03a3\u0391\u03a3", "title", new Object[] {}, "'\u03a3\u03b1\u03c2'"},
        {"\u0130", "lower", new Object[] {}, "'i\u0307'"},
        {"\u1e9e", "casefold", new Object[] {}, "'ss'"},
        {"\uab70", "casefold", new Object[] {}, "'\u13a0'"},
        {"\ufb01sh", "capitalize", new Object[] {}, "'Fish'"},
        {"\u0149", "title", new Object[] {}, "'\u02bcN'"},
        {"\u1fb3", "upper", new Object[] {}, "'\u0391\u0399'"},
        {"\u1fb3", "title", new Object[] {}, "'\u1fbc'"},
        {"they're bill's", "title", new Object[] {}, "\"They'Re Bill'S\""},
        {"hello 123abc", "title", new Object[] {}, "'Hello 123Abc'"},
        {"\u00b2", "isdigit", new Object[] {}, "True"},
        {"\u00b2", "isdecimal", new Object[] {}, "False"},
        {"\u00bd", "isnumeric", new Object[] {}, "True"},
        {"\u4e00", "isnumeric", new Object[] {}, "True"},
        {"\u0661", "isdecimal", new Object[] {}, "True"},
        {"\u216b", "isnumeric", new Object[] {}, "True"},
        {"\u00bd", "isalnum", new Object[] {}, "True"},
        {"a\u3000b\034c\u0085d\u00a0e", "split", new Object[] {}, "['a', 'b', 'c', 'd', 'e']"},
        {"  a  b  ", "split", new Object[] {Ops.NONE, 1L}, "['a', 'b  ']"},
        {"  a  b  c  ", "rsplit", new Object[] {Ops.NONE, 1L}, "['  a  b', 'c']"},
        {"a,b,,c", "rsplit", new Object[] {",", 1L}, "['a,b,', 'c']"},
        {"a\012b\015\012c\015d\013e\014f\034g\u0085h\u2028i", "splitlines", new Object[] {}, "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']"},
        {"a\012b\015\012", "splitlines", new Object[] {Boolean.TRUE}, "['a\\n', 'b\\r\\n']"},
        {"\u3000abc\u2028", "strip", new Object[] {}, "'abc'"},
        {"\ud83d\ude00a\ud83d\ude00", "strip", new Object[] {"\ud83d\ude00"}, "'a'"},
        {"\u037a", "isidentifier", new Object[] {}, "False"},
        {"_\u00e91", "isidentifier", new Object[] {}, "True"},
        {"\u00a0", "isprintable", new Object[] {}, "False"},
        {"\ud83d\ude00a\ud83d\ude00b", "find", new Object[] {"b"}, "3"},
        {"\ud83d\ude00a\ud83d\ude00b", "rfind", new Object[] {"\ud83d\ude00"}, "2"},
        {"\ud83d\ude00a\ud83d\ude00b", "count", new Object[] {"\ud83d\ude00", 1L}, "1"},
        {"abc", "find", new Object[] {"", 4L}, "-1"},
        {"abcabc", "count", new Object[] {"", 2L, 4L}, "3"},
        {"abc", "center", new Object[] {8L}, "'  abc   '"},
        {"abcd", "center", new Object[] {9L, "*"}, "'***abcd**'"},
        {"-42", "zfill", new Object[] {6L}, "'-00042'"},
        {"a\011bc\011d", "expandtabs", new Object[] {4L}, "'a   bc  d'"},
        {"abc", "replace", new Object[] {"", "-", 2L}, "'-a-bc'"},
        {"\ud83d\ude00\ud83d\ude00", "replace", new Object[] {"", "|"}, "'|\ud83d\ude00|\ud83d\ude00|'"},
        {"abc", "startswith", new Object[] {PyTuple.of("x", "ab")}, "True"},
        {"abc", "endswith", new Object[] {"c", 0L, 2L}, "False"},
        {"hello", "removeprefix", new Object[] {"he"}, "'llo'"},
        {"a-b-c", "rpartition", new Object[] {"-"}, "('a-b', '-', 'c')"},
        {"abc", "center", new Object[] {9L, "**"}, "TypeError: The fill character must be exactly one character long"},
        {"abc", "find", new Object[] {"a", "x"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
        {"abc", "index", new Object[] {"x"}, "ValueError: substring not found"},
        {"abc", "startswith", new Object[] {1L}, "TypeError: startswith first arg must be str or a tuple of str, not int"},
        {"\u00e9", "encode", new Object[] {"ascii"}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
        {"abc", "split", new Object[] {""}, "ValueError: empty separator"},
        {"{0}{1}{0}", "format", new Object[] {"a", "b"}, "'aba'"},
        {"{:>5}|{:^5}", "format", new Object[] {1L, 2L}, "'    1|  2  '"},
        {"{", "format", new Object[] {}, "ValueError: Single '{' encountered in format string"},
        {"\u0391\u03a3", "casefold", new Object[] {}, "'\u03b1\u03c3'"},
        {"Stra\u00dfe", "casefold", new Object[] {}, "'strasse'"},
        {"Hello", "swapcase", new Object[] {}, "'hELLO'"},
        {"\u00df", "swapcase", new Object[] {}, "'SS'"},
    };

    @TestFactory
    Stream<DynamicTest> methods() {
        return Arrays.stream(CASES).map(c -> DynamicTest.dynamicTest(StrRepr.repr((String) c[0]) + "." + c[1], () ->
                assertEquals(c[3], PyTestSupport.outcome(() ->
                        PyTestSupport.method(c[0], (String) c[1], (Object[]) c[2])))));
    }
}

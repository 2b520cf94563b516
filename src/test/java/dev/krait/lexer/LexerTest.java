package dev.krait.lexer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.krait.parser.Expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Token streams and literal values. Expected tokens come from CPython 3.11.7's {@code tokenize} module, in the
 * format {@code python3 -m tokenize} prints, without its NL and COMMENT tokens (which Krait, like CPython's C
 * tokenizer, does not produce). NEWLINE, INDENT, DEDENT and ENDMARKER are compared by kind only, since the
 * {@code tokenize} module places them differently from the C tokenizer that Krait follows. Expected number values
 * are Python's {@code repr(eval(literal))}.
 */
class LexerTest {

    @TestFactory
    Stream<DynamicTest> tokenStreams() {
        return Arrays.stream(TOKENS).map(c -> DynamicTest.dynamicTest(c[0].replace("\n", "\\n"), () -> {
            List<String> actual = new ArrayList<>();
            for (Token t : Lexer.tokenize(c[0], "<test>")) {
                switch (t.kind()) {
                    case NEWLINE, INDENT, DEDENT, ENDMARKER -> actual.add(t.kind().name());
                    default -> actual.add(t.toString());
                }
            }
            assertEquals(c[1], String.join("\n", actual));
        }));
    }

    @TestFactory
    Stream<DynamicTest> numberValues() {
        return Arrays.stream(NUMBERS).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Token t = Lexer.tokenize(c[0], "<test>").get(0);
            assertEquals(TokenKind.NUMBER, t.kind());
            assertEquals(c[1], repr(t.value()));
        }));
    }

    /** Python's repr of a number literal's value, and a check that ints fit the narrowest Java type. */
    private static String repr(Object value) {
        if (value instanceof Long l) return l.toString();
        if (value instanceof BigInteger b) {
            assertEquals(true, b.bitLength() >= 64, "a BigInteger only when it does not fit a long");
            return b.toString();
        }
        if (value instanceof Double d) return PyRepr.floatRepr(d);
        return PyRepr.imaginary(((Expr.ComplexLiteral) value).imag());
    }

    @Test
    void identifiersAreNfkcNormalized() {
        Token t = Lexer.tokenize("\u210c", "<test>").get(0);
        assertEquals(TokenKind.NAME, t.kind());
        assertEquals("\u210c", t.text());
        assertEquals("H", t.name());
    }

    @Test
    void keywordsHaveKindsButPrintAsNames() {
        Token t = Lexer.tokenize("while", "<test>").get(0);
        assertEquals(TokenKind.WHILE, t.kind());
        assertEquals("1,0-1,5:            NAME           'while'", t.toString());
    }

    @Test
    void newlineSpansTheCommentBeforeIt() {
        Token t = Lexer.tokenize("x  # note\n", "<test>").get(1);
        assertEquals(TokenKind.NEWLINE, t.kind());
        assertEquals(List.of(1, 3, 1, 9), List.of(t.line(), t.col(), t.endLine(), t.endCol()));
    }

    @Test
    void errorsAreThrownWhenReached() {
        Lexer lexer = new Lexer(SourceText.of("x = 1\ny = 'abc\n", "<test>"));
        for (int i = 0; i < 6; i++) lexer.next();
        SyntaxError e = assertThrows(SyntaxError.class, lexer::next);
        assertEquals("unterminated string literal (detected at line 2)", e.msg);
        assertThrows(SyntaxError.class, lexer::next, "the error is final");
    }

    private static final String[][] TOKENS = {
            {"x = 1\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '1'\nNEWLINE\nENDMARKER"},
            {"if x:\n    y = 2\nz = 3\n",
                    "1,0-1,2:            NAME           'if'\n1,3-1,4:            NAME           'x'\n1,4-1,5:            OP             ':'\nNEWLINE\nINDENT\n2,4-2,5:            NAME           'y'\n2,6-2,7:            OP             '='\n2,8-2,9:            NUMBER         '2'\nNEWLINE\nDEDENT\n3,0-3,1:            NAME           'z'\n3,2-3,3:            OP             '='\n3,4-3,5:            NUMBER         '3'\nNEWLINE\nENDMARKER"},
            {"if a:\n\tif b:\n\t\tc\n\td\ne\n",
                    "1,0-1,2:            NAME           'if'\n1,3-1,4:            NAME           'a'\n1,4-1,5:            OP             ':'\nNEWLINE\nINDENT\n2,1-2,3:            NAME           'if'\n2,4-2,5:            NAME           'b'\n2,5-2,6:            OP             ':'\nNEWLINE\nINDENT\n3,2-3,3:            NAME           'c'\nNEWLINE\nDEDENT\n4,1-4,2:            NAME           'd'\nNEWLINE\nDEDENT\n5,0-5,1:            NAME           'e'\nNEWLINE\nENDMARKER"},
            {"def f(a, b):\n    return a + b  # sum\n",
                    "1,0-1,3:            NAME           'def'\n1,4-1,5:            NAME           'f'\n1,5-1,6:            OP             '('\n1,6-1,7:            NAME           'a'\n1,7-1,8:            OP             ','\n1,9-1,10:           NAME           'b'\n1,10-1,11:          OP             ')'\n1,11-1,12:          OP             ':'\nNEWLINE\nINDENT\n2,4-2,10:           NAME           'return'\n2,11-2,12:          NAME           'a'\n2,13-2,14:          OP             '+'\n2,15-2,16:          NAME           'b'\nNEWLINE\nDEDENT\nENDMARKER"},
            {"x = (1,\n     2)\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            OP             '('\n1,5-1,6:            NUMBER         '1'\n1,6-1,7:            OP             ','\n2,5-2,6:            NUMBER         '2'\n2,6-2,7:            OP             ')'\nNEWLINE\nENDMARKER"},
            {"x = [\n  1,\n\n  # comment\n  2,\n]\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            OP             '['\n2,2-2,3:            NUMBER         '1'\n2,3-2,4:            OP             ','\n5,2-5,3:            NUMBER         '2'\n5,3-5,4:            OP             ','\n6,0-6,1:            OP             ']'\nNEWLINE\nENDMARKER"},
            {"x = 1 + \\\n    2\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '1'\n1,6-1,7:            OP             '+'\n2,4-2,5:            NUMBER         '2'\nNEWLINE\nENDMARKER"},
            {"\n\n# only comment\n\nx\n",
                    "5,0-5,1:            NAME           'x'\nNEWLINE\nENDMARKER"},
            {"if x:\n    pass\n\n    # comment\n\ny\n",
                    "1,0-1,2:            NAME           'if'\n1,3-1,4:            NAME           'x'\n1,4-1,5:            OP             ':'\nNEWLINE\nINDENT\n2,4-2,8:            NAME           'pass'\nNEWLINE\nDEDENT\n6,0-6,1:            NAME           'y'\nNEWLINE\nENDMARKER"},
            {"class A:\n    def f(self):\n        pass\n\n\nx = 1\n",
                    "1,0-1,5:            NAME           'class'\n1,6-1,7:            NAME           'A'\n1,7-1,8:            OP             ':'\nNEWLINE\nINDENT\n2,4-2,7:            NAME           'def'\n2,8-2,9:            NAME           'f'\n2,9-2,10:           OP             '('\n2,10-2,14:          NAME           'self'\n2,14-2,15:          OP             ')'\n2,15-2,16:          OP             ':'\nNEWLINE\nINDENT\n3,8-3,12:           NAME           'pass'\nNEWLINE\nDEDENT\nDEDENT\n6,0-6,1:            NAME           'x'\n6,2-6,3:            OP             '='\n6,4-6,5:            NUMBER         '1'\nNEWLINE\nENDMARKER"},
            {"x = 1",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '1'\nNEWLINE\nENDMARKER"},
            {"a.b(c)[d] ** -e // f @ g\n",
                    "1,0-1,1:            NAME           'a'\n1,1-1,2:            OP             '.'\n1,2-1,3:            NAME           'b'\n1,3-1,4:            OP             '('\n1,4-1,5:            NAME           'c'\n1,5-1,6:            OP             ')'\n1,6-1,7:            OP             '['\n1,7-1,8:            NAME           'd'\n1,8-1,9:            OP             ']'\n1,10-1,12:          OP             '**'\n1,13-1,14:          OP             '-'\n1,14-1,15:          NAME           'e'\n1,16-1,18:          OP             '//'\n1,19-1,20:          NAME           'f'\n1,21-1,22:          OP             '@'\n1,23-1,24:          NAME           'g'\nNEWLINE\nENDMARKER"},
            {"x += 1; y -= 2; z **= 3; w //= 4; v >>= 5; u <<= 6; t @= 7\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,4:            OP             '+='\n1,5-1,6:            NUMBER         '1'\n1,6-1,7:            OP             ';'\n1,8-1,9:            NAME           'y'\n1,10-1,12:          OP             '-='\n1,13-1,14:          NUMBER         '2'\n1,14-1,15:          OP             ';'\n1,16-1,17:          NAME           'z'\n1,18-1,21:          OP             '**='\n1,22-1,23:          NUMBER         '3'\n1,23-1,24:          OP             ';'\n1,25-1,26:          NAME           'w'\n1,27-1,30:          OP             '//='\n1,31-1,32:          NUMBER         '4'\n1,32-1,33:          OP             ';'\n1,34-1,35:          NAME           'v'\n1,36-1,39:          OP             '>>='\n1,40-1,41:          NUMBER         '5'\n1,41-1,42:          OP             ';'\n1,43-1,44:          NAME           'u'\n1,45-1,48:          OP             '<<='\n1,49-1,50:          NUMBER         '6'\n1,50-1,51:          OP             ';'\n1,52-1,53:          NAME           't'\n1,54-1,56:          OP             '@='\n1,57-1,58:          NUMBER         '7'\nNEWLINE\nENDMARKER"},
            {"a != b <= c >= d == e < f > g\n",
                    "1,0-1,1:            NAME           'a'\n1,2-1,4:            OP             '!='\n1,5-1,6:            NAME           'b'\n1,7-1,9:            OP             '<='\n1,10-1,11:          NAME           'c'\n1,12-1,14:          OP             '>='\n1,15-1,16:          NAME           'd'\n1,17-1,19:          OP             '=='\n1,20-1,21:          NAME           'e'\n1,22-1,23:          OP             '<'\n1,24-1,25:          NAME           'f'\n1,26-1,27:          OP             '>'\n1,28-1,29:          NAME           'g'\nNEWLINE\nENDMARKER"},
            {"f(*a, **k) -> x := y ... ~z | w & v ^ u % t\n",
                    "1,0-1,1:            NAME           'f'\n1,1-1,2:            OP             '('\n1,2-1,3:            OP             '*'\n1,3-1,4:            NAME           'a'\n1,4-1,5:            OP             ','\n1,6-1,8:            OP             '**'\n1,8-1,9:            NAME           'k'\n1,9-1,10:           OP             ')'\n1,11-1,13:          OP             '->'\n1,14-1,15:          NAME           'x'\n1,16-1,18:          OP             ':='\n1,19-1,20:          NAME           'y'\n1,21-1,24:          OP             '...'\n1,25-1,26:          OP             '~'\n1,26-1,27:          NAME           'z'\n1,28-1,29:          OP             '|'\n1,30-1,31:          NAME           'w'\n1,32-1,33:          OP             '&'\n1,34-1,35:          NAME           'v'\n1,36-1,37:          OP             '^'\n1,38-1,39:          NAME           'u'\n1,40-1,41:          OP             '%'\n1,42-1,43:          NAME           't'\nNEWLINE\nENDMARKER"},
            {"x = 'a' \"b\" '''c''' \"\"\"d\ne\"\"\"\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,7:            STRING         \"'a'\"\n1,8-1,11:           STRING         '\"b\"'\n1,12-1,19:          STRING         \"'''c'''\"\n1,20-2,4:           STRING         '\"\"\"d\\ne\"\"\"'\nNEWLINE\nENDMARKER"},
            {"x = b'a' rb'b' Rb'c' bR'd' BR'e' br'f' u'g' U'h' r'i' R'j'\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,8:            STRING         \"b'a'\"\n1,9-1,14:           STRING         \"rb'b'\"\n1,15-1,20:          STRING         \"Rb'c'\"\n1,21-1,26:          STRING         \"bR'd'\"\n1,27-1,32:          STRING         \"BR'e'\"\n1,33-1,38:          STRING         \"br'f'\"\n1,39-1,43:          STRING         \"u'g'\"\n1,44-1,48:          STRING         \"U'h'\"\n1,49-1,53:          STRING         \"r'i'\"\n1,54-1,58:          STRING         \"R'j'\"\nNEWLINE\nENDMARKER"},
            {"x = f'a{b}c' rf'd' fR'e' Rf'{f}' F'g' FR'h'\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,12:           STRING         \"f'a{b}c'\"\n1,13-1,18:          STRING         \"rf'd'\"\n1,19-1,24:          STRING         \"fR'e'\"\n1,25-1,32:          STRING         \"Rf'{f}'\"\n1,33-1,37:          STRING         \"F'g'\"\n1,38-1,43:          STRING         \"FR'h'\"\nNEWLINE\nENDMARKER"},
            {"x = 'a\\'b' \"c\\\"d\" 'e\\\\'\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,10:           STRING         \"'a\\\\'b'\"\n1,11-1,17:          STRING         '\"c\\\\\"d\"'\n1,18-1,23:          STRING         \"'e\\\\\\\\'\"\nNEWLINE\nENDMARKER"},
            {"x = 'a\\\nb'\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-2,2:            STRING         \"'a\\\\\\nb'\"\nNEWLINE\nENDMARKER"},
            {"x = 0 1 00 0x1F 0XaB 0o17 0O7 0b101 0B1 1_000 0x_f 0o_7 0b_1\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '0'\n1,6-1,7:            NUMBER         '1'\n1,8-1,10:           NUMBER         '00'\n1,11-1,15:          NUMBER         '0x1F'\n1,16-1,20:          NUMBER         '0XaB'\n1,21-1,25:          NUMBER         '0o17'\n1,26-1,29:          NUMBER         '0O7'\n1,30-1,35:          NUMBER         '0b101'\n1,36-1,39:          NUMBER         '0B1'\n1,40-1,45:          NUMBER         '1_000'\n1,46-1,50:          NUMBER         '0x_f'\n1,51-1,55:          NUMBER         '0o_7'\n1,56-1,60:          NUMBER         '0b_1'\nNEWLINE\nENDMARKER"},
            {"x = 1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1 0.0 00.5 0e0\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,7:            NUMBER         '1.5'\n1,8-1,10:           NUMBER         '.5'\n1,11-1,13:          NUMBER         '5.'\n1,14-1,18:          NUMBER         '1e10'\n1,19-1,23:          NUMBER         '1E-5'\n1,24-1,30:          NUMBER         '1.5e+3'\n1,31-1,38:          NUMBER         '1_0.0_1'\n1,39-1,42:          NUMBER         '0.0'\n1,43-1,47:          NUMBER         '00.5'\n1,48-1,51:          NUMBER         '0e0'\nNEWLINE\nENDMARKER"},
            {"x = 1j 1.5J 1e3j .5j 0j 00j\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,6:            NUMBER         '1j'\n1,7-1,11:           NUMBER         '1.5J'\n1,12-1,16:          NUMBER         '1e3j'\n1,17-1,20:          NUMBER         '.5j'\n1,21-1,23:          NUMBER         '0j'\n1,24-1,27:          NUMBER         '00j'\nNEWLINE\nENDMARKER"},
            {"x = 1if 1else 2\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '1'\n1,5-1,7:            NAME           'if'\n1,8-1,9:            NUMBER         '1'\n1,9-1,13:           NAME           'else'\n1,14-1,15:          NUMBER         '2'\nNEWLINE\nENDMARKER"},
            {"é = ℌ + x\n",
                    "1,0-1,1:            NAME           'é'\n1,2-1,3:            OP             '='\n1,4-1,5:            NAME           'ℌ'\n1,6-1,7:            OP             '+'\n1,8-1,9:            NAME           'x'\nNEWLINE\nENDMARKER"},
            {"match x:\n    case _:\n        pass\n",
                    "1,0-1,5:            NAME           'match'\n1,6-1,7:            NAME           'x'\n1,7-1,8:            OP             ':'\nNEWLINE\nINDENT\n2,4-2,8:            NAME           'case'\n2,9-2,10:           NAME           '_'\n2,10-2,11:          OP             ':'\nNEWLINE\nINDENT\n3,8-3,12:           NAME           'pass'\nNEWLINE\nDEDENT\nDEDENT\nENDMARKER"},
            {"async def f():\n    await x\n",
                    "1,0-1,5:            NAME           'async'\n1,6-1,9:            NAME           'def'\n1,10-1,11:          NAME           'f'\n1,11-1,12:          OP             '('\n1,12-1,13:          OP             ')'\n1,13-1,14:          OP             ':'\nNEWLINE\nINDENT\n2,4-2,9:            NAME           'await'\n2,10-2,11:          NAME           'x'\nNEWLINE\nDEDENT\nENDMARKER"},
            {"x = None or True and not False\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,8:            NAME           'None'\n1,9-1,11:           NAME           'or'\n1,12-1,16:          NAME           'True'\n1,17-1,20:          NAME           'and'\n1,21-1,24:          NAME           'not'\n1,25-1,30:          NAME           'False'\nNEWLINE\nENDMARKER"},
            {"@dec\ndef f(): pass\n",
                    "1,0-1,1:            OP             '@'\n1,1-1,4:            NAME           'dec'\nNEWLINE\n2,0-2,3:            NAME           'def'\n2,4-2,5:            NAME           'f'\n2,5-2,6:            OP             '('\n2,6-2,7:            OP             ')'\n2,7-2,8:            OP             ':'\n2,9-2,13:           NAME           'pass'\nNEWLINE\nENDMARKER"},
            {"if x:\n  a\n  if y:\n      b\n  c\n",
                    "1,0-1,2:            NAME           'if'\n1,3-1,4:            NAME           'x'\n1,4-1,5:            OP             ':'\nNEWLINE\nINDENT\n2,2-2,3:            NAME           'a'\nNEWLINE\n3,2-3,4:            NAME           'if'\n3,5-3,6:            NAME           'y'\n3,6-3,7:            OP             ':'\nNEWLINE\nINDENT\n4,6-4,7:            NAME           'b'\nNEWLINE\nDEDENT\n5,2-5,3:            NAME           'c'\nNEWLINE\nDEDENT\nENDMARKER"},
            {"x = {'a': [1, (2, 3)]}\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            OP             '{'\n1,5-1,8:            STRING         \"'a'\"\n1,8-1,9:            OP             ':'\n1,10-1,11:          OP             '['\n1,11-1,12:          NUMBER         '1'\n1,12-1,13:          OP             ','\n1,14-1,15:          OP             '('\n1,15-1,16:          NUMBER         '2'\n1,16-1,17:          OP             ','\n1,18-1,19:          NUMBER         '3'\n1,19-1,20:          OP             ')'\n1,20-1,21:          OP             ']'\n1,21-1,22:          OP             '}'\nNEWLINE\nENDMARKER"},
            {"print(f'{x!r:>{w}}')\n",
                    "1,0-1,5:            NAME           'print'\n1,5-1,6:            OP             '('\n1,6-1,19:           STRING         \"f'{x!r:>{w}}'\"\n1,19-1,20:          OP             ')'\nNEWLINE\nENDMARKER"},
            {"x\f= 1\n",
                    "1,0-1,1:            NAME           'x'\n1,2-1,3:            OP             '='\n1,4-1,5:            NUMBER         '1'\nNEWLINE\nENDMARKER"},
            {"if x:\n \f pass\n",
                    "1,0-1,2:            NAME           'if'\n1,3-1,4:            NAME           'x'\n1,4-1,5:            OP             ':'\nNEWLINE\nINDENT\n2,3-2,7:            NAME           'pass'\nNEWLINE\nDEDENT\nENDMARKER"}
    };

    private static final String[][] NUMBERS = {
            {"0", "0"},
            {"7", "7"},
            {"1_000_000", "1000000"},
            {"0x_FF", "255"},
            {"0XDEADBEEF", "3735928559"},
            {"0o755", "493"},
            {"0b1010_1010", "170"},
            {"9223372036854775807", "9223372036854775807"},
            {"9223372036854775808", "9223372036854775808"},
            {"123456789012345678901234567890", "123456789012345678901234567890"},
            {"0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695"},
            {"1.5", "1.5"},
            {"1e10", "10000000000.0"},
            {"1E-5", "1e-05"},
            {"1.5e+300", "1.5e+300"},
            {"1e400", "inf"},
            {".5", "0.5"},
            {"5.", "5.0"},
            {"0.1", "0.1"},
            {"1_0.0_1e1_0", "100100000000.0"},
            {"2.5e-310", "2.5e-310"},
            {"123456789012345678.0", "1.2345678901234568e+17"},
            {"1e16", "1e+16"},
            {"1e15", "1000000000000000.0"},
            {"0.000123", "0.000123"},
            {"1j", "1j"},
            {"1.5J", "1.5j"},
            {"1e3j", "1000j"},
            {"0j", "0j"},
            {"1e400j", "infj"},
            {"0e0", "0.0"},
            {"00", "0"},
            {"0_0", "0"},
            {"000.5", "0.5"}
    };
}

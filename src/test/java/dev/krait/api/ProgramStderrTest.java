package dev.krait.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whole-stderr checks of programs run as {@code __main__}, for what the golden files cannot show (they keep
 * only the last stderr line): SyntaxWarnings printed before the program runs, and traceback underlining.
 * The expected texts are CPython 3.11's.
 */
class ProgramStderrTest {
    private record Run(String out, String err, int status) {}

    private static Run run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Krait py = Krait.create(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        int status = py.runMain("prog.py", source, List.of("prog.py"));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @Test
    void syntaxWarningsComeBeforeTheProgramRunsWithTheirSourceLine() {
        Run r = run("x = 1\nif x is 1:\n    print(\"one\")\nwhile x is not 1:\n    pass\n");
        assertEquals("one\n", r.out());
        assertEquals("prog.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
                + "  if x is 1:\n"
                + "prog.py:4: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n"
                + "  while x is not 1:\n"
                + "prog.py:4: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n"
                + "  while x is not 1:\n", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void failedAssertOfACallIsNotUnderlined() {
        Run r = run("def ok(v):\n    return v > 5\n\nassert ok(3), \"too small\"\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 4, in <module>\n"
                + "    assert ok(3), \"too small\"\n"
                + "AssertionError: too small\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void failedAssertUnderlinesItsLastComparison() {
        Run r = run("v = 3\nassert v > 5 and v, \"too small\"\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 2, in <module>\n"
                + "    assert v > 5 and v, \"too small\"\n"
                + "           ^^^^^\n"
                + "AssertionError: too small\n", r.err());
    }

    @Test
    void codeRunByExecHasNoSourceLinesInTracebacks() {
        Run r = run("def f():\n    exec(\"x = 1\\ny = x / 0\")\nf()\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 3, in <module>\n"
                + "    f()\n"
                + "  File \"prog.py\", line 2, in f\n"
                + "    exec(\"x = 1\\ny = x / 0\")\n"
                + "  File \"<string>\", line 2, in <module>\n"
                + "ZeroDivisionError: division by zero\n", r.err());
    }

    @Test
    void evalOfAnUnterminatedLineShowsNoCaretAtItsEnd() {
        // Mode "eval" has no implied final newline: CPython's error is at the ENDMARKER, which has no column.
        Run r = run("eval(\"1 +\")\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 1, in <module>\n"
                + "    eval(\"1 +\")\n"
                + "  File \"<string>\", line 1\n"
                + "    1 +\n"
                + "SyntaxError: invalid syntax\n", r.err());
    }

    @Test
    void unboundNameInAugmentedAssignmentIsUnderlinedAlone() {
        Run r = run("def f():\n    total += 1\nf()\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 3, in <module>\n"
                + "    f()\n"
                + "  File \"prog.py\", line 2, in f\n"
                + "    total += 1\n"
                + "    ^^^^^\n"
                + "UnboundLocalError: cannot access local variable 'total' where it is not associated with a value\n",
                r.err());
    }

    @Test
    void uncaughtKeyboardInterruptExitsAsIfBySigint() {
        Run r = run("raise KeyboardInterrupt\n");
        assertEquals(130, r.status());
    }

    @Test
    void methodChainSplitOverLinesReportsTheLineOfTheFailingCall() {
        Run r = run("def build(q):\n    return (q\n            .strip()\n            .nope())\nbuild(' a ')\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 5, in <module>\n"
                + "    build(' a ')\n"
                + "  File \"prog.py\", line 4, in build\n"
                + "    .nope())\n"
                + "     ^^^^\n"
                + "AttributeError: 'str' object has no attribute 'nope'\n", r.err());
    }

    @Test
    void callAfterALineBreakIsUnderlinedFromTheMethodName() {
        Run r = run("def f(a):\n    return a\nx = [1].count(\n    0\n).bit_length(1, 2)\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 5, in <module>\n"
                + "    ).bit_length(1, 2)\n"
                + "      ^^^^^^^^^^^^^^^^\n"
                + "TypeError: int.bit_length() takes no arguments (2 given)\n", r.err());
    }

    @Test
    void bareRaiseOfAWrappedExceptionShowsTheGroupWithoutATraceback() {
        Run r = run("def f():\n    raise ValueError('x')\ntry:\n    f()\nexcept* ValueError:\n    raise\n");
        assertEquals("  | ExceptionGroup:  (1 sub-exception)\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | Traceback (most recent call last):\n"
                + "    |   File \"prog.py\", line 4, in <module>\n"
                + "    |     f()\n"
                + "    |   File \"prog.py\", line 2, in f\n"
                + "    |     raise ValueError('x')\n"
                + "    | ValueError: x\n"
                + "    +------------------------------------\n", r.err());
    }

    @Test
    void matchPatternErrorsPointWhereCPythonsCompilerStands() {
        assertEquals("  File \"prog.py\", line 2\n"
                + "    case [x, (x)]:\n"
                + "              ^\n"
                + "SyntaxError: multiple assignments to name 'x' in pattern\n",
                run("match 1:\n    case [x, (x)]:\n        pass\n").err());
        assertEquals("  File \"prog.py\", line 2\n"
                + "    case A(x=1, x=2):\n"
                + "                  ^\n"
                + "SyntaxError: attribute name repeated in class pattern: x\n",
                run("match 1:\n    case A(x=1, x=2):\n        pass\n").err());
        assertEquals("  File \"prog.py\", line 2\n"
                + "    case A(x, y) | B(x, y, z):\n"
                + "                           ^\n"
                + "SyntaxError: alternative patterns bind different names\n",
                run("match 1:\n    case A(x, y) | B(x, y, z):\n        pass\n").err());
        assertEquals("  File \"prog.py\", line 2\n"
                + "    case {\"a\": 1, \"a\": 2}: pass\n"
                + "         ^^^^^^^^^^^^^^^^\n"
                + "SyntaxError: mapping pattern checks duplicate key ('a')\n",
                run("match 1:\n    case {\"a\": 1, \"a\": 2}: pass\n").err());
        assertEquals("  File \"prog.py\", line 2\n"
                + "    case (a | b) | c:\n"
                + "          ^\n"
                + "SyntaxError: name capture 'a' makes remaining patterns unreachable\n",
                run("match 1:\n    case (a | b) | c:\n        pass\n").err());
    }

    @Test
    void numberRunIntoAKeywordIsATokenizerWarning() {
        Run r = run("x = 1if 1 else 0x2\nprint(x, [0b1for _ in 'a'], f\"{3or 4}\")\n");
        assertEquals("1 [1] 3\n", r.out());
        assertEquals("prog.py:1: SyntaxWarning: invalid decimal literal\n"
                + "  x = 1if 1 else 0x2\n"
                + "prog.py:2: SyntaxWarning: invalid binary literal\n"
                + "  print(x, [0b1for _ in 'a'], f\"{3or 4}\")\n"
                + "prog.py:2: SyntaxWarning: invalid decimal literal\n"
                + "  print(x, [0b1for _ in 'a'], f\"{3or 4}\")\n", r.err());
    }

    @Test
    void parenthesizedOperandsKeepTheirParenthesesUnderTheTildes() {
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 2, in <module>\n"
                + "    total = (price + 1) - \"qty\"\n"
                + "            ~~~~~~~~~~~~^~~~~~~\n"
                + "TypeError: unsupported operand type(s) for -: 'int' and 'str'\n",
                run("price = 1\ntotal = (price + 1) - \"qty\"\n").err());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 2, in <module>\n"
                + "    x = (a)[ 0 ]\n"
                + "        ~~~^^^^^\n"
                + "IndexError: list index out of range\n",
                run("a = []\nx = (a)[ 0 ]\n").err());
    }

    @Test
    void anItemOfAConstantIsFoldedBeforeTheLiteralChecks() {
        Run r = run("x = 5\nprint(x is \"ab\"[0])\ntry:\n    (1, 2)[0](3)\nexcept TypeError as e:\n    print(e)\n");
        assertEquals("False\n'int' object is not callable\n", r.out());
        assertEquals("prog.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
                + "  print(x is \"ab\"[0])\n"
                + "prog.py:4: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?\n"
                + "  (1, 2)[0](3)\n", r.err());
    }

    /** Object addresses (0x7f...) made comparable. */
    private static String withoutAddresses(String text) {
        return text.replaceAll("0x[0-9a-f]+", "0x...");
    }

    @Test
    void errorsOfCleanUpAreUnraisableAndQuoteNoSourceAtExit() {
        Run r = run("def gen():\n    try:\n        yield 1\n    finally:\n        raise KeyError('in finally')\n\n"
                + "for v in gen():\n    break\n\nclass Bad:\n    def __del__(self):\n        raise ValueError('in del')\n\n"
                + "bad = Bad()\nprint('end')\n");
        assertEquals("end\n", r.out());
        assertEquals("Exception ignored in: <generator object gen at 0x...>\n"
                + "Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 5, in gen\n"
                + "    raise KeyError('in finally')\n"
                + "KeyError: 'in finally'\n"
                + "Exception ignored in: <function Bad.__del__ at 0x...>\n"
                + "Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 12, in __del__\n"
                + "ValueError: in del\n", withoutAddresses(r.err()));
        assertEquals(0, r.status());
    }
}

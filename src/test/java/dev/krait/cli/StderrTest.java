package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole stderr of programs run as {@code krait prog.py}, which the golden programs check only by its last line:
 * tracebacks and SyntaxError displays, byte for byte as CPython 3.11 printed them ({@code {file}} stands for the
 * program's absolute path).
 */
class StderrTest {
    @TempDir
    Path dir;

    @Test
    void coroutinesNeverAwaitedAreWarnedAboutWhereDroppedAndAtExit() throws IOException {
        assertStderr("async def work(n):\n    return n\n\nfor i in range(3):\n    work(i)\n"
                + "def g():\n    c = work(1)\n\ng()\nkept = work(2)\n", """
                {file}:5: RuntimeWarning: coroutine 'work' was never awaited
                  work(i)
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                {file}:9: RuntimeWarning: coroutine 'work' was never awaited
                  g()
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                sys:1: RuntimeWarning: coroutine 'work' was never awaited
                """);
    }

    @Test
    void exceptionInDelIsPrintedAsUnraisableWhenDropped() throws IOException {
        assertStderr("class Bad:\n    def __del__(self):\n        raise ValueError('oops')\n\nb = Bad()\ndel b\n"
                + "print('after', flush=True)\n", """
                Exception ignored in: <function Bad.__del__ at ADDRESS>
                Traceback (most recent call last):
                  File "{file}", line 3, in __del__
                    raise ValueError('oops')
                ValueError: oops
                """);
    }

    @Test
    void syntaxErrorAtEndOfProgramFileHasNoCaret() throws IOException {
        assertStderr("try:\n    pass\n", """
                  File "{file}", line 2
                    pass
                SyntaxError: expected 'except' or 'finally' block
                """);
    }

    @Test
    void syntaxErrorCaretsStopPastTheEndOfTheLine() throws IOException {
        assertStderr("raise SyntaxError('msg', ('f.py', 1, 5, '    abc def\\n', 1, 20))\n", """
                Traceback (most recent call last):
                  File "{file}", line 1, in <module>
                    raise SyntaxError('msg', ('f.py', 1, 5, '    abc def\\n', 1, 20))
                  File "f.py", line 1
                    abc def
                    ^^^^^^^^
                SyntaxError: msg
                """);
    }

    @Test
    void failedImportStatementHasNoCarets() throws IOException {
        assertStderr("import sys\nimport nonexistent_module_xyz\n", """
                Traceback (most recent call last):
                  File "{file}", line 2, in <module>
                    import nonexistent_module_xyz
                ModuleNotFoundError: No module named 'nonexistent_module_xyz'
                """);
    }

    @Test
    void classStatementTakesNoBareGenerator() throws IOException {
        assertStderr("class C(x for x in y): pass\n", """
                  File "{file}", line 1
                    class C(x for x in y): pass
                              ^^^
                SyntaxError: invalid syntax
                """);
    }

    @Test
    void codeCompiledFromAStringQuotesNoSource() throws IOException {
        assertStderr("exec('x = 1\\n1/0')\n", """
                Traceback (most recent call last):
                  File "{file}", line 1, in <module>
                    exec('x = 1\\n1/0')
                  File "<string>", line 2, in <module>
                ZeroDivisionError: division by zero
                """);
    }

    @Test
    void syntaxWarningsPrecedeTheRun() throws IOException {
        assertStderr("x = 5\nif x is 5:\n    assert (x, 'positive')\nprint(x is not ())\nexec('x is 1')\n"
                + "assert x is None\n", """
                {file}:2: SyntaxWarning: "is" with a literal. Did you mean "=="?
                  if x is 5:
                {file}:3: SyntaxWarning: assertion is always true, perhaps remove parentheses?
                  assert (x, 'positive')
                {file}:4: SyntaxWarning: "is not" with a literal. Did you mean "!="?
                  print(x is not ())
                <string>:1: SyntaxWarning: "is" with a literal. Did you mean "=="?
                Traceback (most recent call last):
                  File "{file}", line 6, in <module>
                    assert x is None
                           ^^^^^^^^^
                AssertionError
                """);
    }

    @Test
    void deprecationWarningsShowOncePerLineForMainCode() throws IOException {
        assertStderr("class F:\n    def __float__(self):\n        return Sub(1.0)\nclass Sub(float):\n    pass\n"
                + "for i in range(3):\n    float(F())\nprint(bool(NotImplemented))\n", """
                {file}:7: DeprecationWarning: F.__float__ returned non-float (type Sub).  The ability to return an \
                instance of a strict subclass of float is deprecated, and may be removed in a future version of \
                Python.
                  float(F())
                {file}:8: DeprecationWarning: NotImplemented should not be used in a boolean context
                  print(bool(NotImplemented))
                """);
    }

    @Test
    void failingExceptHookShowsBothTracebacks() throws IOException {
        assertStderr("import sys\ndef hook(t, v, tb):\n    raise RuntimeError('hook broke')\nsys.excepthook = hook\n"
                + "raise ValueError('boom')\n", """
                Error in sys.excepthook:
                Traceback (most recent call last):
                  File "{file}", line 3, in hook
                    raise RuntimeError('hook broke')
                RuntimeError: hook broke

                Original exception was:
                Traceback (most recent call last):
                  File "{file}", line 5, in <module>
                    raise ValueError('boom')
                ValueError: boom
                """);
    }

    @Test
    void sourceLinesKeepTheirTrailingBlanksWhichCountAgainstTheCarets() throws IOException {
        // "\s" keeps the text block's trailing blanks: CPython shows them, so the carets no longer span the line.
        assertStderr("def f(*a): raise ValueError\nif 1:\n\t f(1,  \n   2)\n", """
                Traceback (most recent call last):
                  File "{file}", line 3, in <module>
                    f(1, \s
                    ^^^^
                  File "{file}", line 1, in f
                    def f(*a): raise ValueError
                               ^^^^^^^^^^^^^^^^
                ValueError
                """);
    }

    @Test
    void caretsTakeTwoColumnsUnderWideCharacters() throws IOException {
        assertStderr("d = {\"日本\": None}\nx = d[\"日本\"].attr + 1\n", """
                Traceback (most recent call last):
                  File "{file}", line 2, in <module>
                    x = d["日本"].attr + 1
                        ^^^^^^^^^^^^^^
                AttributeError: 'NoneType' object has no attribute 'attr'
                """);
    }

    @Test
    void parserErrorsInAProgramFileCountColumnsInBytes() throws IOException {
        // CPython's own quirk: the offset is in UTF-8 bytes, the caret line counts characters.
        assertStderr("x = \"日本\" + $\n", """
                  File "{file}", line 1
                    x = "日本" + $
                                   ^
                SyntaxError: invalid syntax
                """);
    }

    @Test
    void notesMayBeAnySequenceAndAnythingElseShowsItsReprUnterminated() throws IOException {
        assertStderr("""
                class N(Exception): pass
                try:
                    raise N("x")
                except N as e:
                    e.__notes__ = ("tuple note", "ab")
                    f = KeyError("k")
                    f.__notes__ = 42
                    raise ExceptionGroup("g", [e, f])
                """, """
                Traceback (most recent call last):
                  File "{file}", line 3, in <module>
                    raise N("x")
                N: x
                tuple note
                ab

                During handling of the above exception, another exception occurred:

                  + Exception Group Traceback (most recent call last):
                  |   File "{file}", line 8, in <module>
                  |     raise ExceptionGroup("g", [e, f])
                  | ExceptionGroup: g (2 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | Traceback (most recent call last):
                    |   File "{file}", line 3, in <module>
                    |     raise N("x")
                    | N: x
                    | tuple note
                    | ab
                    +---------------- 2 ----------------
                    | KeyError: 'k'
                    | 42    +------------------------------------
                """);
    }

    private void assertStderr(String program, String expected) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, program, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        String filename = file.toAbsolutePath().normalize().toString();
        assertEquals(expected.replace("{file}", filename),
                err.toString(StandardCharsets.UTF_8).replaceAll(" at 0x[0-9a-f]+>", " at ADDRESS>"));
    }
}

package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Deeply nested input ends in a SyntaxError, never in a StackOverflowError, on a thread with the JVM's default
 * 1 MB stack. Bracket nesting up to CPython's 200 levels parses, beyond it gets CPython's tokenizer error
 * (expected values from CPython 3.11.7); nesting deeper than Krait's budget gets its SyntaxError "too complex".
 */
class NestingTest {
    private static final long SMALL_STACK = 1024 * 1024;

    /** Parses {@code source} on a thread with a 1 MB stack; returns the SyntaxError, or null if it parsed. */
    private static SyntaxError parseOnSmallStack(String source) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Parser.parseModule(source, "<test>");
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        Throwable e = thrown.get();
        if (e == null) return null;
        if (e instanceof SyntaxError s) return s;
        throw new AssertionError("not a SyntaxError", e);
    }

    private static void assertTooComplex(String source) throws InterruptedException {
        SyntaxError e = parseOnSmallStack(source);
        assertNotNull(e);
        assertEquals("too complex", e.msg);
    }

    @Test
    void hundredThousandParentheses() throws InterruptedException {
        SyntaxError e = parseOnSmallStack("(".repeat(100_000));
        assertNotNull(e);
        assertEquals("too many nested parentheses|1|201|1|201",
                e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset);
    }

    @Test
    void tooManyBracketsWinsOverAnEarlierParserError() throws InterruptedException {
        SyntaxError e = parseOnSmallStack("x = {".repeat(300));
        assertNotNull(e);
        assertEquals("too many nested parentheses|1|1005", e.msg + "|" + e.lineno + "|" + e.offset);
        e = parseOnSmallStack("f(".repeat(250));
        assertNotNull(e);
        assertEquals("too many nested parentheses|1|402", e.msg + "|" + e.lineno + "|" + e.offset);
    }

    @Test
    void longChainsOfPrefixOperators() throws InterruptedException {
        assertTooComplex("-".repeat(10_000) + "1");
        assertTooComplex("not ".repeat(10_000) + "x");
        assertTooComplex("x" + "**x".repeat(10_000));
        assertTooComplex("lambda: ".repeat(10_000) + "1");
        assertTooComplex("a if b else ".repeat(10_000) + "c");
    }

    @Test
    void deepMixturesWithinTheBracketLimit() throws InterruptedException {
        assertTooComplex("[-(".repeat(90) + "-".repeat(800) + "x" + ")]".repeat(90));
        assertTooComplex("a if (".repeat(180) + "not ".repeat(800) + "b" + ") else c".repeat(180));
    }

    @Test
    void cpythonsBracketLimitParsesWithOperatorsInside() throws InterruptedException {
        for (String[] level : new String[][] {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"x[", "]"},
                {"[1, ", "]"}, {"{1: ", "}"}, {"-(", ")"}, {"1 + (", ")"}, {"a if (", ") else c"}}) {
            assertNull(parseOnSmallStack(level[0].repeat(200) + "x" + level[1].repeat(200)), level[0]);
        }
        assertNull(parseOnSmallStack("[-(".repeat(100) + "x" + ")]".repeat(100)));
        assertNull(parseOnSmallStack("f(a[{1: (".repeat(50) + "x" + ")}])".repeat(50)));
        assertNull(parseOnSmallStack("(".repeat(200) + "-".repeat(300) + "x" + ")".repeat(200)));
    }

    @Test
    void reasonableNestingParses() throws InterruptedException {
        assertNull(parseOnSmallStack("(".repeat(100) + "x" + ")".repeat(100)));
        assertNull(parseOnSmallStack("[".repeat(100) + "]".repeat(100)));
        assertNull(parseOnSmallStack("[-(".repeat(50) + "x" + ")]".repeat(50)));
        assertNull(parseOnSmallStack("-".repeat(1000) + "1"));
        assertNull(parseOnSmallStack("not ".repeat(1000) + "x"));
        assertNull(parseOnSmallStack("lambda: ".repeat(1000) + "x"));
        assertNull(parseOnSmallStack("x" + " + x".repeat(100_000)));
        assertNull(parseOnSmallStack("x" + ".a[b](c)".repeat(10_000)));
        assertNull(parseOnSmallStack("if x:\n    pass\n" + "elif x:\n    pass\n".repeat(10_000)));
    }

    @Test
    void deepIndentation() throws InterruptedException {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 100; i++) source.append(" ".repeat(i)).append("if x:\n");
        source.append(" ".repeat(100)).append("pass\n");
        SyntaxError e = parseOnSmallStack(source.toString());
        assertNotNull(e);
        assertEquals("IndentationError|too many levels of indentation|101", e.type + "|" + e.msg + "|" + e.lineno);
    }
}

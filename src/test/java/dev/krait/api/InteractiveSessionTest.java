package dev.krait.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The interactive session behind {@code krait} on a terminal, fed line by line: what it prints, and when it asks
 * for more lines. The expected transcripts are what python3's prompt printed for the same lines.
 */
class InteractiveSessionTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final InteractiveSession session =
            Krait.create(stream, stream, new ByteArrayInputStream(new byte[0])).interactive();

    /**
     * Feeds the lines; returns, for each line, "+" if the session then wanted more and "." if not, and the output
     * they made.
     */
    private String feed(String... lines) {
        output.reset();
        StringBuilder more = new StringBuilder();
        for (String line : lines) {
            more.append(session.push(line) ? '+' : '.');
        }
        return more + "\n" + output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expressionsShowTheirValues() {
        assertEquals("....\n42\n43\n'abc'\n", feed("x = 6", "x * 7", "_ + 1", "'abc'"));
    }

    @Test
    void blocksEndAtABlankLine() {
        assertEquals("++.\nyes\n", feed("if True:", "    print('yes')", ""));
        assertEquals("+++.\n0\n1\n", feed("for i in range(2):", "    i", "    # comment", ""));
        assertEquals("++..\n5\n", feed("def f():", "    return 5", "", "f()"));
    }

    @Test
    void openBracketsContinue() {
        assertEquals("+.\n(1, 2)\n", feed("(1,", " 2)"));
    }

    @Test
    void errorsArePrintedAndTheSessionGoesOn() {
        assertEquals("...\n"
                + "Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n"
                + "  File \"<stdin>\", line 1\n"
                + "    1 +\n"
                + "       ^\n"
                + "SyntaxError: invalid syntax\n"
                + "2\n", feed("1/0", "1 +", "1 + 1"));
    }

    @Test
    void promptsComeFromSys() {
        assertEquals(">>> ", session.prompt());
        session.push("if True:");
        assertEquals("... ", session.prompt());
        session.push("    import sys; sys.ps1 = 'py> '");
        session.push("");
        assertEquals("py> ", session.prompt());
    }

    @Test
    void systemExitEndsTheSession() {
        assertNull(session.exitStatus());
        session.push("exit(3)");
        assertEquals(3, session.exitStatus());
    }
}

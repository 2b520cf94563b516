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
 * Where the command line takes the program from besides a file: stdin (no program argument, or "-") and a module
 * found by name ({@code -m}). Expected outputs are those of python3 for the same command lines.
 */
class ProgramSourcesTest {
    @TempDir
    Path dir;

    @Test
    void programFromStdin() {
        assertEquals("<stdin> ['']\n", runInProcess("import sys\nprint(__file__, sys.argv)\n"));
    }

    @Test
    void programFromStdinWithDashAndArguments() {
        assertEquals("['-', 'a', 'b']\n", runInProcess("import sys\nprint(sys.argv)\n", "-", "a", "b"));
    }

    @Test
    void stdinProgramTracebackQuotesNoSource() {
        assertEquals("""
                Traceback (most recent call last):
                  File "<stdin>", line 2, in <module>
                ZeroDivisionError: division by zero
                """, runInProcess("x = 1\n1 / 0\n"));
    }

    @Test
    void moduleByNameRunsAsMain() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "import sys\nprint(__name__, sys.argv[1:])\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg").resolve("__main__.py"), "print('package', __name__)\n");
        assertEquals("__main__ ['x', 'y']\n", runInDirectory("-m", "mod", "x", "y"));
        assertEquals("package __main__\n", runInDirectory("-m", "pkg"));
        assertEquals("krait: No module named missing\n", runInDirectory("-m", "missing"));
    }

    /** Runs the command line in this JVM with {@code stdin} as standard input; returns stdout and stderr. */
    private static String runInProcess(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs the command line in a new JVM whose current directory is the test's; returns stdout and stderr. */
    private String runInDirectory(String... args) throws IOException, InterruptedException {
        Process p = KraitProcess.builder(dir, args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }
}

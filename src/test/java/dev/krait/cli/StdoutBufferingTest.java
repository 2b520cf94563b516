package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stdout of {@code krait prog.py} is buffered as CPython's is, which shows when stdout and stderr go to one pipe:
 * written at exit when piped, in time order with {@code -u} or {@code PYTHONUNBUFFERED} (the orders CPython 3.11
 * printed for this program); a closed pipe is an error, not a place to print into for ever.
 */
class StdoutBufferingTest {
    private static final String PROGRAM = """
            import sys
            print("a")
            print("b", file=sys.stderr)
            print("c", end="")
            sys.stderr.write("d\\n")
            """;

    @TempDir
    Path dir;

    @Test
    void pipedStdoutIsWrittenAtExit() throws Exception {
        assertEquals("b\nd\na\nc", run(null));
    }

    @Test
    void unbufferedVariableInterleavesWithStderr() throws Exception {
        assertEquals("a\nb\ncd\n", run("1", "prog.py"));
    }

    @Test
    void dashUInterleavesWithStderr() throws Exception {
        assertEquals("a\nb\ncd\n", run(null, "-u", "prog.py"));
    }

    /**
     * A program printing forever into a pipe whose reader has gone gets BrokenPipeError from print, as in CPython,
     * instead of printing into the closed pipe for ever.
     */
    @Test
    void printIntoClosedPipeRaisesBrokenPipeError() throws Exception {
        Files.writeString(dir.resolve("forever.py"), "i = 0\nwhile True:\n    print(i)\n    i += 1\n");
        ProcessBuilder pb = KraitProcess.builder(dir, "forever.py").redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        assertEquals('0', (char) p.getInputStream().read());
        p.getInputStream().close();
        assertEquals(true, p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "still running");
        assertEquals(1, p.exitValue());
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertEquals("BrokenPipeError: [Errno 32] Broken pipe", stderr.strip().lines().reduce((a, b) -> b).orElse(""));
    }

    /** Runs the program in a new JVM with stderr joined to stdout; {@code unbuffered} is PYTHONUNBUFFERED's value. */
    private String run(String unbuffered, String... args) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("prog.py"), PROGRAM);
        ProcessBuilder pb = KraitProcess.builder(dir, args.length == 0 ? new String[] {"prog.py"} : args)
                .redirectErrorStream(true);
        pb.environment().remove("PYTHONUNBUFFERED");
        if (unbuffered != null) {
            pb.environment().put("PYTHONUNBUFFERED", unbuffered);
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }
}

package dev.krait.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@link Krait#interrupt()} from another thread: KeyboardInterrupt in the running program at a loop back edge or
 * a call, which the program may catch; uncaught, it ends the program with status 130 (as Ctrl-C does).
 */
class InterruptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Krait krait = Krait.create(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));

    /** Runs {@code source}, interrupting it (and again, if it caught the first) until it ends. */
    private int runInterrupted(String source) throws Exception {
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                () -> krait.runMain("prog.py", source, List.of("prog.py")));
        while (!status.isDone()) {
            Thread.sleep(100);
            krait.interrupt();
        }
        return status.get(10, TimeUnit.SECONDS);
    }

    @Test
    void endlessLoopStops() throws Exception {
        assertEquals(130, runInterrupted("while True:\n    pass\n"));
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 1, in <module>
                    while True:
                KeyboardInterrupt
                """, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void callsWithoutLoopsStop() throws Exception {
        // 2**60 calls, 60 deep: no loop back edge, only calls.
        String source = "def f(n):\n    if n:\n        f(n - 1)\n        f(n - 1)\ntry:\n    f(60)\n"
                + "except KeyboardInterrupt:\n    print('caught')\n";
        assertEquals(0, runInterrupted(source));
        assertEquals("caught\n", out.toString(StandardCharsets.UTF_8));
    }
}

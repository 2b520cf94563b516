package dev.krait.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.krait.api.Krait;

/**
 * Several interpreters at once: each thread runs whole golden programs in contexts of its own, at the same time as
 * the others, and must print what CPython printed. Built-in types, code of the runtime and the quickened shapes of
 * the interpreter are shared by all; everything a program changes must not be.
 */
class ConcurrentContextsTest {
    private static final String[] PROGRAMS = {
        "tests/python/programs/bank_ledger.py", "tests/python/programs/game_of_life.py",
        "tests/python/programs/expr_eval.py", "tests/python/classes/instance_attribute_layouts.py",
        "tests/python/classes/operator_methods_in_loops.py", "tests/python/str/augmented_concat_locals.py",
        "tests/python/str/long_string_indexing.py", "tests/python/int/bitwise_in_loops.py",
    };

    @Test
    void programsRunSideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < PROGRAMS.length; i++) {
                            String rel = PROGRAMS[(i + offset) % PROGRAMS.length];
                            String expected = Files.readString(
                                    Path.of(rel.substring(0, rel.length() - 3) + ".expected"), StandardCharsets.UTF_8);
                            assertEquals(expected, GoldenTest.run(rel), rel);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A class one context derives from a built-in type is not among the subclasses another context sees. */
    @Test
    void classesOfOneContextAreNotSubclassesInAnother() {
        String program = "class Mine%s(dict): pass\n"
                + "print(sorted(c.__name__ for c in dict.__subclasses__() if c.__name__.startswith('Mine')))\n";
        assertEquals("['MineA']\n", runIn(program.formatted("A")));
        assertEquals("['MineB']\n", runIn(program.formatted("B")));
    }

    private static String runIn(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Krait.create(print, print, new ByteArrayInputStream(new byte[0])).runMain("prog.py", source, List.of());
        return out.toString(StandardCharsets.UTF_8);
    }
}

package dev.krait.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krait.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden program (tests/python/**.py and examples/**.py) through Krait in-process and compares its
 * "result text" (stdout, plus "[exit N] last stderr line" when it fails) with the .expected file CPython 3.11
 * produced (see tests/regen.py). Programs listed in tests/known_failures.txt are expected to fail until the
 * feature lands; one that starts passing fails the build, so the list only ever shrinks.
 */
class GoldenTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final long TIMEOUT_MILLIS = 60_000;

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        Map<String, String> known = knownFailures();
        List<Path> programs = new ArrayList<>();
        for (String dir : new String[] {"tests/python", "examples"}) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".py"))
                        .filter(p -> Files.exists(expectedFor(p)))
                        .sorted()
                        .forEach(programs::add);
            }
        }
        return programs.stream().map(p -> {
            String rel = ROOT.relativize(p).toString();
            return DynamicTest.dynamicTest(rel, () -> check(rel, known.containsKey(rel)));
        });
    }

    private static Path expectedFor(Path program) {
        String s = program.toString();
        return Path.of(s.substring(0, s.length() - 3) + ".expected");
    }

    private static void check(String rel, boolean knownFailure) throws Exception {
        String expected = Files.readString(expectedFor(ROOT.resolve(rel)), StandardCharsets.UTF_8);
        String actual = run(rel);
        if (knownFailure) {
            if (expected.equals(actual)) {
                fail(rel + " now passes: remove it from tests/known_failures.txt");
            }
            return;
        }
        assertEquals(expected, actual, rel);
    }

    /** Runs one program the way tests/regen.py runs it under CPython and builds the same result text. */
    static String run(String rel) throws Exception {
        Path stdinFile = ROOT.resolve(rel.substring(0, rel.length() - 3) + ".stdin");
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, false, StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(stdin);
        int[] status = {-1};
        Throwable[] crash = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                status[0] = Main.run(new String[] {rel}, out, err, in);
            } catch (Throwable e) {
                crash[0] = e;
            }
        }, "golden-" + rel, 1L << 29);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MILLIS);
        if (t.isAlive()) {
            t.interrupt();
            fail(rel + " did not finish within " + TIMEOUT_MILLIS / 1000 + " s");
        }
        if (crash[0] != null) {
            throw new AssertionError(rel + " crashed the interpreter", crash[0]);
        }
        out.flush();
        err.flush();
        String text = outBytes.toString(StandardCharsets.UTF_8);
        if (status[0] != 0) {
            if (!text.isEmpty() && !text.endsWith("\n")) {
                text += "\n";
            }
            List<String> lines = errBytes.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            text += "[exit " + status[0] + "] " + last + "\n";
        }
        return text;
    }

    /** tests/known_failures.txt: one program path per line, optionally followed by "# why". */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new HashMap<>();
        Path file = ROOT.resolve("tests/known_failures.txt");
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            entry = entry.strip();
            if (!entry.isEmpty()) {
                out.put(entry, line);
            }
        }
        return out;
    }
}

package dev.krait.golden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A developer's view of the golden corpus: runs the programs whose path contains any of the arguments (all when
 * none) and prints each failing one with the first lines that differ. Run with
 * {@code java -cp target/classes:target/test-classes dev.krait.golden.GoldenReport [filter...]}.
 */
public final class GoldenReport {
    private GoldenReport() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        List<Path> programs;
        try (Stream<Path> walk = Stream.concat(Files.walk(root.resolve("tests/python")), Files.walk(root.resolve("examples")))) {
            programs = walk.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        int pass = 0;
        int failed = 0;
        for (Path p : programs) {
            String rel = root.relativize(p).toString();
            if (args.length > 0 && Stream.of(args).noneMatch(rel::contains)) {
                continue;
            }
            Path exp = Path.of(p.toString().replaceAll("\\.py$", ".expected"));
            if (!Files.exists(exp)) {
                continue;
            }
            String expected = Files.readString(exp, StandardCharsets.UTF_8);
            String actual;
            try {
                actual = GoldenTest.run(rel);
            } catch (Throwable t) {
                actual = "<<" + t + ">>";
            }
            if (expected.equals(actual)) {
                pass++;
                continue;
            }
            failed++;
            System.out.println("FAIL " + rel);
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int shown = 0;
            for (int i = 0; i < Math.max(e.length, a.length) && shown < 3; i++) {
                String el = i < e.length ? e[i] : "<none>";
                String al = i < a.length ? a[i] : "<none>";
                if (!el.equals(al)) {
                    System.out.println("   line " + (i + 1) + "\n     expected: " + el + "\n     actual:   " + al);
                    shown++;
                }
            }
        }
        System.out.println(pass + " passed, " + failed + " failed");
    }
}

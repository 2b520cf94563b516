package dev.krait.parser;

import org.junit.jupiter.api.DynamicTest;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One dynamic test per {source, expected ast.dump} pair; the test is named after the source. */
final class AstCases {
    private AstCases() {}

    static Stream<DynamicTest> modules(String[][] cases) {
        return Arrays.stream(cases).map(c -> DynamicTest.dynamicTest(name(c[0]),
                () -> assertEquals(c[1], AstDump.dump(Parser.parseModule(c[0], "<test>"), false, false))));
    }

    static Stream<DynamicTest> modulesWithPositions(String[][] cases) {
        return Arrays.stream(cases).map(c -> DynamicTest.dynamicTest(name(c[0]),
                () -> assertEquals(c[1], AstDump.dump(Parser.parseModule(c[0], "<test>"), false, true))));
    }

    static Stream<DynamicTest> expressions(String[][] cases) {
        return Arrays.stream(cases).map(c -> DynamicTest.dynamicTest(name(c[0]),
                () -> assertEquals(c[1], AstDump.dump(Parser.parseExpression(c[0], "<test>"), false, false))));
    }

    static String name(String source) {
        return source.replace("\n", "\\n");
    }
}

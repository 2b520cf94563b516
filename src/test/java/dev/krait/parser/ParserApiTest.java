package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The entry points: mode "exec" and mode "eval", filenames in errors, and concurrent use. Expected dumps and error
 * positions are CPython 3.11.7's.
 */
class ParserApiTest {

    @Test
    void moduleKeepsItsFilename() {
        assertEquals("prog.py", Parser.parseModule("x = 1\n", "prog.py").filename());
    }

    @Test
    void errorsNameTheFile() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parseModule("x = = 1\n", "prog.py"));
        assertEquals("prog.py", e.filename);
    }

    @Test
    void evalModeAllowsBlankLinesAround() {
        assertEquals("Constant(value=1)", AstDump.dump(Parser.parseExpression("\n\n1\n\n", "<eval>"), false, false));
    }

    @Test
    void evalModeRejectsLeadingIndentation() {
        // As compile(source, filename, "eval") does; eval() removes leading spaces and tabs before compiling.
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parseExpression("  a + 1  ", "<eval>"));
        assertEquals("IndentationError|unexpected indent|1|2|1|-1|  a + 1  ", e.type + "|" + e.msg + "|"
                + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset + "|" + e.text);
    }

    @Test
    void evalModeTuples() {
        assertEquals("Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())",
                AstDump.dump(Parser.parseExpression("1,2,", "<eval>"), false, false));
    }

    @Test
    void evalModeRejectsStatements() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parseExpression("x = 1", "<eval>"));
        assertEquals("invalid syntax|1|3|1|4", e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno
                + "|" + e.endOffset);
        e = assertThrows(SyntaxError.class, () -> Parser.parseExpression("1\n2", "<eval>"));
        assertEquals("invalid syntax|2|1|2|2", e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno
                + "|" + e.endOffset);
        e = assertThrows(SyntaxError.class, () -> Parser.parseExpression("yield x", "<eval>"));
        assertEquals("invalid syntax|1|1|1|6", e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno
                + "|" + e.endOffset);
    }

    @Test
    void indentedDumpMatchesAstDumpIndentOne() {
        String expected = String.join("\n",
                "Module(",
                " body=[",
                "  FunctionDef(",
                "   name='f',",
                "   args=arguments(",
                "    posonlyargs=[],",
                "    args=[",
                "     arg(arg='x')],",
                "    kwonlyargs=[],",
                "    kw_defaults=[],",
                "    defaults=[]),",
                "   body=[",
                "    Return(",
                "     value=Call(",
                "      func=Name(id='g', ctx=Load()),",
                "      args=[",
                "       Name(id='x', ctx=Load())],",
                "      keywords=[]))],",
                "   decorator_list=[])],",
                " type_ignores=[])");
        assertEquals(expected, AstDump.dump(Parser.parseModule("def f(x):\n    return g(x)\n", "<test>")));
    }

    @Test
    void parsesConcurrently() throws Exception {
        String source = "def f(a, *b, **c):\n    return [x ** 2 for x in b if x] + f'{a!r}'\n".repeat(200);
        String expected = AstDump.dump(Parser.parseModule(source, "<test>"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> AstDump.dump(Parser.parseModule(source, "<test>"))));
            }
            for (Future<String> r : results) assertEquals(expected, r.get());
        } finally {
            pool.shutdown();
        }
    }
}

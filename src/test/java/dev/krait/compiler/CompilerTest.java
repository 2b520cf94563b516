package dev.krait.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.bytecode.Code;
import dev.krait.lexer.SyntaxError;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompilerTest {
    private static String body(String source, String function) {
        return Listing.of(Listing.function(Listing.compile(source), function));
    }

    @Test
    void recursiveFunctionUsesFastLocalsAndGlobalLookup() {
        String src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";
        assertEquals(String.join("\n",
                "  LOAD_FAST n",
                "  LOAD_CONST 2",
                "  COMPARE_OP 0",
                "  POP_JUMP_IF_FALSE L1",
                "  LOAD_FAST n",
                "  RETURN_VALUE",
                "L1:",
                "  LOAD_GLOBAL fib",
                "  PUSH_NULL",
                "  LOAD_FAST n",
                "  LOAD_CONST 1",
                "  BINARY_OP 1",
                "  CALL 1",
                "  LOAD_GLOBAL fib",
                "  PUSH_NULL",
                "  LOAD_FAST n",
                "  LOAD_CONST 2",
                "  BINARY_OP 1",
                "  CALL 1",
                "  BINARY_OP 0",
                "  RETURN_VALUE",
                ""), body(src, "fib"));
    }

    @Test
    void constantExpressionsAreFolded() {
        String listing = Listing.of(Listing.compile("x = -1 + 2 * 3\nz = 'ab' + 'cd'\n"));
        assertTrue(listing.contains("LOAD_CONST 5\n"), listing);
        assertTrue(listing.contains("LOAD_CONST 'abcd'\n"), listing);
        assertTrue(!listing.contains("BINARY_OP 2"), "2 * 3 folded: " + listing);
    }

    @Test
    void divisionByZeroIsLeftForRunTime() {
        String listing = Listing.of(Listing.compile("x = 1 / 0\n"));
        assertTrue(listing.contains("BINARY_OP 4"), listing);
    }

    @Test
    void loopsCloseWithABackwardJumpAndConditionalBackEdgesAreRewritten() {
        String listing = body("def f(xs):\n    return [x for x in xs if x]\n", "<listcomp>");
        assertEquals(String.join("\n",
                "  BUILD_LIST 0",
                "  LOAD_FAST .0",
                "L1:",
                "  FOR_ITER L3",
                "  STORE_FAST x",
                "  LOAD_FAST x",
                "  POP_JUMP_IF_TRUE L2",
                "  JUMP_BACKWARD L1",
                "L2:",
                "  LOAD_FAST x",
                "  LIST_APPEND 2",
                "  JUMP_BACKWARD L1",
                "L3:",
                "  RETURN_VALUE",
                ""), listing);
    }

    @Test
    void jumpsToJumpsAreThreaded() {
        String listing = body("def f(a, b):\n    while a:\n        if b:\n            continue\n        a -= 1\n", "f");
        int backward = listing.split("JUMP_BACKWARD", -1).length - 1;
        assertTrue(backward >= 2, listing);
        assertTrue(!listing.contains("JUMP_FORWARD L"), "continue jumps straight back: " + listing);
    }

    @Test
    void tryExceptUsesTheExceptionTableNotSetupInstructions() {
        Code f = Listing.function(Listing.compile("def f():\n    try:\n        g()\n    except E:\n        pass\n"), "f");
        String listing = Listing.of(f);
        assertTrue(f.exceptionTable.size() >= 2, listing);
        assertTrue(listing.contains("PUSH_EXC_INFO"), listing);
        assertTrue(listing.contains("CHECK_EXC_MATCH"), listing);
        assertEquals(0, f.exceptionTable.depth(0), listing);
    }

    @Test
    void stackDepthCoversTheDeepestPath() {
        Code f = Listing.function(Listing.compile("def f(a, b, c):\n    return g(a, [b, (c, a)], b)\n"), "f");
        // g, null, a, b, c, a -> (c, a) -> [b, (c, a)], then b: the peak is six.
        assertEquals(6, f.maxStack);
        Code h = Listing.function(Listing.compile("def h():\n    with m() as x:\n        return x\n"), "h");
        assertTrue(h.maxStack >= 5, "exit call needs exit, null and three Nones: " + h.maxStack);
    }

    @Test
    void closuresUseCellsAndFreeVariables() {
        Code module = Listing.compile("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n"
                + "        return n\n    return inner\n");
        Code outer = Listing.function(module, "outer");
        Code inner = Listing.function(module, "inner");
        assertEquals(List.of("n"), List.of(outer.cellvars));
        assertEquals(List.of("n"), List.of(inner.freevars));
        assertTrue(Listing.of(inner).contains("STORE_DEREF n"), Listing.of(inner));
        assertTrue(Listing.of(outer).contains("LOAD_CLOSURE n"), Listing.of(outer));
    }

    @Test
    void classBodiesDoNotLeakNamesToMethods() {
        Code module = Listing.compile("class C:\n    x = 1\n    def m(self):\n        return x\n");
        assertTrue(Listing.of(Listing.function(module, "m")).contains("LOAD_GLOBAL x"));
        assertTrue(Listing.of(Listing.function(module, "C")).contains("STORE_NAME x"));
    }

    @Test
    void superGivesTheClassACell() {
        Code module = Listing.compile("class C(B):\n    def m(self):\n        return super().m()\n");
        assertEquals(List.of("__class__"), List.of(Listing.function(module, "C").cellvars));
        assertEquals(List.of("__class__"), List.of(Listing.function(module, "m").freevars));
    }

    @Test
    void privateNamesAreMangled() {
        Code module = Listing.compile("class C:\n    def m(self):\n        self.__x = 1\n        return __y\n");
        String m = Listing.of(Listing.function(module, "m"));
        assertTrue(m.contains("STORE_ATTR _C__x"), m);
        assertTrue(m.contains("LOAD_GLOBAL _C__y"), m);
    }

    @Test
    void walrusInComprehensionBindsInTheEnclosingFunction() {
        Code module = Listing.compile("def f(xs):\n    [y := x for x in xs]\n    return y\n");
        assertEquals(List.of("y"), List.of(Listing.function(module, "f").cellvars));
    }

    @Test
    void misplacedStatementsAreSyntaxErrors() {
        assertEquals("'return' outside function", error("return 1\n").msg);
        assertEquals("'break' outside loop", error("break\n").msg);
        assertEquals("'continue' not properly in loop", error("def f():\n    continue\n").msg);
        assertEquals("'yield' outside function", error("yield 1\n").msg);
        assertEquals("nonlocal declaration not allowed at module level", error("nonlocal x\n").msg);
        assertEquals("no binding for nonlocal 'x' found", error("def f():\n    nonlocal x\n").msg);
        assertEquals("name 'x' is used prior to global declaration", error("def f():\n    print(x)\n    global x\n").msg);
        assertEquals("duplicate argument 'a' in function definition", error("def f(a, a):\n    pass\n").msg);
        SyntaxError e = error("for x in y:\n    pass\nbreak\n");
        assertEquals(3, e.lineno);
        assertEquals(1, e.offset);
    }

    private static SyntaxError error(String source) {
        return assertThrows(SyntaxError.class, () -> Listing.compile(source));
    }
}

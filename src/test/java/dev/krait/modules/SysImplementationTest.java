package dev.krait.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.api.Krait;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sys.implementation} names Krait, so CPython's output cannot be its golden file: its exact repr is checked
 * here (the namespace's behaviour is in the golden test builtins/simple_namespace.py).
 */
class SysImplementationTest {

    @Test
    void implementationIsANamespaceNamingKraitWithItsOwnVersion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Krait py = Krait.create(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                new ByteArrayInputStream(new byte[0]));
        int status = py.runMain("prog.py", "import sys\nprint(sys.implementation)\n", List.of("prog.py"));
        assertEquals(0, status);
        assertEquals("namespace(name='krait', cache_tag=None, version=sys.version_info(major=0, minor=1, micro=0, "
                + "releaselevel='alpha', serial=0), hexversion=65696)\n", out.toString(StandardCharsets.UTF_8));
    }
}

package dev.krait.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.krait.api.Krait;
import dev.krait.bytecode.Code;
import dev.krait.compiler.Compiler;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.ThreadState;

/**
 * One compiled code object run by several threads at once, each in its own context: the instructions quicken,
 * fail their guards and quicken again under the other threads' feet (the operand types change every iteration,
 * and differ between threads), and every thread must still compute what a lone run computes.
 */
class SharedCodeQuickeningTest {
    private static final String PROGRAM = """
            class P:
                def __init__(self, x):
                    self.x = x
            class Q:
                __slots__ = ('x',)
                def __init__(self, x):
                    self.x = x
            def add(a, b):
                return a + b
            def less(a, b):
                return a < b
            def run(seed):
                out = []
                items = [1, 2.5, 'str', [1], (2,), 10**30]
                for i in range(3000):
                    k = (i * 7 + seed) % 6
                    v = items[k]
                    out.append(add(v, v))
                    out.append(less(v, v))
                    o = P(v) if (i + seed) % 3 else Q(v)
                    out.append(o.x)
                    d = {v if k not in (3,) else 'list': i}
                    out.append(len(d))
                return out
            result = [repr(x) for x in run(SEED)]
            """;

    private static String runIn(Code code, int seed) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Krait py = Krait.create(sink, sink, new ByteArrayInputStream(new byte[0]));
        ThreadState ts = new ThreadState(py.context());
        ThreadState previous = ThreadState.bind(ts);
        try {
            PyDict globals = new PyDict();
            globals.put("__builtins__", py.context().builtins);
            globals.put("__name__", "shared");
            globals.put("SEED", (long) seed);
            Execution.runCode(ts, code, globals, globals);
            return Ops.str(globals.get("result"));
        } finally {
            ThreadState.bind(previous);
        }
    }

    @Test
    void quickeningIsSafeWhenThreadsShareCode() throws Exception {
        int threads = 4;
        String[] expected = new String[threads];
        for (int t = 0; t < threads; t++) {
            expected[t] = runIn(Compiler.compileModule(PROGRAM, "<shared>"), t);
        }
        Code shared = Compiler.compileModule(PROGRAM, "<shared>");
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 3; round++) {
                        assertEquals(expected[seed], runIn(shared, seed));
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
}

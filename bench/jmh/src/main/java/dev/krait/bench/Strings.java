package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** str concatenation and f-string formatting; ns per expression, including the for loop. */
@OperationsPerInvocation(KraitBenchmark.N)
public class Strings extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                def concat(n):
                    s = 'abc'
                    t = 'defg'
                    for i in range(n):
                        u = s + t

                def fstring(n):
                    s = 'abc'
                    for i in range(n):
                        u = f'{s}:{i}'
                """;
    }

    @Benchmark
    public Object concat() {
        return py.loop("concat");
    }

    @Benchmark
    public Object fstring() {
        return py.loop("fstring");
    }
}

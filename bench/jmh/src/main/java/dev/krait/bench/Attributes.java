package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** Instance attribute get and set, dict-backed and {@code __slots__}; ns per access, including the for loop. */
@OperationsPerInvocation(KraitBenchmark.N)
public class Attributes extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                class D:
                    def __init__(self):
                        self.x = 1

                class S:
                    __slots__ = ('x',)
                    def __init__(self):
                        self.x = 1

                def dict_get(n):
                    o = D()
                    for i in range(n):
                        y = o.x

                def dict_set(n):
                    o = D()
                    for i in range(n):
                        o.x = i

                def slots_get(n):
                    o = S()
                    for i in range(n):
                        y = o.x

                def slots_set(n):
                    o = S()
                    for i in range(n):
                        o.x = i
                """;
    }

    @Benchmark
    public Object dictGet() {
        return py.loop("dict_get");
    }

    @Benchmark
    public Object dictSet() {
        return py.loop("dict_set");
    }

    @Benchmark
    public Object slotsGet() {
        return py.loop("slots_get");
    }

    @Benchmark
    public Object slotsSet() {
        return py.loop("slots_set");
    }
}

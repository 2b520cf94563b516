package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** Python-to-Python calls and class instantiation; ns per call, including the for loop (Dispatch.forRangeEmpty). */
@OperationsPerInvocation(KraitBenchmark.N)
public class Calls extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                def f(a, b):
                    return a

                def g(a, b=2, c=3):
                    return a

                class C:
                    def m(self, a):
                        return a

                class P:
                    def __init__(self, x):
                        self.x = x

                def positional(n):
                    for i in range(n):
                        f(i, 2)

                def keywords(n):
                    for i in range(n):
                        f(b=2, a=i)

                def defaults(n):
                    for i in range(n):
                        g(i)

                def method(n):
                    o = C()
                    for i in range(n):
                        o.m(i)

                def instantiate(n):
                    for i in range(n):
                        P(i)
                """;
    }

    @Benchmark
    public Object positional() {
        return py.loop("positional");
    }

    @Benchmark
    public Object keywords() {
        return py.loop("keywords");
    }

    @Benchmark
    public Object defaults() {
        return py.loop("defaults");
    }

    @Benchmark
    public Object method() {
        return py.loop("method");
    }

    @Benchmark
    public Object instantiate() {
        return py.loop("instantiate");
    }
}

package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** List and dict subscript get and set; ns per subscript, including the for loop (Dispatch.forRangeEmpty). */
@OperationsPerInvocation(KraitBenchmark.N)
public class Containers extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                def list_get(n):
                    a = list(range(16))
                    j = 5
                    for i in range(n):
                        x = a[j]

                def list_set(n):
                    a = list(range(16))
                    j = 5
                    for i in range(n):
                        a[j] = i

                def dict_get(n):
                    d = {'k' + str(i): i for i in range(16)}
                    k = 'k5'
                    for i in range(n):
                        x = d[k]

                def dict_set(n):
                    d = {'k' + str(i): i for i in range(16)}
                    k = 'k5'
                    for i in range(n):
                        d[k] = i
                """;
    }

    @Benchmark
    public Object listGet() {
        return py.loop("list_get");
    }

    @Benchmark
    public Object listSet() {
        return py.loop("list_set");
    }

    @Benchmark
    public Object dictGet() {
        return py.loop("dict_get");
    }

    @Benchmark
    public Object dictSet() {
        return py.loop("dict_set");
    }
}

package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The dispatch loop: plain loops, int and float arithmetic, global and builtin loads. Scores are ns per loop
 * iteration; {@link #forRangeEmpty} is the for loop's own cost, to subtract from the other for-range scores.
 */
@OperationsPerInvocation(KraitBenchmark.N)
public class Dispatch extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                G = 7

                def while_loop(n):      # 9 instructions per iteration in Krait (CPython 3.11: 8)
                    i = 0
                    while i < n:
                        i += 1
                    return i

                def for_range_empty(n):
                    for i in range(n):
                        pass

                def int_arith(n):
                    x = 0
                    for i in range(n):
                        x = (x + i * 3 - (i >> 1)) & 0xFFFF
                    return x

                def float_arith(n):
                    x = 0.5
                    y = 1.25
                    for i in range(n):
                        x = x * 0.999 + y / 3.0 - 0.001
                    return x

                def global_load(n):
                    for i in range(n):
                        x = G

                def builtin_load(n):
                    for i in range(n):
                        x = len
                """;
    }

    @Benchmark
    public Object whileLoop() {
        return py.loop("while_loop");
    }

    @Benchmark
    public Object forRangeEmpty() {
        return py.loop("for_range_empty");
    }

    @Benchmark
    public Object intArith() {
        return py.loop("int_arith");
    }

    @Benchmark
    public Object floatArith() {
        return py.loop("float_arith");
    }

    @Benchmark
    public Object globalLoad() {
        return py.loop("global_load");
    }

    @Benchmark
    public Object builtinLoad() {
        return py.loop("builtin_load");
    }
}

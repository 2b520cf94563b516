package dev.krait.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/** Generators and exceptions: ns per generated value, ns per raise+catch (including the for loop). */
@OperationsPerInvocation(KraitBenchmark.N)
public class Flow extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                def gen(n):
                    for i in range(n):
                        yield i

                def generator(n):
                    for x in gen(n):
                        pass

                def raise_catch(n):
                    for i in range(n):
                        try:
                            raise ValueError
                        except ValueError:
                            pass
                """;
    }

    @Benchmark
    public Object generator() {
        return py.loop("generator");
    }

    @Benchmark
    public Object raiseCatch() {
        return py.loop("raise_catch");
    }
}

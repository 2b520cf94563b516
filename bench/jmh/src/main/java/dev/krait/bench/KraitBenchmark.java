package dev.krait.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What every benchmark class shares: average time in ns per operation, 5 × 1 s warm-up (the interpreter loop needs
 * 3–5 s of C2 work before scores settle), 5 × 1 s measurement, one fork with the GC the {@code krait} launcher
 * uses, and a Python module ({@link #source()}) compiled and run once per trial. Python-level benchmarks call
 * {@code py.loop("f")}, which runs {@code f(N)} whose loop does the measured operation {@link #N} times, and declare
 * {@code @OperationsPerInvocation(N)}: scores are ns per loop iteration, including the loop's own cost
 * ({@code Dispatch.forRangeEmpty}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
@State(Scope.Thread)
public abstract class KraitBenchmark {
    /** Loop iterations per invocation of a Python-level benchmark. */
    public static final int N = 1000;
    static final Long BOXED_N = (long) N;

    protected Snippet py;

    /** The Python module whose functions this class benchmarks. */
    protected abstract String source();

    /** Further set-up after the module has run; nothing by default. */
    protected void prepare() {}

    @Setup
    public void setup() {
        py = new Snippet(source());
        prepare();
    }
}

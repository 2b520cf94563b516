package dev.krait.bench;

import dev.krait.runtime.Arith;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyType;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Runtime helpers called directly from Java, without the interpreter: int addition with its overflow check, str-keyed
 * dict get and put, and attribute lookup along a class's MRO (a cache hit after the first lookup). ns per call.
 */
public class RuntimePaths extends KraitBenchmark {
    @Override
    protected String source() {
        return """
                class A:
                    def m(self):
                        pass

                class B(A):
                    pass

                class C(B):
                    pass
                """;
    }

    // Fields, not constants, so the JIT cannot fold the operations away.
    Long small = 12345L;
    Long other = 678L;
    Long max = Long.MAX_VALUE;
    Long one = 1L;
    PyDict dict;
    String key;
    String missingKey;
    Object value = 42L;
    PyType type;

    @Override
    protected void prepare() {
        dict = new PyDict();
        for (int i = 0; i < 16; i++) {
            dict.put("key" + i, (long) i);
        }
        key = new String("key5");     // equal to the stored key but not the same object, as a computed key would be
        missingKey = "nokey";
        type = (PyType) py.global("C");
    }

    /** long + long without overflow: a boxed Long. */
    @Benchmark
    public Object intAdd() {
        return Arith.add(small, other);
    }

    /** Long.MAX_VALUE + 1: the overflow check fails and the sum is a BigInteger. */
    @Benchmark
    public Object intAddOverflow() {
        return Arith.add(max, one);
    }

    @Benchmark
    public Object dictGetStr() {
        return dict.get(key);
    }

    @Benchmark
    public Object dictGetStrMissing() {
        return dict.get(missingKey);
    }

    /** Replaces the value of an existing str key. */
    @Benchmark
    public void dictPutStr() {
        dict.put(key, value);
    }

    /** C.m found on A through the MRO (C, B, A, object): the lookup cache. */
    @Benchmark
    public Object typeLookup() {
        return type.lookup("m");
    }

    /** A name on no class of the MRO: the cache remembers absent names too. */
    @Benchmark
    public Object typeLookupMissing() {
        return type.lookup("missing");
    }
}

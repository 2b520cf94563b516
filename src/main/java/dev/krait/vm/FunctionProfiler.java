package dev.krait.vm;

import dev.krait.bytecode.Code;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code krait --profile}: calls, total and own time per code object, printed like CPython's cProfile (sorted by
 * own time). Own time excludes time spent in callees; recursive calls count their time once in the total.
 */
public final class FunctionProfiler {
    private static final class Stats {
        long calls;
        long ownNanos;
        long totalNanos;
        int active;
    }

    private final Map<Code, Stats> stats = new IdentityHashMap<>();
    private final List<Code> stack = new ArrayList<>();
    private final List<long[]> starts = new ArrayList<>();
    private final long begin = System.nanoTime();

    void enter(Code code) {
        long now = System.nanoTime();
        if (!starts.isEmpty()) {
            long[] top = starts.get(starts.size() - 1);
            stats.get(stack.get(stack.size() - 1)).ownNanos += now - top[1];
        }
        Stats s = stats.computeIfAbsent(code, c -> new Stats());
        s.calls++;
        s.active++;
        stack.add(code);
        starts.add(new long[] {now, now});
    }

    void exit(Code code) {
        long now = System.nanoTime();
        long[] times = starts.remove(starts.size() - 1);
        stack.remove(stack.size() - 1);
        Stats s = stats.get(code);
        s.ownNanos += now - times[1];
        s.active--;
        if (s.active == 0) {
            s.totalNanos += now - times[0];
        }
        if (!starts.isEmpty()) {
            starts.get(starts.size() - 1)[1] = now;
        }
    }

    /** The report, in cProfile's layout. */
    public String report() {
        long calls = 0;
        for (Stats s : stats.values()) {
            calls += s.calls;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "         %d function calls in %.3f seconds%n%n", calls,
                (System.nanoTime() - begin) / 1e9));
        b.append("   Ordered by: internal time\n\n");
        b.append("   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\n");
        List<Map.Entry<Code, Stats>> rows = new ArrayList<>(stats.entrySet());
        rows.sort((x, y) -> Long.compare(y.getValue().ownNanos, x.getValue().ownNanos));
        for (Map.Entry<Code, Stats> e : rows) {
            Code c = e.getKey();
            Stats s = e.getValue();
            double own = s.ownNanos / 1e9;
            double total = s.totalNanos / 1e9;
            b.append(String.format(Locale.ROOT, "%9d %8.3f %8.3f %8.3f %8.3f %s:%d(%s)%n", s.calls, own,
                    own / s.calls, total, total / s.calls, c.filename, c.firstLineNo, c.name));
        }
        return b.toString();
    }
}

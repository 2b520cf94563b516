package dev.krait.vm;

import dev.krait.bytecode.OpcodeTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code krait --profile-opcodes}: dynamic execution counts and shares per opcode, specialised ones included. */
public final class OpcodeProfile {
    private OpcodeProfile() {}

    /** Where the counts of consecutive pairs start: {@code PAIRS + first * 256 + second}. */
    private static final int PAIRS = 256;
    /** The slot holding the previous opcode. */
    private static final int LAST = PAIRS + 256 * 256;
    private static final int SHOWN_PAIRS = 25;

    public static long[] newCounts() {
        return new long[LAST + 1];
    }

    /** Counts one execution of {@code op}, and the pair it makes with the instruction executed before it. */
    static void record(long[] counts, int op) {
        counts[op]++;
        counts[PAIRS + (int) counts[LAST] * 256 + op]++;
        counts[LAST] = op;
    }

    public static String report(long[] counts) {
        long total = 0;
        List<Integer> ops = new ArrayList<>();
        for (int op = 0; op < PAIRS; op++) {
            if (counts[op] > 0) {
                total += counts[op];
                ops.add(op);
            }
        }
        ops.sort((a, b) -> Long.compare(counts[b], counts[a]));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-40s %15s %8s%n", "opcode", "count", "share"));
        for (int op : ops) {
            OpcodeTable.Info info = OpcodeTable.get(op);
            String name = name(op) + (info == null || info.family().isEmpty() ? "" : " (" + info.family() + ")");
            b.append(String.format(Locale.ROOT, "%-40s %15d %7.2f%%%n", name, counts[op], 100.0 * counts[op] / total));
        }
        b.append(String.format(Locale.ROOT, "%-40s %15d%n", "total", total));
        b.append(String.format(Locale.ROOT, "%n%-60s %15s %8s%n", "consecutive pair (candidates for superinstructions)",
                "count", "share"));
        List<Integer> pairs = new ArrayList<>();
        for (int i = PAIRS; i < LAST; i++) {
            if (counts[i] > 0) {
                pairs.add(i);
            }
        }
        pairs.sort((x, y) -> Long.compare(counts[y], counts[x]));
        for (int i : pairs.subList(0, Math.min(SHOWN_PAIRS, pairs.size()))) {
            String pair = name((i - PAIRS) / 256) + " " + name((i - PAIRS) % 256);
            b.append(String.format(Locale.ROOT, "%-60s %15d %7.2f%%%n", pair, counts[i], 100.0 * counts[i] / total));
        }
        return b.toString();
    }

    private static String name(int op) {
        OpcodeTable.Info info = OpcodeTable.get(op);
        return info == null ? "<" + op + ">" : info.name();
    }
}

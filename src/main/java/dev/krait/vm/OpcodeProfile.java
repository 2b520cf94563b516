package dev.krait.vm;

import dev.krait.bytecode.OpcodeTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code krait --profile-opcodes}: dynamic execution counts and shares per opcode, specialised ones included. */
public final class OpcodeProfile {
    private OpcodeProfile() {}

    public static long[] newCounts() {
        return new long[256];
    }

    public static String report(long[] counts) {
        long total = 0;
        List<Integer> ops = new ArrayList<>();
        for (int op = 0; op < counts.length; op++) {
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
            String name = info == null ? "<" + op + ">" : info.name()
                    + (info.family().isEmpty() ? "" : " (" + info.family() + ")");
            b.append(String.format(Locale.ROOT, "%-40s %15d %7.2f%%%n", name, counts[op], 100.0 * counts[op] / total));
        }
        b.append(String.format(Locale.ROOT, "%-40s %15d%n", "total", total));
        return b.toString();
    }
}

package dev.krait.bytecode;

/**
 * Where exceptions go: a list of protected instruction ranges, each with a handler and the stack depth to unwind
 * to. Nothing runs on entry to a try block ("zero cost"); the table is searched only when an exception is raised.
 * Entries are sorted innermost-first for nested ranges, so the first match wins.
 */
public final class ExceptionTable {
    public static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

    /** Per entry: start (inclusive), end (exclusive), handler, stack depth, push-lasti flag. */
    private static final int WIDTH = 5;
    private final int[] entries;

    public ExceptionTable(int[] entries) {
        this.entries = entries;
    }

    public int size() {
        return entries.length / WIDTH;
    }

    /** The index of the entry covering instruction {@code pc}, or -1. */
    public int find(int pc) {
        for (int i = 0; i < entries.length; i += WIDTH) {
            if (pc >= entries[i] && pc < entries[i + 1]) {
                return i / WIDTH;
            }
        }
        return -1;
    }

    public int start(int entry) {
        return entries[entry * WIDTH];
    }

    public int end(int entry) {
        return entries[entry * WIDTH + 1];
    }

    public int handler(int entry) {
        return entries[entry * WIDTH + 2];
    }

    public int depth(int entry) {
        return entries[entry * WIDTH + 3];
    }

    /** Whether the handler also wants the raising instruction's index pushed (used by with-statement cleanup). */
    public boolean pushLasti(int entry) {
        return entries[entry * WIDTH + 4] != 0;
    }

    /** The raw entries, for serialisation. */
    public int[] raw() {
        return entries.clone();
    }
}

package dev.krait.runtime;

/** Docstrings as {@code inspect.cleandoc} presents them, for help(). */
final class Docstrings {
    private Docstrings() {}

    /**
     * {@code doc} with tabs expanded, the first line stripped on the left, the common indentation of the other
     * lines removed, and leading and trailing blank lines dropped; null if {@code doc} is not a str.
     */
    static String clean(Object doc) {
        if (!(doc instanceof String text)) {
            return null;
        }
        String[] lines = TextLayout.expandTabs(text, 8L).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String content = lines[i].stripLeading();
            if (!content.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - content.length());
            }
        }
        lines[0] = lines[0].stripLeading();
        for (int i = 1; i < lines.length && margin != Integer.MAX_VALUE; i++) {
            lines[i] = lines[i].length() > margin ? lines[i].substring(margin) : lines[i].stripLeading();
        }
        int first = 0;
        int last = lines.length;
        while (first < last && lines[first].isEmpty()) {
            first++;
        }
        while (last > first && lines[last - 1].isEmpty()) {
            last--;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, first, last));
    }
}

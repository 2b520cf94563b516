package dev.krait.runtime;

/** The padding str methods (center, ljust, rjust, zfill) and expandtabs. */
final class TextLayout {
    private TextLayout() {}

    /** The fill argument of center/ljust/rjust: exactly one character, a space when omitted. */
    private static String fillChar(Object fill) {
        if (fill == null) {
            return " ";
        }
        if (!(BuiltinSubclasses.valueOf(fill) instanceof String f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + Ops.typeName(fill));
        }
        if (Strings.length(f) != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    /** Pads to {@code width}: {@code where} is -1 for ljust, 0 for center, 1 for rjust. */
    static String pad(String s, Object widthArg, Object fillArg, int where) {
        long width = SequenceMethods.ssize(widthArg);
        String fill = fillChar(fillArg);
        if (width <= Strings.length(s)) {
            return s;
        }
        long margin = width - Strings.length(s);
        long left;
        if (where < 0) {
            left = 0;
        } else if (where > 0) {
            left = margin;
        } else {
            // CPython's rounding: the odd space goes left only when the width is odd.
            left = margin / 2 + (margin & width & 1);
        }
        int total = Sequences.repeatCount(margin, fill.length());
        return fill.repeat((int) left) + s + fill.repeat(total - (int) left);
    }

    /** {@code zfill(width)}: zeros on the left, after a leading sign. */
    static String zfill(String s, Object widthArg) {
        long width = SequenceMethods.ssize(widthArg);
        if (width <= Strings.length(s)) {
            return s;
        }
        int fill = (int) Math.min(Integer.MAX_VALUE, width - Strings.length(s));
        String zeros = "0".repeat(fill);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** {@code expandtabs(tabsize=8)}: each tab becomes spaces up to the next multiple of the tab size. */
    static String expandTabs(String s, Object tabsizeArg) {
        long tabsize = tabsizeArg == null ? 8 : SequenceMethods.cInt(tabsizeArg);
        StringBuilder b = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    b.append(" ".repeat(Sequences.repeatCount(spaces, 1)));
                    column += spaces;
                }
            } else {
                b.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return b.toString();
    }
}

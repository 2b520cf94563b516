package dev.krait.bytecode;

/**
 * A parsed stack-effect notation such as {@code "callable self args[arg] -- result"}: how many items an instruction
 * pops and pushes, each side a sum of fixed items and counted groups whose count is a small expression over the
 * instruction's argument.
 */
public final class StackEffect {
    private final Side inputs;
    private final Side outputs;

    private StackEffect(Side inputs, Side outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
    }

    public static StackEffect parse(String notation) {
        int sep = notation.indexOf("--");
        if (sep < 0) {
            throw new IllegalArgumentException("stack effect without '--': " + notation);
        }
        return new StackEffect(Side.parse(notation.substring(0, sep)), Side.parse(notation.substring(sep + 2)));
    }

    public int pops(int arg) {
        return inputs.count(arg);
    }

    public int pushes(int arg) {
        return outputs.count(arg);
    }

    public int net(int arg) {
        return pushes(arg) - pops(arg);
    }

    /** One side of the "--": fixed items plus counted groups. */
    private record Side(int fixed, String[] groups) {
        static Side parse(String text) {
            int fixed = 0;
            java.util.List<String> groups = new java.util.ArrayList<>();
            for (String item : items(text)) {
                int open = item.indexOf('[');
                if (open < 0) {
                    fixed++;
                } else {
                    groups.add(item.substring(open + 1, item.lastIndexOf(']')));
                }
            }
            return new Side(fixed, groups.toArray(new String[0]));
        }

        /** The space-separated items of {@code text} (no regex: this runs as the JVM starts). */
        private static java.util.List<String> items(String text) {
            java.util.List<String> out = new java.util.ArrayList<>();
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
                if (space && start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
            return out;
        }

        int count(int arg) {
            int n = fixed;
            for (String g : groups) {
                n += new Expression(g, arg).parse();
            }
            return n;
        }
    }

    /** Evaluates + - * & >> and parentheses over integers and {@code arg}. */
    private static final class Expression {
        private final String s;
        private final int arg;
        private int pos;

        Expression(String s, int arg) {
            this.s = s.replace(" ", "");
            this.arg = arg;
        }

        int parse() {
            int v = shift();
            if (pos != s.length()) {
                throw new IllegalArgumentException("bad stack expression: " + s);
            }
            return v;
        }

        private int shift() {
            int v = and();
            while (s.startsWith(">>", pos)) {
                pos += 2;
                v >>= and();
            }
            return v;
        }

        private int and() {
            int v = sum();
            while (pos < s.length() && s.charAt(pos) == '&') {
                pos++;
                v &= sum();
            }
            return v;
        }

        private int sum() {
            int v = product();
            while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                char op = s.charAt(pos++);
                int r = product();
                v = op == '+' ? v + r : v - r;
            }
            return v;
        }

        private int product() {
            int v = atom();
            while (pos < s.length() && s.charAt(pos) == '*') {
                pos++;
                v *= atom();
            }
            return v;
        }

        private int atom() {
            if (s.charAt(pos) == '(') {
                pos++;
                int v = shift();
                pos++;
                return v;
            }
            if (s.startsWith("arg", pos)) {
                pos += 3;
                return arg;
            }
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            return Integer.parseInt(s.substring(start, pos));
        }
    }
}

package dev.krait.runtime;

/** {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}} with nested fields in the spec. */
final class StrFormat {
    private StrFormat() {}

    static String format(String template, PyTuple args, PyDict kwargs) {
        return new StrFormat.Run(args, kwargs).render(template, 2);
    }

    /** {@code format_map(mapping)}: named fields looked up in any mapping, positional fields refused. */
    static String formatMap(String template, Object mapping) {
        return new StrFormat.Run(null, mapping).render(template, 2);
    }

    private static final class Run {
        /** The positional arguments, or null for format_map. */
        private final PyTuple args;
        private final Object kwargs;
        /** Next automatic field number, or -1 once manual numbering was used. */
        private int auto;
        private boolean manual;

        Run(PyTuple args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String s, int depth) {
            if (depth < 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '}') {
                    if (i + 1 < n && s.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (c != '{') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int end = matchingBrace(s, i);
                out.append(field(s.substring(i + 1, end), depth));
                i = end + 1;
            }
            return out.toString();
        }

        private int matchingBrace(String s, int open) {
            int level = 0;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '{') {
                    level++;
                } else if (c == '}') {
                    if (--level == 0) {
                        return j;
                    }
                } else if (c == '[' && level == 1) {
                    int close = s.indexOf(']', j);
                    if (close > 0) {
                        j = close;
                    }
                }
            }
            throw Errors.valueError(level > 1 ? "unmatched '{' in format spec"
                    : "Single '{' encountered in format string");
        }

        private String field(String body, int depth) {
            int colon = -1;
            int bang = -1;
            for (int j = 0, bracket = 0; j < body.length(); j++) {
                char c = body.charAt(j);
                if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    bracket--;
                } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                    bang = j;
                } else if (bracket == 0 && c == ':' ) {
                    colon = j;
                    break;
                }
            }
            String spec = colon < 0 ? "" : body.substring(colon + 1);
            String head = colon < 0 ? body : body.substring(0, colon);
            char conversion = 0;
            if (bang >= 0) {
                String conv = head.substring(bang + 1);
                head = head.substring(0, bang);
                if (conv.length() != 1) {
                    throw Errors.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                            : "expected ':' after conversion specifier");
                }
                conversion = conv.charAt(0);
            }
            Object value = lookup(head);
            if (conversion == 'r') {
                value = Ops.repr(value);
            } else if (conversion == 's') {
                value = Ops.str(value);
            } else if (conversion == 'a') {
                value = StrRepr.escapeNonAscii(Ops.repr(value));
            } else if (conversion != 0) {
                throw Errors.valueError("Unknown conversion specifier " + conversion);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depth - 1);
            }
            return Formatting.format(value, spec);
        }

        private Object lookup(String name) {
            int j = 0;
            while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                j++;
            }
            String first = name.substring(0, j);
            Object value;
            if (first.isEmpty()) {
                if (manual) {
                    throw Errors.valueError(
                            "cannot switch from manual field specification to automatic field numbering");
                }
                value = positional(auto++);
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (auto > 0) {
                    throw Errors.valueError(
                            "cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                value = positional(Integer.parseInt(first));
            } else if (kwargs instanceof PyDict d) {
                value = d.get(first);
                if (value == null) {
                    throw Errors.keyError(first);
                }
            } else {
                value = Items.getItem(kwargs, first);
            }
            while (j < name.length()) {
                if (name.charAt(j) == '.') {
                    int k = j + 1;
                    while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                        k++;
                    }
                    value = Attributes.get(value, name.substring(j + 1, k));
                    j = k;
                } else {
                    int close = name.indexOf(']', j);
                    if (close < 0) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    String key = name.substring(j + 1, close);
                    boolean numeric = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
                    Object k = numeric ? (Object) Long.parseLong(key) : key;
                    value = Items.getItem(value, k);
                    j = close + 1;
                }
            }
            return value;
        }

        private Object positional(int i) {
            if (args == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (i >= args.size()) {
                throw Errors.indexError("Replacement index " + i + " out of range for positional args tuple");
            }
            return args.get(i);
        }
    }
}

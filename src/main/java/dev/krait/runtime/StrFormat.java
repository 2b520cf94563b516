package dev.krait.runtime;

/**
 * {@code str.format} and {@code format_map}: replacement fields {@code {name.attr[key]!conv:spec}}, with
 * nested fields in the spec. The parse follows CPython's, so malformed templates fail with its messages.
 */
final class StrFormat {
    private StrFormat() {}

    /** How deep format specs may nest replacement fields ({@code '{0:{1}}'} uses one level). */
    private static final int RECURSION_LIMIT = 2;

    static String format(String template, PyTuple args, PyDict kwargs) {
        return new StrFormat.Run(args, kwargs).render(template, RECURSION_LIMIT);
    }

    /** {@code format_map(mapping)}: named fields looked up in any mapping, positional fields refused. */
    static String formatMap(String template, Object mapping) {
        return new StrFormat.Run(null, mapping).render(template, RECURSION_LIMIT);
    }

    private static final class Run {
        /** The positional arguments, or null for format_map. */
        private final PyTuple args;
        private final Object kwargs;
        /** Next automatic field number. */
        private int auto;
        private boolean manual;

        Run(PyTuple args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String s, int depth) {
            if (depth <= 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i++);
                if (c != '{' && c != '}') {
                    out.append(c);
                    continue;
                }
                boolean doubled = i < n && s.charAt(i) == c;
                if (c == '}' && !doubled) {
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (doubled) {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i >= n) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                i = field(s, i, depth, out);
            }
            return out.toString();
        }

        /** Renders the field starting after the '{' at {@code start}; returns the index after its '}'. */
        private int field(String s, int start, int depth, StringBuilder out) {
            int n = s.length();
            int i = start;
            char c = 0;
            int nameEnd = n;
            // The field name runs to '!', ':' or '}'; brackets may hold any of those.
            while (i < n) {
                c = s.charAt(i++);
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (i < n && s.charAt(i) != ']') {
                        i++;
                    }
                } else if (c == '}' || c == ':' || c == '!') {
                    nameEnd = i - 1;
                    break;
                }
            }
            String name = s.substring(start, nameEnd);
            char conversion = 0;
            String spec = "";
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (i >= n) {
                        throw Errors.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s.charAt(i++);
                    if (i < n) {
                        char next = s.charAt(i++);
                        if (next == '}') {
                            out.append(convertAndFormat(lookup(name), conversion, "", depth));
                            return i;
                        }
                        if (next != ':') {
                            throw Errors.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = i;
                int level = 1;
                while (i < n) {
                    char d = s.charAt(i++);
                    if (d == '{') {
                        level++;
                    } else if (d == '}' && --level == 0) {
                        spec = s.substring(specStart, i - 1);
                        out.append(convertAndFormat(lookup(name), conversion, spec, depth));
                        return i;
                    }
                }
                throw Errors.valueError("unmatched '{' in format spec");
            }
            if (c != '}') {
                throw Errors.valueError("expected '}' before end of string");
            }
            out.append(convertAndFormat(lookup(name), conversion, spec, depth));
            return i;
        }

        private String convertAndFormat(Object value, char conversion, String spec, int depth) {
            switch (conversion) {
                case 0: break;
                case 'r': value = Ops.repr(value); break;
                case 's': value = Ops.str(value); break;
                case 'a': value = StrRepr.escapeNonAscii(Ops.repr(value)); break;
                default: throw Errors.valueError("Unknown conversion specifier " + conversion);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depth - 1);
            }
            return Formatting.format(value, spec);
        }

        /** Resolves a field name: an argument by position or keyword, then .attribute and [key] parts. */
        private Object lookup(String name) {
            int j = 0;
            while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                j++;
            }
            String first = name.substring(0, j);
            Object value;
            if (first.isEmpty()) {
                if (manual) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field "
                            + "numbering");
                }
                value = positional(auto++);
            } else if (isDecimal(first)) {
                if (auto > 0) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field "
                            + "specification");
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
                boolean attribute = name.charAt(j) == '.';
                int k = ++j;
                if (attribute) {
                    while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                        k++;
                    }
                } else {
                    while (k < name.length() && name.charAt(k) != ']') {
                        k++;
                    }
                    if (k >= name.length()) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                }
                String part = name.substring(j, k);
                if (part.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                if (attribute) {
                    value = Attributes.get(value, part);
                    j = k;
                } else {
                    value = Items.getItem(value, isDecimal(part) ? (Object) Long.parseLong(part) : part);
                    j = k + 1;
                    if (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                }
            }
            return value;
        }

        private static boolean isDecimal(String s) {
            return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
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

package dev.krait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of CPython's built-in types, functions and methods (their {@code __doc__}), read on first use
 * from the resources that {@code tools/gen_builtin_docs.py} generates from CPython 3.11: those of types and
 * built-in functions, which every built-in type's set-up needs, apart from the larger one of their methods, which
 * only a program asking for one reads.
 */
final class BuiltinDocs {
    private BuiltinDocs() {}

    private static final String HEADER = "@@ ";

    /** Types and built-in functions ("int", "len"): loaded when the first built-in type is set up. */
    private static final class Names {
        static final Map<String, String> DOCS = load("krait/docs/names.txt");
    }

    /** Methods and other members ("int.bit_length", "sys.exit"): loaded when a program first asks for one. */
    private static final class Members {
        static final Map<String, String> DOCS = load("krait/docs/members.txt");
    }

    /** The docstring of the built-in named {@code key} ("int", "len", "int.bit_length"), or null. */
    static String get(String key) {
        return (key.indexOf('.') < 0 ? Names.DOCS : Members.DOCS).get(key);
    }

    /** The docstring of a built-in type, or None. */
    static Object ofType(PyType t) {
        String doc = get(t.name);
        return doc != null ? doc : PyTypes.NONE;
    }

    /** The docstring of a built-in function or method, or None. */
    static Object ofFunction(PyBuiltinFunction f) {
        String key;
        if (f.newOf != null) {
            key = f.newOf.name + ".__new__";
        } else if (f.owner != null) {
            key = f.owner.name + "." + f.name;
        } else if (f.signature.displayName.indexOf('.') > 0) {
            key = f.signature.displayName; // a class method of a built-in type: "float.fromhex"
        } else if (f.module() instanceof String m && !m.equals("builtins")) {
            key = m + "." + f.name;
        } else {
            key = f.name;
        }
        String doc = get(key);
        return doc != null ? doc : PyTypes.NONE;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> docs = new HashMap<>();
        String text;
        try (InputStream in = BuiltinDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return docs;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return docs;
        }
        // Each entry: "@@ KEY\n", the docstring, "\n".
        int at = text.startsWith(HEADER) ? 0 : text.length();
        while (at < text.length()) {
            int keyEnd = text.indexOf('\n', at);
            int next = text.indexOf("\n" + HEADER, keyEnd);
            int docEnd = next < 0 ? text.length() - 1 : next;
            docs.put(text.substring(at + HEADER.length(), keyEnd), text.substring(keyEnd + 1, Math.max(keyEnd + 1, docEnd)));
            at = next < 0 ? text.length() : next + 1;
        }
        return docs;
    }
}

package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * The builtins {@code copyright}, {@code credits} and {@code license}, which CPython's site module adds: objects
 * whose repr is their text and which print it when called. Krait ships no LICENSE file, so {@code license} has
 * the text CPython falls back to when it finds none.
 */
final class SitePrinter extends PyObject {
    static final PyType TYPE = PyTypes.fixed("_Printer", t -> {
        t.dict().put("__module__", "_sitebuiltins");
        method(t, "__repr__(self, /)", a -> ((SitePrinter) a[0]).text);
        method(t, "__call__(self, /)", a -> {
            ConsoleIO.writeStdout(((SitePrinter) a[0]).text + "\n");
            return PyTypes.NONE;
        });
    });

    private final String text;

    private SitePrinter(String text) {
        this.text = text;
    }

    static void install(PyDict builtins) {
        builtins.put("copyright", new SitePrinter("""
                Copyright (c) 2001-2023 Python Software Foundation.
                All Rights Reserved.

                Copyright (c) 2000 BeOpen.com.
                All Rights Reserved.

                Copyright (c) 1995-2001 Corporation for National Research Initiatives.
                All Rights Reserved.

                Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
                All Rights Reserved."""));
        builtins.put("credits", new SitePrinter(
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "    for supporting Python development.  See www.python.org for more information."));
        builtins.put("license", new SitePrinter("See https://www.python.org/psf/license/"));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}

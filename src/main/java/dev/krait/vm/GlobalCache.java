package dev.krait.vm;

import dev.krait.runtime.PyDict;

/**
 * The inline cache of LOAD_GLOBAL_CACHED: which dict entry holds the name (in globals, or in builtins when globals
 * lacks it), valid while both dicts keep their layout ({@link PyDict#layoutVersion}). Values are read from the
 * entry each time, so reassigning a global needs no invalidation. Immutable, so it can be shared across threads.
 */
final class GlobalCache {
    private final PyDict globals;
    private final int globalsLayout;
    private final PyDict builtins;
    private final int builtinsLayout;
    /** Entry index in globals, or -1 when the name lives in builtins at {@link #builtinsEntry}. */
    private final int globalsEntry;
    private final int builtinsEntry;

    private GlobalCache(PyDict globals, PyDict builtins, int globalsEntry, int builtinsEntry) {
        this.globals = globals;
        this.globalsLayout = globals.layoutVersion();
        this.builtins = builtins;
        this.builtinsLayout = builtins.layoutVersion();
        this.globalsEntry = globalsEntry;
        this.builtinsEntry = builtinsEntry;
    }

    static GlobalCache create(PyDict globals, PyDict builtins, String name) {
        int g = globals.entryOf(name);
        if (g >= 0) {
            return new GlobalCache(globals, builtins, g, -1);
        }
        int b = builtins.entryOf(name);
        return b >= 0 ? new GlobalCache(globals, builtins, -1, b) : null;
    }

    /** The cached value, or null if the cache no longer applies to these dicts. */
    Object lookup(PyDict g, PyDict b) {
        if (g != globals || g.layoutVersion() != globalsLayout) {
            return null;
        }
        if (globalsEntry >= 0) {
            return g.valueAt(globalsEntry);
        }
        if (b != builtins || b.layoutVersion() != builtinsLayout) {
            return null;
        }
        return b.valueAt(builtinsEntry);
    }
}

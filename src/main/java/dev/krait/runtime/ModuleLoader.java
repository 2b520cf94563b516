package dev.krait.runtime;

/** Loads a module by its full dotted name: built-in modules, Krait's own Python modules, or files on the path. */
@FunctionalInterface
public interface ModuleLoader {
    /** The loaded module (already registered in sys.modules), or null if no such module exists. */
    Object load(ThreadState ts, String fullName);
}

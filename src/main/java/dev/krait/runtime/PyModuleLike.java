package dev.krait.runtime;

/** A module object, as the runtime sees it: a name and a namespace dict. */
public interface PyModuleLike {
    String moduleName();

    PyDict moduleDict();
}

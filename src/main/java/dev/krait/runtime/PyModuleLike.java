package dev.krait.runtime;

/** A module object, as the runtime sees it: a name and a namespace dict. */
public interface PyModuleLike {
    String moduleName();

    PyDict moduleDict();

    /**
     * {@code module.__class__ = cls}: a module may become an instance of any subclass of the module type; false
     * when {@code cls} is not one.
     */
    boolean setModuleClass(PyType cls);
}

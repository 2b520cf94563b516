package dev.krait.vm;

import dev.krait.runtime.Attributes;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyModuleLike;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/** The import statement: resolving (relative) names, loading each package level, from-imports. */
public final class Imports {
    private Imports() {}

    /** IMPORT_NAME: returns the top-level package, or the named module itself when there is a from-list. */
    static Object importName(ThreadState ts, Frame f, String name, Object fromlist, Object levelObj) {
        int level = (int) (long) (Long) levelObj;
        return importModule(ts, name, f.globals, fromlist, level);
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static Object importModule(ThreadState ts, String name, PyDict globals, Object fromlist, int level) {
        String full = level > 0 ? resolveRelative(name, globals, level) : name;
        if (full.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String[] parts = full.split("\\.");
        Object top = null;
        Object leaf = null;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            Object parent = leaf;
            leaf = load(ts, prefix.toString());
            if (parent instanceof PyModuleLike p && p.moduleDict().get(parts[i]) == null) {
                p.moduleDict().put(parts[i], leaf);
            }
            if (i == 0) {
                top = leaf;
            }
        }
        boolean hasFromlist = fromlist != PyTypes.NONE && fromlist != null && Ops.isTrue(fromlist);
        if (hasFromlist) {
            return leaf;
        }
        if (level > 0) {
            // A relative import without a from-list returns the package named by the first component.
            return load(ts, full.substring(0, full.length() - name.length()) + name.split("\\.")[0]);
        }
        return top;
    }

    private static Object load(ThreadState ts, String fullName) {
        Object m = ts.context.modules.get(fullName);
        if (m != null) {
            if (m == PyTypes.NONE) {
                throw notFound("import of " + fullName + " halted; None in sys.modules", fullName);
            }
            return m;
        }
        Object loaded = ts.context.moduleLoader == null ? null : ts.context.moduleLoader.load(ts, fullName);
        if (loaded == null) {
            throw notFound("No module named " + dev.krait.runtime.StrRepr.repr(fullName), fullName);
        }
        return loaded;
    }

    private static PyException notFound(String message, String name) {
        PyBaseException e = new PyBaseException(ExceptionTypes.MODULE_NOT_FOUND_ERROR, PyTuple.of(message));
        e.dict.put("name", name);
        return e.asThrowable();
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        Object pkg = globals.get("__package__");
        String base;
        if (pkg instanceof String p) {
            base = p;
        } else {
            Object modName = globals.get("__name__");
            if (modName == null) {
                throw Errors.raise(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
            }
            if (!(modName instanceof String n)) {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            base = globals.get("__path__") != null ? n : (n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** IMPORT_FROM: an attribute of the module, or its submodule of that name. */
    static Object importFrom(ThreadState ts, Object module, String name) {
        Object v = Attributes.find(module, name);
        if (v != null) {
            return v;
        }
        String modName = module instanceof PyModuleLike m ? m.moduleName() : "?";
        Object sub = ts.context.modules.get(modName + "." + name);
        if (sub == null && ts.context.moduleLoader != null) {
            sub = ts.context.moduleLoader.load(ts, modName + "." + name);
        }
        if (sub != null) {
            return sub;
        }
        Object file = module instanceof PyModuleLike m ? m.moduleDict().get("__file__") : null;
        String where = file instanceof String f ? " (" + f + ")" : " (unknown location)";
        PyBaseException e = new PyBaseException(ExceptionTypes.IMPORT_ERROR,
                PyTuple.of("cannot import name '" + name + "' from '" + modName + "'" + where));
        e.dict.put("name", modName);
        throw e.asThrowable();
    }

    /** IMPORT_STAR: the module's {@code __all__}, or its names not starting with an underscore. */
    static void importStar(Frame f, Object module) {
        PyDict target = f.locals instanceof PyDict d ? d : f.globals;
        Object all = Attributes.find(module, "__all__");
        if (all != null) {
            Object it = Iteration.iter(all);
            for (Object n = Iteration.next(it); n != null; n = Iteration.next(it)) {
                target.put(n, Attributes.get(module, Ops.str(n)));
            }
            return;
        }
        PyDict source = ((PyModuleLike) module).moduleDict();
        for (int e = source.next(0); e >= 0; e = source.next(e + 1)) {
            if (source.keyAt(e) instanceof String k && !k.startsWith("_")) {
                target.put(k, source.valueAt(e));
            }
        }
    }
}

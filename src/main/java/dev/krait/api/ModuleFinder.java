package dev.krait.api;

import dev.krait.bytecode.Code;
import dev.krait.compiler.Compiler;
import dev.krait.runtime.Context;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyException;
import dev.krait.runtime.PyList;
import dev.krait.runtime.SourceDecoding;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.Execution;
import dev.krait.vm.PyModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds modules for the import statement: built-in modules written in Java first, then Krait's own library
 * modules written in Python (resources under {@code krait/lib/} in the jar), then {@code name.py} or
 * {@code name/__init__.py} in the directories of {@code sys.path}.
 */
final class ModuleFinder implements ModuleLoader {
    private final Map<String, Function<Context, PyModule>> builtinModules;
    private final PyList path;

    ModuleFinder(Map<String, Function<Context, PyModule>> builtinModules, PyList path) {
        this.builtinModules = builtinModules;
        this.path = path;
    }

    @Override
    public Object load(ThreadState ts, String fullName) {
        Function<Context, PyModule> factory = builtinModules.get(fullName);
        if (factory != null) {
            PyModule m = factory.apply(ts.context);
            ts.context.modules.put(fullName, m);
            return m;
        }
        if (fullName.indexOf('\0') >= 0) {
            // No file can have the name (and the JDK's paths refuse it).
            return null;
        }
        String relative = fullName.replace('.', '/');
        String library = librarySource(relative);
        if (library != null) {
            return loadSource(ts, fullName, LIBRARY_PREFIX + relative + ".py", library, false);
        }
        for (int i = 0; i < path.size(); i++) {
            Path dir = Path.of(Ops.str(path.get(i)).isEmpty() ? "." : Ops.str(path.get(i)));
            Path file = dir.resolve(relative + ".py");
            if (Files.isRegularFile(file)) {
                return loadFile(ts, fullName, file, false);
            }
            Path init = dir.resolve(relative).resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return loadFile(ts, fullName, init, true);
            }
        }
        return null;
    }

    /** Where library modules live in the jar; also the start of their {@code __file__}. */
    private static final String LIBRARY_PREFIX = "krait/lib/";

    /** The source of Krait's library module at {@code relative} (a/b for a.b), or null if there is none. */
    private static String librarySource(String relative) {
        try (InputStream in = ModuleFinder.class.getClassLoader().getResourceAsStream(LIBRARY_PREFIX + relative
                + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Object loadFile(ThreadState ts, String fullName, Path file, boolean isPackage) {
        String source;
        try {
            byte[] data = Files.readAllBytes(file);
            source = SourceDecoding.decodeOrRaise(data, data.length, file.toString());
        } catch (IOException e) {
            return null;
        }
        return loadSource(ts, fullName, file.toString(), source, isPackage);
    }

    private static Object loadSource(ThreadState ts, String fullName, String filename, String source,
                                     boolean isPackage) {
        PyModule m = new PyModule(fullName);
        m.dict.put("__file__", filename);
        m.dict.put("__builtins__", ts.context.builtins);
        if (isPackage) {
            m.dict.put("__path__", PyList.of(Path.of(filename).getParent().toString()));
            m.dict.put("__package__", fullName);
        } else {
            int dot = fullName.lastIndexOf('.');
            m.dict.put("__package__", dot < 0 ? "" : fullName.substring(0, dot));
        }
        ts.context.sources.put(filename, source);
        ts.context.modules.put(fullName, m);
        try {
            Code code = Compiler.compileModuleFile(source, filename);
            Execution.runCode(ts, code, m.dict, m.dict);
        } catch (PyException | dev.krait.lexer.SyntaxError e) {
            ts.context.modules.remove(fullName);
            throw e;
        }
        return m;
    }
}

package dev.krait.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a line of a program's source for tracebacks, compile errors and warnings, as CPython's linecache does:
 * from the sources the context already holds, else from the file of that name; null for code with no file
 * ({@code <string>}), and for everything once the context is finalizing at exit.
 */
public final class SourceLines {
    private SourceLines() {}

    /** Line {@code lineno} (from 1) without its newline, or null; with no context, only a file is read. */
    public static String get(Context context, String filename, int lineno) {
        if (context != null && context.finalizing) {
            return null;
        }
        String src = context == null ? null : context.sources.get(filename);
        if (src == null) {
            try {
                Path p = Path.of(filename);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                byte[] data = Files.readAllBytes(p);
                try {
                    src = SourceDecoding.decode(data, data.length, filename);
                } catch (SourceDecoding.Failure e) {
                    src = new String(data, StandardCharsets.UTF_8);
                }
                if (context != null) {
                    context.sources.put(filename, src);
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        String[] lines = src.split("\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }
}

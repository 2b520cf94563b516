package dev.krait.vm;

import dev.krait.compiler.CompileWarning;
import dev.krait.runtime.ConsoleIO;
import dev.krait.runtime.Context;

import java.util.List;

/**
 * Shows the compiler's SyntaxWarnings on sys.stderr the way CPython's default warning display does: the location
 * and message, then the stripped source line when the file has one. CPython shows every one of them, even a
 * repeat from the same line, because the compiler warns without a registry of warnings already shown.
 */
public final class CompileWarnings {
    private CompileWarnings() {}

    public static void show(Context context, List<CompileWarning> warnings) {
        for (CompileWarning w : warnings) {
            StringBuilder text = new StringBuilder();
            text.append(w.filename()).append(':').append(w.line()).append(": SyntaxWarning: ").append(w.message())
                    .append('\n');
            String line = SourceLines.get(context, w.filename(), w.line());
            if (line != null) {
                text.append("  ").append(line.strip()).append('\n');
            }
            ConsoleIO.writeStderr(text.toString());
        }
        context.stderr.flush();
    }
}

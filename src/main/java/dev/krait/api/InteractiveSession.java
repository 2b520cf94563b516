package dev.krait.api;

import dev.krait.bytecode.Code;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.SyntaxError;
import dev.krait.modules.SysHooks;
import dev.krait.runtime.Attributes;
import dev.krait.runtime.Context;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyException;
import dev.krait.runtime.ThreadState;
import dev.krait.vm.Execution;
import dev.krait.vm.InternalErrors;
import dev.krait.vm.SyntaxErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An interactive session in one {@code __main__} namespace, fed line by line as python3's prompt feeds it (and
 * as Python's {@code code.InteractiveConsole.push} is): each complete input is compiled in "single" mode, so that
 * expression statements show their values, and run; an uncaught exception is printed and the session goes on.
 */
public final class InteractiveSession {
    /** Statements whose first line opens a block: the prompt then reads on up to a blank line. */
    private static final Set<String> BLOCK_KEYWORDS = Set.of("if", "for", "while", "def", "class", "with", "try",
            "async", "match");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(@|[A-Za-z_]+)");

    private final Context context;
    private final ThreadState threadState;
    private final PyDict globals;
    private final List<String> lines = new ArrayList<>();
    private Integer exitStatus;

    InteractiveSession(Context context, ThreadState threadState, PyDict globals) {
        this.context = context;
        this.threadState = threadState;
        this.globals = globals;
    }

    /**
     * Adds one line of input; runs the input when it is complete. Returns true while more lines are needed (the
     * prompt is then the continuation prompt).
     */
    public boolean push(String line) {
        lines.add(line);
        String source = String.join("\n", lines);
        boolean more = compileAndRun(source);
        if (!more) {
            lines.clear();
        }
        return more;
    }

    /** Drops the lines of an input not yet complete (Ctrl-C at the prompt). */
    public void reset() {
        lines.clear();
    }

    /** The prompt for the next line: str(sys.ps1), or str(sys.ps2) while an input goes on (a program may set them). */
    public String prompt() {
        ThreadState previous = ThreadState.bind(threadState);
        try {
            Object sys = context.modules.get("sys");
            Object prompt = sys == null ? null : Attributes.find(sys, lines.isEmpty() ? "ps1" : "ps2");
            return prompt == null ? "" : Ops.str(prompt);
        } catch (PyException e) {
            return lines.isEmpty() ? ">>> " : "... ";
        } finally {
            ThreadState.bind(previous);
        }
    }

    /** The exit status once the input raised SystemExit (exit(), quit(), sys.exit()), else null. */
    public Integer exitStatus() {
        return exitStatus;
    }

    private boolean compileAndRun(String source) {
        boolean ended = lines.size() > 1 && lines.get(lines.size() - 1).isBlank();
        Code code;
        try {
            code = Compiler.compileInteractive(source + "\n", "<stdin>");
        } catch (SyntaxError e) {
            if (!ended && incomplete(e)) {
                return true;
            }
            report(SyntaxErrors.toPython(e));
            return false;
        }
        if (!ended && opensBlock(lines.get(0))) {
            return true;
        }
        ThreadState previous = ThreadState.bind(threadState);
        try {
            Execution.runCode(threadState, code, globals, globals);
        } catch (PyException e) {
            report(e.value);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            report(InternalErrors.toPython(e).value);
        } finally {
            context.stdout.flush();
            ThreadState.bind(previous);
        }
        return false;
    }

    /** The errors of input that more lines could still complete. */
    private static boolean incomplete(SyntaxError e) {
        return e.msg.endsWith("was never closed") || e.msg.startsWith("expected an indented block")
                || e.msg.equals("unexpected EOF while parsing") || e.msg.startsWith("unterminated triple-quoted");
    }

    private static boolean opensBlock(String firstLine) {
        var m = FIRST_WORD.matcher(firstLine);
        return m.find() && (m.group(1).equals("@") || BLOCK_KEYWORDS.contains(m.group(1)));
    }

    /** Prints an uncaught exception as python3's prompt does, or takes SystemExit's status. */
    private void report(PyBaseException exc) {
        ThreadState previous = ThreadState.bind(threadState);
        try {
            if (exc.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                exitStatus = Krait.exitStatus(exc);
            } else {
                SysHooks.reportUncaught(context, exc);
            }
        } finally {
            ThreadState.bind(previous);
        }
    }
}

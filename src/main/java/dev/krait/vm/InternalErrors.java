package dev.krait.vm;

import dev.krait.runtime.Errors;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyException;

/**
 * Turns Java failures that escape the runtime into Python exceptions, so no Java stack trace reaches a user: the
 * compiler's SyntaxError (from exec, eval, compile, import) becomes Python's; the Java stack running out becomes
 * RecursionError; anything else is an interpreter bug, reported as SystemError.
 */
public final class InternalErrors {
    private InternalErrors() {}

    public static PyException toPython(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof dev.krait.lexer.SyntaxError e) {
            return SyntaxErrors.toPython(e).asThrowable();
        }
        if (t instanceof StackOverflowError) {
            return Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return Errors.memoryError();
        }
        return Errors.raise(ExceptionTypes.SYSTEM_ERROR, "internal error: " + t);
    }
}

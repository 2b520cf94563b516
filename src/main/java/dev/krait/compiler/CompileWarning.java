package dev.krait.compiler;

/**
 * A SyntaxWarning found while compiling: code that compiles but is certain to misbehave, such as
 * {@code x is 1} or a missing comma in {@code [(1, 2) (3, 4)]}. CPython prints these to stderr before the
 * program runs, so the compiler hands them to its caller instead of failing.
 */
public record CompileWarning(String filename, int line, String message) {}

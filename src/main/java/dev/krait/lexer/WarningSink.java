package dev.krait.lexer;

/**
 * Where the tokenizer's SyntaxWarnings go (CPython's tokenizer warns about "1if", a number run into a keyword):
 * the compiler shows them as it shows its own, while parsing, so before any later SyntaxError.
 */
public interface WarningSink {
    /** Shows nothing: for tokenizing outside a compilation (tools, f-string fields parsed again). */
    WarningSink IGNORE = (message, line) -> { };

    /** A SyntaxWarning with {@code message} about file line {@code line}. */
    void warn(String message, int line);
}

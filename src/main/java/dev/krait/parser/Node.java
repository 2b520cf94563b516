package dev.krait.parser;

/** Every AST node knows where it came from. */
public interface Node {
    Loc loc();
}

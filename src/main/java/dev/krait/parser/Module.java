package dev.krait.parser;

import java.util.List;

/** A parsed source file (mode "exec"), or the single expression of mode "eval" wrapped as one statement. */
public record Module(List<Stmt> body, String filename) {}

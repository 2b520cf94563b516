package dev.krait.compiler;

import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Module;
import dev.krait.parser.Stmt;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements of a module: they must come first (after the docstring), may
 * only name known features, and switch on compiler behaviour. Only {@code annotations} (PEP 563, annotations kept
 * as strings) changes anything in Python 3; the others are accepted and ignored.
 */
final class FutureFeatures {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /** Whether annotations are compiled to their source text instead of being evaluated. */
    final boolean annotations;
    /** The future statements in their rightful place; any other one is misplaced. */
    private final Set<Stmt> leading;

    private FutureFeatures(boolean annotations, Set<Stmt> leading) {
        this.annotations = annotations;
        this.leading = leading;
    }

    /** What a compilation unit with no future statements gets. */
    static final FutureFeatures NONE = new FutureFeatures(false, Set.of());

    /** Reads the leading future statements of {@code module}, reporting misplaced ones and unknown features. */
    static FutureFeatures scan(Module module, CompileErrors errors) {
        Set<Stmt> leading = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean annotations = false;
        boolean done = false;
        List<Stmt> body = module.body();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && StatementCompiler.docstring(body) != null) {
                continue;
            }
            if (!isFutureImport(s)) {
                done = true;
                continue;
            }
            if (done) {
                throw misplaced(s, errors);
            }
            leading.add(s);
            for (Stmt.Alias a : ((Stmt.ImportFrom) s).names()) {
                if (a.name().equals("braces")) {
                    throw errors.at("not a chance", startOf(s.loc()));
                }
                if (!KNOWN.contains(a.name())) {
                    throw errors.at("future feature " + a.name() + " is not defined", startOf(s.loc()));
                }
                annotations |= a.name().equals("annotations");
            }
        }
        return new FutureFeatures(annotations, leading);
    }

    static boolean isFutureImport(Stmt s) {
        return s instanceof Stmt.ImportFrom f && f.level() == 0 && "__future__".equals(f.module());
    }

    /** Whether {@code s} (a future import) is one of the leading ones, where future imports are allowed. */
    boolean isLeading(Stmt s) {
        return leading.contains(s);
    }

    static dev.krait.lexer.SyntaxError misplaced(Stmt s, CompileErrors errors) {
        return errors.at("from __future__ imports must occur at the beginning of the file", s.loc());
    }

    /** CPython points at the statement's first character only for a bad feature name. */
    private static Loc startOf(Loc loc) {
        return new Loc(loc.line(), loc.col(), loc.line(), -1);
    }

    /**
     * Annotations compile to strings under the annotations feature: the expression as CPython unparses it. Walruses,
     * yields and awaits are refused there, since the annotation is never evaluated.
     */
    String annotationText(Expr annotation, CompileErrors errors) {
        Expr bad = Unparser.forbiddenInAnnotation(annotation);
        if (bad != null) {
            throw errors.at("'" + Unparser.describe(bad) + "' can not be used within an annotation", bad.loc());
        }
        return Unparser.unparse(annotation);
    }
}

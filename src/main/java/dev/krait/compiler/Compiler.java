package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.PRINT_EXPR;
import static dev.krait.bytecode.Opcodes.RETURN_VALUE;
import static dev.krait.bytecode.Opcodes.SETUP_ANNOTATIONS;
import static dev.krait.bytecode.Opcodes.STORE_NAME;

import dev.krait.bytecode.Code;
import dev.krait.lexer.SyntaxError;
import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Module;
import dev.krait.parser.Parser;
import dev.krait.parser.Stmt;
import dev.krait.runtime.PyTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The compiler's entry points: Python source or an AST in, a {@link Code} object out. Modes follow CPython's
 * {@code compile()}: "exec" for modules, "eval" for a single expression, "single" for one interactive statement
 * (expression values are printed).
 */
public final class Compiler {
    private Compiler() {}

    /** Parses and compiles a module, ignoring SyntaxWarnings. */
    public static Code compileModule(String source, String filename) throws SyntaxError {
        return compileModule(source, filename, new ArrayList<>());
    }

    /** Parses and compiles a module, adding the SyntaxWarnings it finds to {@code warnings}. */
    public static Code compileModule(String source, String filename, List<CompileWarning> warnings)
            throws SyntaxError {
        return compile(Parser.parseModule(source, filename), source, filename, false, 0, warnings);
    }

    /**
     * {@code compile(source, filename, mode, optimize=...)}: mode "exec", "eval" or "single"; optimize above 0
     * drops assert statements and makes {@code __debug__} false, as {@code python -O} does.
     */
    public static Code compile(String source, String filename, String mode, int optimize,
            List<CompileWarning> warnings) throws SyntaxError {
        switch (mode) {
            case "exec":
                return compile(Parser.parseModule(source, filename), source, filename, false, optimize, warnings);
            case "eval": return compileExpression(source, filename, optimize, warnings);
            case "single": return compileInteractive(source, filename, optimize, warnings);
            default: throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
    }

    /** Parses and compiles one expression for {@code eval()}. */
    public static Code compileExpression(String source, String filename) throws SyntaxError {
        return compileExpression(source, filename, 0, new ArrayList<>());
    }

    private static Code compileExpression(String source, String filename, int optimize,
            List<CompileWarning> warnings) throws SyntaxError {
        Expr e = Parser.parseExpression(source, filename);
        CompileErrors errors = new CompileErrors(source, filename, warnings);
        SymbolTable symbols = SymbolTable.build(new Module(List.of(new Stmt.ExprStmt(e, e.loc())), filename), errors);
        StatementCompiler g = new StatementCompiler(symbols, errors, filename);
        g.optimize = optimize;
        Unit unit = new Unit(symbols.module(), "<module>", "<module>", 1);
        g.pushUnit(unit);
        g.expr(e);
        g.emit(RETURN_VALUE);
        return unit.finish(filename, 0, 0, 0, 0);
    }

    /** Parses and compiles interactive input: like a module, but expression statements print their value. */
    public static Code compileInteractive(String source, String filename) throws SyntaxError {
        return compileInteractive(source, filename, 0, new ArrayList<>());
    }

    private static Code compileInteractive(String source, String filename, int optimize,
            List<CompileWarning> warnings) throws SyntaxError {
        Module m = Parser.parseModule(source, filename);
        if (m.body().size() > 1) {
            Loc first = m.body().get(0).loc();
            throw new CompileErrors(source, filename, warnings).at("multiple statements found while compiling a single statement",
                    first);
        }
        return compile(m, source, filename, true, optimize, warnings);
    }

    /** Compiles a parsed module, adding the SyntaxWarnings it finds to {@code warnings}. */
    public static Code compile(Module module, String source, String filename, boolean interactive, int optimize,
            List<CompileWarning> warnings) {
        CompileErrors errors = new CompileErrors(source, filename, warnings);
        SymbolTable symbols = SymbolTable.build(module, errors);
        StatementCompiler g = interactive ? new InteractiveCompiler(symbols, errors, filename)
                : new StatementCompiler(symbols, errors, filename);
        g.optimize = optimize;
        Scope top = symbols.module();
        Unit unit = new Unit(top, "<module>", "<module>", 1);
        g.pushUnit(unit);
        List<Stmt> body = module.body();
        if (top.hasAnnotations) {
            g.emit(SETUP_ANNOTATIONS);
        }
        String doc = StatementCompiler.docstring(body);
        if (doc != null && !interactive) {
            g.at(body.get(0).loc());
            g.loadConst(doc);
            g.emit(STORE_NAME, unit.name("__doc__"));
            body = body.subList(1, body.size());
        }
        g.statements(body);
        g.at(body.isEmpty() ? new Loc(1, 0, 1, 0) : lastLine(body));
        g.loadConst(PyTypes.NONE);
        g.emit(RETURN_VALUE);
        return unit.finish(filename, 0, 0, 0, 0);
    }

    private static Loc lastLine(List<Stmt> body) {
        Loc l = body.get(body.size() - 1).loc();
        return new Loc(l.endLine(), l.col(), l.endLine(), l.endCol());
    }

    /** The "single" mode: top-level expression statements print their value through PRINT_EXPR. */
    private static final class InteractiveCompiler extends StatementCompiler {
        InteractiveCompiler(SymbolTable symbols, CompileErrors errors, String filename) {
            super(symbols, errors, filename);
        }

        @Override
        void statement(Stmt s) {
            if (s instanceof Stmt.ExprStmt e && u.scope.kind == Scope.Kind.MODULE) {
                Loc saved = at(s.loc());
                expr(e.value());
                emit(PRINT_EXPR);
                at(saved);
                return;
            }
            super.statement(s);
        }
    }
}

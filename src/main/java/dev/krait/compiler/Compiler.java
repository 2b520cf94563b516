package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.PRINT_EXPR;
import static dev.krait.bytecode.Opcodes.RETURN_VALUE;
import static dev.krait.bytecode.Opcodes.SETUP_ANNOTATIONS;
import static dev.krait.bytecode.Opcodes.STORE_NAME;

import dev.krait.bytecode.Code;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.WarningSink;
import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Module;
import dev.krait.parser.Parser;
import dev.krait.parser.Stmt;
import dev.krait.runtime.PyTypes;

import java.util.List;

/**
 * The compiler's entry points: Python source or an AST in, a {@link Code} object out. Modes follow CPython's
 * {@code compile()}: "exec" for modules, "eval" for a single expression, "single" for one interactive statement
 * (expression values are printed).
 */
public final class Compiler {
    private Compiler() {}

    /** Parses and compiles a module. */
    public static Code compileModule(String source, String filename) throws SyntaxError {
        return compile(Parser.parseModule(source, filename, warnings(filename)), source, filename, false, 0);
    }

    /** Parses and compiles a module's file for {@code import}. */
    public static Code compileModuleFile(String source, String filename) throws SyntaxError {
        return compile(Parser.parseModuleFile(source, filename, warnings(filename)), source, filename, false, 0);
    }

    /** Parses and compiles the file of the program being run, whose syntax errors CPython words a little apart. */
    public static Code compileProgramFile(String source, String filename) throws SyntaxError {
        return compile(Parser.parseProgramFile(source, filename, warnings(filename)), source, filename, false, 0);
    }

    /** The tokenizer's SyntaxWarnings, shown as the compiler's own are. */
    private static WarningSink warnings(String filename) {
        return new CompileErrors(filename)::warn;
    }

    /**
     * {@code compile(source, filename, mode, optimize=...)}: mode "exec", "eval" or "single"; optimize above 0
     * drops assert statements and makes {@code __debug__} false, as {@code python -O} does.
     */
    public static Code compile(String source, String filename, String mode, int optimize) throws SyntaxError {
        switch (mode) {
            case "exec":
                return compile(Parser.parseModule(source, filename, warnings(filename)), source, filename, false,
                        optimize);
            case "eval": return compileExpression(source, filename, optimize);
            case "single": return compileInteractive(source, filename, optimize);
            default: throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
    }

    /** Parses and compiles one expression for {@code eval()}. */
    public static Code compileExpression(String source, String filename) throws SyntaxError {
        return compileExpression(source, filename, 0);
    }

    private static Code compileExpression(String source, String filename, int optimize) throws SyntaxError {
        Expr e = Parser.parseExpression(source, filename, warnings(filename));
        CompileErrors errors = new CompileErrors(filename, source);
        SymbolTable symbols = SymbolTable.build(new Module(List.of(new Stmt.ExprStmt(e, e.loc())), filename), errors,
                FutureFeatures.NONE);
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
        return compileInteractive(source, filename, 0);
    }

    private static Code compileInteractive(String source, String filename, int optimize) throws SyntaxError {
        Module m = Parser.parseInteractive(source, filename, warnings(filename));
        if (m.body().isEmpty()) {
            // Interactive input must hold a statement: blank lines and comments alone are an error, reported at
            // the last line.
            String[] lines = source.split("\n", -1);
            int last = source.isEmpty() ? 0 : source.endsWith("\n") ? lines.length - 1 : lines.length;
            String text = last == 0 ? "" : lines[last - 1] + "\n";
            throw new SyntaxError("SyntaxError", "invalid syntax", filename, last, 0, 0, 0, text);
        }
        // Simple statements joined by ';' on the first line make one interactive statement; more lines do not.
        Loc first = m.body().get(0).loc();
        if (m.body().stream().anyMatch(st -> st.loc().line() != first.line())) {
            // CPython's parser raises this one, so it quotes the line from the source itself.
            String text = source.split("\n", -1)[first.line() - 1] + "\n";
            throw new SyntaxError("SyntaxError", "multiple statements found while compiling a single statement",
                    filename, first.line(), first.endCol() + 1, first.endLine(), first.endCol() + 1, text);
        }
        return compile(m, source, filename, true, optimize);
    }

    /** Compiles a parsed module. */
    public static Code compile(Module module, String source, String filename, boolean interactive, int optimize) {
        CompileErrors errors = new CompileErrors(filename, source);
        FutureFeatures future = FutureFeatures.scan(module, errors);
        SymbolTable symbols = SymbolTable.build(module, errors, future);
        StatementCompiler g = interactive ? new InteractiveCompiler(symbols, errors, filename)
                : new StatementCompiler(symbols, errors, filename);
        g.optimize = optimize;
        g.future = future;
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

package dev.krait.cli;

import dev.krait.api.Krait;
import dev.krait.bytecode.Code;
import dev.krait.bytecode.Disassembler;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.Lexer;
import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;
import dev.krait.parser.AstDump;
import dev.krait.parser.Parser;
import dev.krait.runtime.CheckedOutput;
import dev.krait.runtime.Context;
import dev.krait.runtime.SourceDecoding;
import dev.krait.runtime.ThreadState;
import dev.krait.unicode.UnicodeChars;
import dev.krait.vm.SyntaxErrors;
import dev.krait.vm.TracebackPrinter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code krait} command: {@code krait prog.py [args]} runs a program like {@code python3 prog.py}, {@code krait
 * -c CODE [args]} runs a string, and {@code krait dis|tokens|ast prog.py} show the compilation stages.
 */
public final class Main {
    private static final String USAGE = "usage: krait [-u] [--profile | --profile-opcodes] [-c cmd | -m mod | file | -] [arg] ...\n"
            + "       krait dis|tokens|ast file\n";
    /** Python code may recurse deeply: the interpreter runs on a thread with a large stack. */
    private static final long STACK_BYTES = 1L << 30;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        CheckedOutput out = standardOutput(args);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int[] status = new int[1];
        OldGenerationGuard.install();
        Thread t = new Thread(null, () -> status[0] = run(args, out, err, System.in), "krait-main", STACK_BYTES);
        t.start();
        t.join();
        if (out.failsFirstAtExit()) {
            err.print("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                    + "BrokenPipeError: [Errno 32] Broken pipe\n");
            if (status[0] == 0) {
                status[0] = 120;
            }
        }
        System.exit(status[0]);
    }

    /**
     * The program's stdout, buffered as CPython buffers it: not at all with {@code -u} or a non-empty
     * {@code PYTHONUNBUFFERED} (so that its output interleaves with stderr's in time order), by line on a terminal,
     * else in blocks written when full and at exit.
     */
    private static CheckedOutput standardOutput(String[] args) {
        FileOutputStream fd = new FileOutputStream(FileDescriptor.out);
        String unbufferedVariable = System.getenv("PYTHONUNBUFFERED");
        boolean unbuffered = unbufferedVariable != null && !unbufferedVariable.isEmpty();
        for (int i = 0; i < args.length && isOption(args[i]); i++) {
            unbuffered |= args[i].equals("-u");
        }
        return CheckedOutput.over(fd, unbuffered ? 0 : 1 << 16, System.console() != null);
    }

    /** The switches accepted before the program: {@code -u} (unbuffered stdout) and the profilers. */
    private static boolean isOption(String arg) {
        return arg.equals("-u") || arg.equals("--profile") || arg.equals("--profile-opcodes");
    }

    /** Runs the command line with the given streams and returns the exit status (used in-process by tests). */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        Options options = new Options();
        int first = 0;
        while (first < args.length && isOption(args[first])) {
            options.functions |= args[first].equals("--profile");
            options.opcodes |= args[first].equals("--profile-opcodes");
            first++;
        }
        args = Arrays.copyOfRange(args, first, args.length);
        if (args.length == 0 && in == System.in && System.console() != null) {
            return Repl.run(out, err, in);
        }
        if (args.length == 0 || args[0].equals("-")) {
            // As python3 does: the program is read from stdin, and sys.argv[0] is "" (or "-").
            String source;
            try {
                source = decode(in.readAllBytes(), "<stdin>", err);
            } catch (IOException e) {
                err.println("krait: can't read the program from stdin: " + e.getMessage());
                return 2;
            } catch (Unreadable e) {
                return e.status;
            }
            return program("<stdin>", source, argv(args.length == 0 ? "" : "-", args, Math.min(1, args.length)),
                    options, out, err, in);
        }
        switch (args[0]) {
            case "-m":
                if (args.length < 2) {
                    err.print("Argument expected for the -m option\n" + USAGE);
                    return 2;
                }
                Path module = moduleFile(args[1]);
                if (module == null) {
                    err.println("krait: No module named " + args[1]);
                    return 1;
                }
                return runFile(module.toString(), args, 2, options, out, err, in);
            case "-c":
                if (args.length < 2) {
                    err.print("Argument expected for the -c option\n" + USAGE);
                    return 2;
                }
                return program("<string>", args[1], argv("-c", args, 2), options, out, err, in);
            case "dis":
            case "tokens":
            case "ast":
                if (args.length < 2) {
                    err.print(USAGE);
                    return 2;
                }
                return showStage(args[0], args[1], out, err);
            case "docs-bytecode":
                out.print(BytecodeDoc.generate());
                out.flush();
                return 0;
            case "opcode-table":
                out.print(dev.krait.bytecode.OpcodeTable.generateData());
                out.flush();
                return 0;
            case "--version":
            case "-V":
                out.println("Python 3.11.7 (Krait 0.1)");
                return 0;
            default:
                if (args[0].startsWith("-") && !args[0].equals("-")) {
                    err.print("Unknown option: " + args[0] + "\n" + USAGE);
                    return 2;
                }
                return runFile(args[0], args, 1, options, out, err, in);
        }
    }

    /** Runs program file {@code file} (sys.argv[0] as given), with {@code args[from..]} after it in sys.argv. */
    private static int runFile(String file, String[] args, int from, Options options, PrintStream out,
                               PrintStream err, InputStream in) {
        // CPython reports the main script by its absolute path (since 3.9).
        String filename = Path.of(file).toAbsolutePath().normalize().toString();
        String source;
        try {
            source = read(file, filename, err);
        } catch (Unreadable e) {
            return e.status;
        }
        return program(filename, source, argv(file, args, from), options, out, err, in);
    }

    /**
     * The file {@code python3 -m name} runs: name.py (a.b: a/b.py) or the package's __main__.py, in the current
     * directory, which is where -m looks first; null if there is none.
     */
    private static Path moduleFile(String name) {
        Path base = Path.of("").toAbsolutePath();
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !part.codePoints().allMatch(c -> UnicodeChars.isAlnum(c) || c == '_')) {
                return null;
            }
            base = base.resolve(part);
        }
        Path module = Path.of(base + ".py");
        if (Files.isRegularFile(module)) {
            return module;
        }
        Path packageMain = base.resolve("__main__.py");
        return Files.isRegularFile(packageMain) ? packageMain : null;
    }

    private static List<String> argv(String first, String[] args, int from) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(Arrays.asList(args).subList(from, args.length));
        return out;
    }

    /** Command-line switches that come before the program. */
    private static final class Options {
        boolean functions;
        boolean opcodes;
    }

    private static int program(String filename, String source, List<String> argv, Options options, PrintStream out,
                               PrintStream err, InputStream in) {
        Krait krait = Krait.create(out, err, in);
        if (in == System.in) {
            CtrlC.raiseKeyboardInterruptIn(krait);
        }
        Path parent = Path.of(filename).toAbsolutePath().getParent();
        krait.addToPath(filename.equals("<string>") || parent == null ? "" : parent.toString());
        if (options.functions) {
            krait.profileFunctions();
        }
        if (options.opcodes) {
            krait.profileOpcodes();
        }
        int status = krait.runMain(filename, source, argv);
        err.print(krait.profileReport());
        err.flush();
        return status;
    }

    /** A program file that could not be read or decoded (the reason is already reported), and the exit status. */
    private static final class Unreadable extends Exception {
        final int status;

        Unreadable(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** The text of a program file, decoded as PEP 263 says; {@code filename} names it in decoding errors. */
    private static String read(String file, String filename, PrintStream err) throws Unreadable {
        try {
            return decode(Files.readAllBytes(Path.of(file)), filename, err);
        } catch (NoSuchFileException e) {
            err.println("krait: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            err.println("krait: can't open file '" + file + "': " + e.getMessage());
        }
        throw new Unreadable(2);
    }

    /** The text of a program's bytes, decoded as PEP 263 says; {@code filename} names it in decoding errors. */
    private static String decode(byte[] data, String filename, PrintStream err) throws Unreadable {
        try {
            return SourceDecoding.decode(data, data.length, filename);
        } catch (SourceDecoding.Failure e) {
            // CPython's tokenizer reports these before any traceback exists.
            err.println("SyntaxError: " + e.getMessage());
            err.flush();
            throw new Unreadable(1);
        }
    }

    private static int showStage(String stage, String file, PrintStream out, PrintStream err) {
        String source;
        try {
            source = read(file, file, err);
        } catch (Unreadable e) {
            return e.status;
        }
        Context context = new Context(out, err, InputStream.nullInputStream());
        ThreadState previous = ThreadState.bind(new ThreadState(context));
        try {
            switch (stage) {
                case "tokens":
                    for (Token token : Lexer.tokenize(source, file)) {
                        out.println(token);
                    }
                    break;
                case "ast":
                    out.println(AstDump.dump(Parser.parseModule(source, file)));
                    break;
                default:
                    Code code = Compiler.compileModule(source, file);
                    out.print(Disassembler.disassemble(code));
            }
            return 0;
        } catch (SyntaxError e) {
            context.sources.put(file, source);
            err.print(TracebackPrinter.format(context, SyntaxErrors.toPython(e)));
            return 1;
        } finally {
            out.flush();
            ThreadState.bind(previous);
        }
    }
}

package dev.krait.cli;

import dev.krait.api.InteractiveSession;
import dev.krait.api.Krait;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code krait} with no program on a terminal: python3's interactive prompt, reading lines as the terminal gives
 * them (no line editing or history of its own), until end of input or SystemExit. Ctrl-C at the prompt drops the
 * input being typed ("KeyboardInterrupt" and a fresh prompt); while code runs, it raises KeyboardInterrupt there.
 */
final class Repl {
    private final Krait krait;
    private final InteractiveSession session;
    private final PrintStream out;
    /**
     * Set while the prompt waits for a line (the session is then idle); Ctrl-C then drops the input instead of
     * interrupting code.
     */
    private volatile boolean atPrompt;

    private Repl(PrintStream out, PrintStream err, InputStream in) {
        this.krait = Krait.create(out, err, in);
        this.out = out;
        krait.addToPath("");
        this.session = krait.interactive();
    }

    static int run(PrintStream out, PrintStream err, InputStream in) {
        Repl repl = new Repl(out, err, in);
        CtrlC.onCtrlC(repl::ctrlC);
        err.println("Krait 0.1 (Python 3.11 language) on Java " + Runtime.version().feature());
        err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        return repl.loop(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private int loop(BufferedReader reader) {
        while (session.exitStatus() == null) {
            out.print(session.prompt());
            out.flush();
            String line;
            atPrompt = true;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                line = null;
            } finally {
                atPrompt = false;
            }
            if (line == null) {
                out.println();
                out.flush();
                return 0;
            }
            session.push(line);
        }
        return session.exitStatus();
    }

    private void ctrlC() {
        if (atPrompt) {
            session.reset();
            out.print("\nKeyboardInterrupt\n" + session.prompt());
            out.flush();
        } else {
            CtrlC.interrupt(krait);
        }
    }
}

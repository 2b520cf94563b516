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
 * them (no line editing or history of its own), until end of input or SystemExit.
 */
final class Repl {
    private Repl() {}

    static int run(PrintStream out, PrintStream err, InputStream in) {
        Krait krait = Krait.create(out, err, in);
        krait.addToPath("");
        InteractiveSession session = krait.interactive();
        err.println("Krait 0.1 (Python 3.11 language) on Java " + Runtime.version().feature());
        err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (session.exitStatus() == null) {
            out.print(session.prompt());
            out.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                line = null;
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
}

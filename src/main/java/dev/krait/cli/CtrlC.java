package dev.krait.cli;

import dev.krait.api.Krait;

import sun.misc.Signal;

/**
 * Ctrl-C on the command line: KeyboardInterrupt in the running program, as in python3. A second Ctrl-C while the
 * first is still undelivered (the program is blocked reading input) ends the process with status 130.
 */
final class CtrlC {
    private CtrlC() {}

    static void raiseKeyboardInterruptIn(Krait krait) {
        onCtrlC(() -> interrupt(krait));
    }

    /** What Ctrl-C does to a running program (see the class comment). */
    static void interrupt(Krait krait) {
        if (krait.interruptPending()) {
            System.err.println("\nKeyboardInterrupt");
            Runtime.getRuntime().halt(130);
        }
        krait.interrupt();
    }

    /** Runs {@code action} (on a thread of the JVM's) at each Ctrl-C instead of ending the process. */
    static void onCtrlC(Runnable action) {
        try {
            Signal.handle(new Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT here (the JVM runs with -Xrs, or on a platform without it): Ctrl-C keeps its default.
        }
    }
}

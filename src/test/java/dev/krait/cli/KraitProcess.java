package dev.krait.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run in a new JVM (for what only a process shows: its real stdout, current directory, pipes). */
final class KraitProcess {
    private KraitProcess() {}

    /** A process running {@code krait args...} in directory {@code dir}, on this JVM and class path. */
    static ProcessBuilder builder(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }
}

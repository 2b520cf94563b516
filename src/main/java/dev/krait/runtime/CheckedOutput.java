package dev.krait.runtime;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A standard stream of the command line: a PrintStream that keeps the failure of a write (a pipe closed by its
 * reader, a full disk) for the Python side to raise as OSError, where PrintStream alone would swallow it and let
 * a program print into a closed pipe forever. Embedders' own PrintStreams are used as they are.
 */
public final class CheckedOutput extends PrintStream {
    private final Probe probe;
    private final boolean unbuffered;
    private final boolean lineBuffered;

    private CheckedOutput(Probe probe, OutputStream out, boolean unbuffered, boolean lineBuffered) {
        super(out, unbuffered || lineBuffered, StandardCharsets.UTF_8);
        this.probe = probe;
        this.unbuffered = unbuffered;
        this.lineBuffered = lineBuffered;
    }

    /**
     * A UTF-8 stream over {@code target}: buffered in blocks of {@code bufferSize} bytes (0: unbuffered), flushed
     * at each newline if {@code lineBuffered}.
     */
    public static CheckedOutput over(OutputStream target, int bufferSize, boolean lineBuffered) {
        Probe probe = new Probe(target);
        OutputStream out = bufferSize > 0 ? new BufferedOutputStream(probe, bufferSize) : probe;
        return new CheckedOutput(probe, out, bufferSize == 0, lineBuffered && bufferSize > 0);
    }

    /** Whether every write goes straight through ({@code -u}): the text layer's {@code write_through}. */
    public boolean unbuffered() {
        return unbuffered;
    }

    /** Whether a newline flushes (a terminal, buffered): the text layer's {@code line_buffering}. */
    public boolean lineBuffered() {
        return lineBuffered;
    }

    /** Whether {@link #takeFailure} has returned a failure before. */
    private boolean failedBefore;

    /** The failure of a write since the last call, or null; forgets it. */
    public IOException takeFailure() {
        IOException e = probe.failure;
        probe.failure = null;
        failedBefore |= e != null;
        return e;
    }

    /**
     * Flushes at exit; true if that failed and nothing failed before (a program whose writes all seemed to succeed
     * but whose last buffered output could not be written, which CPython reports and exits 120 for).
     */
    public boolean failsFirstAtExit() {
        boolean before = failedBefore;
        flush();
        return takeFailure() != null && !before;
    }

    /** Records the failure of a write to the stream underneath, and passes it on to PrintStream. */
    private static final class Probe extends FilterOutputStream {
        IOException failure;

        Probe(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}

package dev.krait.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of an open file: reads go through a read-ahead buffer, writes go straight to the file (so a file written
 * and read again without being closed, as a one-line {@code open(p, 'w').write(s)} does, already has its text).
 * Failures of the operating system become OSErrors with CPython's errno and wording.
 */
final class FileStream {
    private static final int CHUNK = 8192;

    private final FileChannel channel;
    private final boolean appending;
    /** Bytes read beyond the logical position: {@code ahead[aheadPos..aheadEnd)}; the channel is past them. */
    private byte[] ahead = new byte[0];
    private int aheadPos;
    private int aheadEnd;

    private FileStream(FileChannel channel, boolean appending) {
        this.channel = channel;
        this.appending = appending;
    }

    static FileStream open(String path, OpenMode mode) {
        List<OpenOption> options = new ArrayList<>();
        if (mode.readable()) {
            options.add(StandardOpenOption.READ);
        }
        if (mode.writable()) {
            options.add(StandardOpenOption.WRITE);
        }
        if (mode.writing()) {
            options.addAll(List.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
        } else if (mode.appending()) {
            options.add(StandardOpenOption.CREATE);
        } else if (mode.creating()) {
            options.add(StandardOpenOption.CREATE_NEW);
        }
        Path p;
        try {
            p = path.isEmpty() ? null : Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            p = null; // a name the file system cannot hold (a lone surrogate) names no file
        }
        if (p == null) {
            throw osError(2, "No such file or directory", path);
        }
        if (Files.isDirectory(p)) {
            throw osError(21, "Is a directory", path);
        }
        try {
            FileChannel channel = FileChannel.open(p, options.toArray(new OpenOption[0]));
            if (mode.appending()) {
                channel.position(channel.size());
            }
            return new FileStream(channel, mode.appending());
        } catch (NoSuchFileException e) {
            throw osError(2, "No such file or directory", path);
        } catch (FileAlreadyExistsException e) {
            throw osError(17, "File exists", path);
        } catch (AccessDeniedException e) {
            throw osError(13, "Permission denied", path);
        } catch (FileSystemException e) {
            // The operating system's reason, e.g. "Not a directory" for a path through a file.
            boolean notDirectory = "Not a directory".equals(e.getReason());
            throw osError(notDirectory ? 20 : 5, notDirectory ? "Not a directory" : "Input/output error", path);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw osError(2, "No such file or directory", path);
        }
    }

    /** {@code OSError(errno, strerror, filename)}, which becomes the errno's subclass (FileNotFoundError...). */
    static PyException osError(int errno, String strerror, Object filename) {
        Object exc = filename == null ? Ops.call(ExceptionTypes.OS_ERROR, (long) errno, strerror)
                : Ops.call(ExceptionTypes.OS_ERROR, (long) errno, strerror, filename);
        return ((PyBaseException) exc).asThrowable();
    }

    long tell() {
        try {
            return channel.position() - (aheadEnd - aheadPos);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    long seek(long position) {
        if (position < 0) {
            throw osError(22, "Invalid argument", null);
        }
        try {
            dropReadAhead();
            channel.position(position);
            return position;
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    /** Up to {@code n} bytes (all the rest if {@code n < 0}); fewer only at the end of the file. */
    byte[] read(long n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (n < 0 || out.size() < n) {
            if (aheadPos == aheadEnd && !fill()) {
                break;
            }
            int take = n < 0 ? aheadEnd - aheadPos : (int) Math.min(aheadEnd - aheadPos, n - out.size());
            out.write(ahead, aheadPos, take);
            aheadPos += take;
        }
        return out.toByteArray();
    }

    /** The bytes up to and including the next {@code '\n'}, at most {@code limit} of them if {@code limit >= 0}. */
    byte[] readLine(long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (aheadPos == aheadEnd && !fill()) {
                break;
            }
            int end = aheadPos;
            int stop = limit < 0 ? aheadEnd : (int) Math.min(aheadEnd, aheadPos + limit - out.size());
            while (end < stop && ahead[end] != '\n') {
                end++;
            }
            boolean newline = end < stop;
            out.write(ahead, aheadPos, end - aheadPos + (newline ? 1 : 0));
            aheadPos = end + (newline ? 1 : 0);
            if (newline) {
                break;
            }
        }
        return out.toByteArray();
    }

    void write(byte[] data, int length) {
        try {
            dropReadAhead();
            if (appending) {
                channel.position(channel.size());
            }
            ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    void truncate(long size) {
        try {
            long position = tell();
            dropReadAhead();
            if (size < channel.size()) {
                channel.truncate(size);
            } else {
                channel.write(ByteBuffer.allocate((int) (size - channel.size())), channel.size());
            }
            channel.position(position);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private boolean fill() {
        try {
            if (ahead.length == 0) {
                ahead = new byte[CHUNK];
            }
            int n = channel.read(ByteBuffer.wrap(ahead));
            aheadPos = 0;
            aheadEnd = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private void dropReadAhead() throws IOException {
        if (aheadPos != aheadEnd) {
            channel.position(channel.position() - (aheadEnd - aheadPos));
        }
        aheadPos = aheadEnd = 0;
    }

    /** The OSError for a failed read or write: BrokenPipeError for a pipe whose other end is closed. */
    static PyException ioFailure(IOException e) {
        if ("Broken pipe".equals(e.getMessage())) {
            return osError(32, "Broken pipe", null);
        }
        return osError(5, "Input/output error", null);
    }
}

package dev.journeykit.assertj.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reading and writing snapshot files: UTF-8, whole files only (a temporary file moved into place).
 * A new snapshot gets the process's default (umask) permissions; a replaced one keeps its own.
 */
public final class SnapshotFiles {

    private static final AtomicLong COUNTER = new AtomicLong();

    private SnapshotFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws UncheckedIOException naming the file, when it cannot be read
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code text} to {@code file}, creating its directory; a reader never sees half a file.
     *
     * @throws UncheckedIOException naming the file, when it cannot be written
     */
    public static void write(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = createTemp(dir, file.getFileName().toString());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move took it, or it is left for the build's clean
                }
            }
        }
    }

    /**
     * A new empty file beside the target, created the way {@code Files.newOutputStream} creates one,
     * so it has the process's default (umask) permissions rather than {@code createTempFile}'s
     * owner-only ones.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        String stem = "." + name + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(dir.resolve(stem + COUNTER.incrementAndGet() + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes {@code file} when it exists.
     *
     * @throws UncheckedIOException naming the file, when it cannot be deleted
     */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}

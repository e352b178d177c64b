package dev.journeykit.assertj.internal;

import dev.journeykit.core.internal.AtomicWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading and writing snapshot files: UTF-8, whole files only (a temporary file moved into place).
 * A new snapshot gets the process's default (umask) permissions; a replaced one keeps its own.
 */
public final class SnapshotFiles {

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
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicWrite.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + file + ": " + e.getMessage(), e);
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

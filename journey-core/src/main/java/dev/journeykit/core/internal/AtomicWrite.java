package dev.journeykit.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file whole or not at all: the bytes go to a new file in the target's directory, which
 * is then moved over the target (atomically where the file system can). The temporary file is
 * created like {@code Files.newOutputStream} creates a file, so a new target gets the process's
 * default (umask) permissions, not the owner-only ones of {@code Files.createTempFile}; an
 * existing target keeps its POSIX permissions. A failed write leaves the target as it was and
 * removes the temporary file.
 *
 * <p>Not API: the one way JourneyKit's own modules (the SVG renderer, the snapshot assertions, the
 * command line) write files; {@code module-info} exports this package to them only.
 */
public final class AtomicWrite {

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicWrite() {
    }

    /** Writes {@code bytes} to {@code file}, whole or not at all. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = createTemp(target.getParent(), target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

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

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }
}

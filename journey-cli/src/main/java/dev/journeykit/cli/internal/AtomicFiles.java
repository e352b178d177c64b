package dev.journeykit.cli.internal;

import dev.journeykit.core.internal.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes files whole or not at all: the bytes go to a temporary file in the target's directory,
 * which is then moved over the target. A reader never sees a partial file, and a failed write
 * leaves the old file (if any) untouched and no temporary file behind. An existing file keeps its
 * POSIX permissions; a new one gets the process's default (umask) permissions. The mechanism is
 * journey-core's {@link AtomicWrite}; this adds the command line's error messages.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    static void write(Path target, String text) throws CliError {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target}, atomically; an error names the file. */
    static void write(Path target, byte[] bytes) throws CliError {
        if (Files.isDirectory(target)) {
            throw new CliError(target + ": cannot write: is a directory");
        }
        try {
            AtomicWrite.write(target, bytes);
        } catch (IOException e) {
            throw IoErrors.error(target.toString(), "cannot write", e);
        }
    }
}

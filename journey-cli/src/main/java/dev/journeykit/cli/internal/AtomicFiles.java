package dev.journeykit.cli.internal;

import dev.journeykit.core.internal.AtomicWrite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files whole or not at all: the bytes go to a temporary file in the target's directory,
 * forced to the disk, which is then moved over the target. A reader never sees a partial file,
 * and a failed write leaves the old file (if any) untouched and no temporary file behind. An
 * existing file keeps its POSIX permissions; a new one gets the process's default (umask)
 * permissions. A symbolic link is written through to its target; a FIFO or a device is written
 * as a stream, never replaced. The mechanism is journey-core's {@link AtomicWrite}; this adds the
 * command line's error messages.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically; an error names the file. */
    static void write(Path target, String text) throws CliError {
        writeAll(Map.of(target, text));
    }

    /**
     * Writes every text as UTF-8 to its file, all or none; an error names the first file that
     * could not be written.
     */
    static void writeAll(Map<Path, String> texts) throws CliError {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        texts.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        writeAllBytes(bytes);
    }

    /** Writes every byte array to its file, all or none; an error names the first file that could not be written. */
    static void writeAllBytes(Map<Path, byte[]> files) throws CliError {
        try {
            AtomicWrite.writeAll(files);
        } catch (AtomicWrite.Failure e) {
            throw IoErrors.error(e.file().toString(), "cannot write", e.getCause());
        }
    }
}

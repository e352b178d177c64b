package dev.journeykit.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code --out DIR} folder that {@code render} and {@code diff} write pictures into: checked
 * to be a folder before anything is read, and created only when there is something to write.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Refuses an {@code --out} that names a file rather than a folder: an existing file, or a
     * name ending in {@code .svg}, {@code .png} or {@code .pdf}.
     */
    static void check(Path out) throws CliError {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(out) || name.endsWith(".svg") || name.endsWith(".png") || name.endsWith(".pdf")) {
            throw new CliError("--out " + out + ": --out is a folder, not a file name: the pictures are written into "
                    + "it as NAME.svg (e.g. --out pictures)");
        }
    }

    /** Creates the folder when missing; an error names it. */
    static void create(Path out) throws CliError {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw IoErrors.error(out.toString(), "cannot create the output folder", e);
        }
    }
}

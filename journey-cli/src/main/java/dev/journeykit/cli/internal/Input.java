package dev.journeykit.cli.internal;

import java.nio.file.Path;

/**
 * One input file: its path and the name used for it in messages and reports, which is the path
 * as the user gave it (or the directory they gave joined with the file's relative path).
 */
record Input(Path path, String name) {

    /** The file name without its extension: {@code maps/satin.journey} gives {@code satin}. */
    String baseName() {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}

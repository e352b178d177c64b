package dev.journeykit.cli.internal;

import dev.journeykit.core.internal.Links;
import dev.journeykit.dsl.JourneyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the {@code FILE|DIR...} arguments of a command into input files. A file is taken as
 * given, whatever its name; a directory gives every {@code .journey} file under it, recursively,
 * sorted by path, skipping hidden files and directories (names starting with a dot). A file
 * reached twice is taken once. Missing paths and directories without maps are reported, and the
 * other arguments still expand. A symbolic link is followed; one that leads nowhere is reported as
 * a dangling link or a loop of links, not as a missing file.
 */
final class Inputs {

    static final String EXTENSION = JourneyFiles.EXTENSION;

    private Inputs() {
    }

    static List<Input> expand(List<String> arguments, Console console) {
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String argument : arguments) {
            try {
                for (Input input : expand(argument)) {
                    if (seen.add(input.path().toAbsolutePath().normalize())) {
                        inputs.add(input);
                    }
                }
            } catch (CliError e) {
                console.error(e.getMessage());
            }
        }
        return inputs;
    }

    /** One file, which must not be a directory; an error is reported and nothing returned otherwise. */
    static List<Input> file(String argument, Console console) {
        try {
            Path path = path(argument);
            if (Files.isDirectory(path)) {
                throw new CliError(argument + ": is a directory (give one file)");
            }
            return expand(argument);
        } catch (CliError e) {
            console.error(e.getMessage());
            return List.of();
        }
    }

    private static Path path(String argument) throws CliError {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CliError(argument + ": not a valid path: " + e.getReason());
        }
    }

    private static List<Input> expand(String argument) throws CliError {
        Path path = path(argument);
        if (Files.isRegularFile(path)) {
            return List.of(new Input(path, argument));
        }
        if (!Files.isDirectory(path)) {
            throw new CliError(argument + ": " + Links.broken(path).orElse(Files.exists(path)
                    ? "not a file or directory" : "no such file or directory"));
        }
        List<Path> found;
        try {
            found = JourneyFiles.find(path);
        } catch (IOException e) {
            throw IoErrors.error(argument, "cannot list", e);
        }
        if (found.isEmpty()) {
            throw new CliError(argument + ": no " + EXTENSION + " files in this directory");
        }
        return found.stream().map(p -> new Input(p, p.toString())).toList();
    }
}

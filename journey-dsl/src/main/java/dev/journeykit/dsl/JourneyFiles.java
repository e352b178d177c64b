package dev.journeykit.dsl;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds {@code .journey} files in a folder, the one way the command line and the Maven plugin
 * look for maps: every file ending in {@value #EXTENSION} under the folder, recursively, skipping
 * hidden files and folders (names starting with a dot), sorted by their path relative to the
 * folder with {@code /} separators, so the order is the same on every machine.
 */
public final class JourneyFiles {

    /** The extension of map files. */
    public static final String EXTENSION = ".journey";

    private JourneyFiles() {
    }

    /**
     * The map files under {@code folder}, sorted; empty when there are none.
     *
     * @throws IOException when the folder or one below it cannot be listed
     */
    public static List<Path> find(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder must not be null");
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && file.getFileName().toString().endsWith(EXTENSION)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(p -> relative(folder, p)));
        return found;
    }

    /** {@code file}'s path relative to {@code folder} with {@code /} separators. */
    public static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

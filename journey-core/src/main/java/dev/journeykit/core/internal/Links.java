package dev.journeykit.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Symbolic links that lead nowhere, named for a user: a dangling link and a loop of links are
 * told apart from a missing file. Not API, like {@link AtomicWrite}.
 */
public final class Links {

    /** More links in a chain than this is taken as a loop, as the kernel does with its own limit. */
    private static final int MAX_HOPS = 40;

    private Links() {
    }

    /**
     * Why {@code path} leads nowhere when it is a symbolic link that does: {@code a dangling
     * symbolic link (to gone.svg, which does not exist)} or {@code a loop of symbolic links};
     * empty when it is not a link, or a link that reaches a file.
     */
    public static Optional<String> broken(Path path) {
        if (!Files.isSymbolicLink(path) || Files.exists(path)) {
            return Optional.empty();
        }
        List<Path> seen = new ArrayList<>();
        Path at = path.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (seen.contains(at) || seen.size() > MAX_HOPS) {
                    return Optional.of("a loop of symbolic links");
                }
                seen.add(at);
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
            return Optional.of("a dangling symbolic link (to " + Files.readSymbolicLink(path)
                    + ", which does not exist)");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

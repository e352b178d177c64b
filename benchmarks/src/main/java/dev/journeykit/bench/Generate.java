package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes generated maps to a directory: {@code synthetic-N.journey} and {@code flow-N.dot} for
 * each size N, and prints one line a size with the counts and byte sizes.
 *
 * <pre>{@code java -cp benchmarks.jar dev.journeykit.bench.Generate OUT_DIR N... [--seed S]}</pre>
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Generate OUT_DIR N... [--seed S]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long seed = JourneyGenerator.DEFAULT_SEED;
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            }
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                i++;
                continue;
            }
            int n = Integer.parseInt(args[i]);
            JourneyMap map = JourneyGenerator.generate(n, seed);
            byte[] text = JourneyText.write(map).getBytes(StandardCharsets.UTF_8);
            byte[] dot = FlowDot.write(map).getBytes(StandardCharsets.UTF_8);
            write(dir.resolve("synthetic-" + n + ".journey"), text);
            write(dir.resolve("flow-" + n + ".dot"), dot);
            System.out.printf(Locale.ROOT, "n=%d steps=%d transitions=%d journey_bytes=%d dot_bytes=%d%n",
                    n, map.steps().size(), map.transitions().size(), text.length, dot.length);
        }
    }

    /** Writes the whole file or nothing: a temporary file moved into place. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

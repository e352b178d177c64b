package dev.journeykit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;

/**
 * The whole-process figures of the start-up issue, each beside its anchor from the same run: a
 * fresh process per run, the commands of one round run one after the other and the rounds
 * repeated, so that a change of load touches every command alike; medians of the rounds.
 *
 * <ul>
 *   <li>{@code java -version}: the anchor of start-up;</li>
 *   <li>{@code java -jar journey.jar --version} and {@code check} of one example map, and the
 *       same check through the distribution's {@code bin/journey} launcher (its class-data-sharing
 *       archive made by a first run before the rounds);</li>
 *   <li>{@code render --view flow} of the 500-touchpoint generated map against Graphviz
 *       {@code dot -Tsvg} of the same graph with stage clusters (skipped without {@code dot});</li>
 *   <li>{@code check} and {@code fmt --check} of the 100,000-touchpoint generated map (the latter
 *       on its formatted text, as in CI where maps are kept formatted), with peak memory.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.journeykit.bench.WholeProcess MAPS_DIR \
 *     journey-cli/target/journey.jar journey-cli/target/journey-VERSION.zip EXAMPLE.journey WORK_DIR [ROUNDS]
 * }</pre>
 *
 * MAPS_DIR holds {@link Generate}'s {@code synthetic-500.journey}, {@code flow-500.dot} and
 * {@code synthetic-100000.journey}. Prints a Markdown table.
 */
public final class WholeProcess {

    /** The name of Graphviz's run in the table. */
    private static final String DOT = "dot -Tsvg (500)";
    /** The longest a dot run may take, in seconds. */
    private static final int DOT_LIMIT = 120;

    private WholeProcess() {
    }

    /** One command of a round: what it is called in the table and how it runs. */
    private record Command(String name, List<String> line, Map<String, String> environment) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: WholeProcess MAPS_DIR JOURNEY_JAR JOURNEY_ZIP EXAMPLE.journey WORK_DIR [ROUNDS]");
            System.exit(2);
        }
        Path work = Path.of(args[4]);
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        Files.createDirectories(work);
        List<Command> commands = commands(Path.of(args[0]), args[1], Path.of(args[2]), args[3], work);
        String loadBefore = Processes.load();
        Map<String, double[][]> figures = measure(commands, rounds);
        System.out.printf(Locale.ROOT, "Medians of %d rounds, load average %s before and %s after.%n%n", rounds, loadBefore,
                Processes.load());
        table(commands, figures);
    }

    /** The commands of a round, their inputs made ready (the formatted map, the launcher's archive). */
    private static List<Command> commands(Path maps, String jar, Path zip, String example, Path work)
            throws IOException, InterruptedException {
        String java = Processes.java();
        Path dist = unzip(zip, work.resolve("dist"));
        delete(work.resolve("cds")); // an archive of an earlier run is of other bytes
        Map<String, String> cds = Map.of("JOURNEY_CDS_DIR", work.resolve("cds").toString(),
                "JAVA_HOME", System.getProperty("java.home"));
        String launcher = dist.resolve("bin/journey").toString();
        Path formatted = work.resolve("formatted-100000.journey");
        Files.copy(maps.resolve("synthetic-100000.journey"), formatted, StandardCopyOption.REPLACE_EXISTING);
        Processes.time(List.of(java, "-jar", jar, "fmt", formatted.toString()), null);
        Processes.time(List.of(launcher, "check", example), cds, null); // makes the launcher's archive
        String big = maps.resolve("synthetic-100000.journey").toString();
        List<Command> commands = new ArrayList<>(List.of(
                new Command("java -version", List.of(java, "-version"), Map.of()),
                new Command("journey.jar --version", List.of(java, "-jar", jar, "--version"), Map.of()),
                new Command("journey.jar check (example map)", List.of(java, "-jar", jar, "check", example), Map.of()),
                new Command("bin/journey check (example map, CDS archive)", List.of(launcher, "check", example), cds),
                new Command("journey.jar render --view flow (500)", List.of(java, "-jar", jar, "render",
                        maps.resolve("synthetic-500.journey").toString(), "--view", "flow", "--out",
                        work.resolve("flow").toString()), Map.of()),
                new Command("journey.jar check (100,000)", List.of(java, "-jar", jar, "check", big), Map.of()),
                new Command("bin/journey check (100,000)", List.of(launcher, "check", big), cds),
                new Command("journey.jar fmt --check (100,000)", List.of(java, "-jar", jar, "fmt", "--check",
                        formatted.toString()), Map.of()),
                new Command("bin/journey fmt --check (100,000)", List.of(launcher, "fmt", "--check",
                        formatted.toString()), cds)));
        if (Files.isExecutable(Path.of("/usr/bin/dot"))) {
            // dot takes minutes where JourneyKit takes a second: it runs in the first round only, for at most DOT_LIMIT s
            commands.add(4, new Command(DOT, List.of("sh", "-c", "timeout " + DOT_LIMIT + " /usr/bin/dot -Tsvg "
                    + maps.resolve("flow-500.dot") + " -o " + work.resolve("flow-500.dot.svg") + "; exit 0"), Map.of()));
        }
        return commands;
    }

    /** Per command: wall, CPU and peak memory of each round (dot: of the first round only). */
    private static Map<String, double[][]> measure(List<Command> commands, int rounds)
            throws IOException, InterruptedException {
        Map<String, double[][]> figures = new LinkedHashMap<>();
        for (Command c : commands) {
            figures.put(c.name(), new double[3][c.name().equals(DOT) ? 1 : rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (Command c : commands) {
                if (r > 0 && c.name().equals(DOT)) {
                    continue;
                }
                Processes.Run run = Processes.time(c.line(), c.environment(), () -> "");
                double[][] f = figures.get(c.name());
                f[0][r] = run.seconds();
                f[1][r] = run.cpu();
                f[2][r] = run.peakMb();
            }
            System.err.printf(Locale.ROOT, "round %d of %d done (load %s)%n", r + 1, rounds, Processes.load());
        }
        return figures;
    }

    /** The Markdown table: medians, and each command against its anchor. */
    private static void table(List<Command> commands, Map<String, double[][]> figures) {
        double javaVersion = Processes.median(figures.get("java -version")[0]);
        double dotTime = figures.containsKey(DOT) ? figures.get(DOT)[0][0] : Double.NaN;
        boolean dotTimedOut = dotTime >= DOT_LIMIT - 0.5;
        System.out.println("| command | wall (median) | CPU (median) | peak RSS (median) | against its anchor |");
        System.out.println("|---|---:|---:|---:|---|");
        for (Command c : commands) {
            double[][] f = figures.get(c.name());
            double wall = Processes.median(f[0]);
            String anchor = "";
            if (c.name().contains("check (example") || c.name().contains("--version")) {
                anchor = String.format(Locale.ROOT, "%.1f× `java -version`", wall / javaVersion);
            } else if (c.name().contains("render") && !Double.isNaN(dotTime)) {
                anchor = String.format(Locale.ROOT, "`dot` takes %s%.0f× as long", dotTimedOut ? "over " : "", dotTime / wall);
            }
            System.out.printf(Locale.ROOT, "| %s | %s%.2f s | %s | %s | %s |%n", c.name(),
                    c.name().equals(DOT) && dotTimedOut ? "> " : "", wall,
                    f[1][0] < 0 ? "?" : String.format(Locale.ROOT, "%.2f s", Processes.median(f[1])),
                    f[2][0] < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", Processes.median(f[2])), anchor);
        }
    }

    /** Deletes a folder and what it holds, if it is there. */
    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Unzips the distribution into dir (fresh) and returns the folder that holds bin/ and lib/. */
    private static Path unzip(Path zip, Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path to = dir.resolve(entry.getName()).normalize();
                if (!to.startsWith(dir)) {
                    throw new IOException("a zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to);
                }
            }
        }
        try (var found = Files.find(dir, 3, (p, a) -> p.endsWith(Path.of("bin", "journey")))) {
            Path bin = found.findFirst().orElseThrow(() -> new IOException("no bin/journey in " + zip));
            bin.toFile().setExecutable(true);
            return bin.getParent().getParent();
        }
    }
}

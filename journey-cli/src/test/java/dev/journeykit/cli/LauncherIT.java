package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code journey-VERSION.zip}: {@code bin/journey} and {@code lib/journey.jar};
 * the script runs the command line, makes a class-data-sharing archive outside the unpacked
 * folder on its first run and uses it on the next.
 */
class LauncherIT {

    private static final String VERSION = System.getProperty("journey.version");

    @TempDir
    Path dir;

    @Test
    void the_zip_holds_the_script_and_the_jar_and_the_script_archives_classes_on_first_run() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(System.getProperty("journey.zip"))) {
            java.util.Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
        }
        assertThat(names).contains("journey-" + VERSION + "/bin/journey", "journey-" + VERSION + "/lib/journey.jar",
                "journey-" + VERSION + "/lib/journey.classlist");
        Path home = unzip();

        Path cache = dir.resolve("cache");
        Result first = run(home, cache, "--version");
        assertThat(first.out()).isEqualTo("journey " + VERSION + "\n");
        assertThat(first.exit()).isZero();
        List<Path> archives;
        try (var list = Files.list(cache)) {
            archives = list.toList();
        }
        assertThat(archives).hasSize(1);
        assertThat(archives.get(0).getFileName().toString()).startsWith("journey-" + VERSION + "-").endsWith(".jsa");
        assertThat(archives.get(0).startsWith(home)).isFalse();

        Result second = run(home, cache, "check", "--help");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).startsWith("Usage: journey check");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void the_archive_made_on_a_first_run_of_one_command_serves_the_others_and_the_command_line_library()
            throws Exception {
        Path home = unzip();
        Path cache = dir.resolve("cache");
        assertThat(run(home, cache, "--version").exit()).isZero();
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Path log = dir.resolve("classes.log");
        Result check = run(home, cache, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log), "check",
                "clean.journey");
        assertThat(check.exit()).isZero();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        // picocli's class files are of Java 5: only a static archive made from a class list holds them
        for (String name : List.of("picocli.CommandLine", "dev.journeykit.cli.internal.CheckCommand",
                "dev.journeykit.core.analysis.Analyzers", "dev.journeykit.dsl.JourneyDsl")) {
            assertThat(lines).filteredOn(line -> line.contains("] " + name + " source: ")).singleElement()
                    .asString().endsWith("source: shared objects file");
        }
    }

    @Test
    void a_class_list_the_jvm_cannot_read_leaves_a_mark_and_every_run_goes_on_without_an_archive() throws Exception {
        Path home = unzip();
        Files.writeString(home.resolve("lib/journey.classlist"), "@lambda-proxy garbage\n");
        Path cache = dir.resolve("cache");
        Result first = run(home, cache, "--version");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("journey " + VERSION + "\n");
        assertThat(first.err()).isEmpty();
        List<String> files;
        try (var list = Files.list(cache)) {
            files = list.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(files).singleElement().asString().startsWith("journey-" + VERSION + "-").endsWith(".failed");
        assertThat(run(home, cache, "--version").out()).isEqualTo("journey " + VERSION + "\n");
    }

    @Test
    void a_jar_replaced_in_place_gets_an_archive_of_its_own() throws Exception {
        Path home = unzip();
        Path cache = dir.resolve("cache");
        assertThat(run(home, cache, "--version").exit()).isZero();
        Path jar = home.resolve("lib/journey.jar");
        // a newer jar in the same place (another build): the old archive would map classes of other bytes
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 3L * 24 * 3600 * 1000));
        Result again = run(home, cache, "--version");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("journey " + VERSION + "\n");
        try (var list = Files.list(cache)) {
            assertThat(list.filter(p -> p.toString().endsWith(".jsa")).count()).isEqualTo(2);
        }
    }

    @Test
    void the_script_runs_the_jvm_with_the_serial_collector_and_c1_c2_for_observe_of_large_logs_unless_journey_java_opts_says_otherwise()
            throws Exception {
        Path home = unzip();
        Path cache = dir.resolve("cache");
        // JAVA_TOOL_OPTIONS reaches the JVM whatever the script does: it prints the flags the JVM runs with
        Map<String, String> flags = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags", "JOURNEY_CDS", "off");
        Result defaults = run(home, cache, flags, "--version");
        assertThat(defaults.exit()).isZero();
        assertThat(defaults.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0").endsWith("journey " + VERSION + "\n");
        Path hugePages = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(hugePages) && Files.readString(hugePages).contains("[madvise]");
        assertThat(defaults.out().contains("-XX:+UseTransparentHugePages")).isEqualTo(onRequest);

        Result observe = run(home, cache, flags, "observe", "--help");
        assertThat(observe.exit()).isZero();
        assertThat(observe.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1048576")
                .doesNotContain("MaxTenuringThreshold");
        // C2 for logs read long enough to repay it: a plain CSV file of a gigabyte, any other log
        // (gzip, JSON Lines, XES, a CSV file with a quote in its first 8 KB) of 50 MB; one byte
        // less, or a large file given as --output, is C1's (files of that size without their bytes:
        // a few rows, then sparse)
        Path map = dir.resolve("one map.journey"); // a space in a name is no trouble
        Files.writeString(map, "journey \"x\"\n".repeat(100_000)); // the map does not count
        Path big = log(dir.resolve("big.csv"), "c1,2024-01-01 00:00:04,search\n", 1L << 30);
        Path quoted = log(dir.resolve("quoted.csv"), "\"c1\",2024-01-01 00:00:04,search\n", (1L << 30) / 20 + 1);
        Path packed = log(dir.resolve("packed.csv.gz"), "", (1L << 30) / 20 + 1);
        Path lines = log(dir.resolve("events.jsonl"), "{}\n", (1L << 30) / 20 + 1);
        Path under = log(dir.resolve("under.csv"), "c1,2024-01-01 00:00:04,search\n", (1L << 30) - 1);
        for (Path log : List.of(big, quoted, packed, lines)) {
            Result large = run(home, cache, flags, "observe", "--help", map.toString(), log.toString());
            assertThat(large.exit()).isZero();
            assertThat(large.out()).as(log.toString()).contains("-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1048576")
                    .doesNotContain("TieredStopAtLevel");
        }
        Result small = run(home, cache, flags, "observe", "--help", map.toString(), under.toString(), "--output", big.toString());
        assertThat(small.exit()).isZero();
        assertThat(small.out()).contains("-XX:TieredStopAtLevel=1");

        Map<String, String> own = new java.util.HashMap<>(flags);
        own.put("JOURNEY_JAVA_OPTS", "-XX:+UseParallelGC -Xmx300m");
        Result replaced = run(home, cache, own, "--version");
        assertThat(replaced.exit()).isZero();
        assertThat(replaced.out()).contains("-XX:+UseParallelGC", "-XX:MaxHeapSize=314572800")
                .doesNotContain("TieredStopAtLevel", "UseSerialGC");
    }

    /** A file of {@code size} bytes: the row repeated over the first 16 KB (no more than size), the rest a hole. */
    private static Path log(Path file, String row, long size) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            byte[] head = row.repeat(row.isEmpty() ? 0 : (1 << 14) / row.length()).getBytes(StandardCharsets.UTF_8);
            f.write(head, 0, (int) Math.min(head.length, size));
            f.setLength(size);
        }
        return file;
    }

    /** The distribution unzipped into the test's folder, its script executable; the folder it made. */
    private Path unzip() throws IOException {
        Path zip = Path.of(System.getProperty("journey.zip"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path target = dir.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        Path home = dir.resolve("journey-" + VERSION);
        Files.setPosixFilePermissions(home.resolve("bin/journey"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(Path home, Path cache, String... args) throws IOException, InterruptedException {
        return run(home, cache, Map.of(), args);
    }

    private Result run(Path home, Path cache, Map<String, String> extra, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/journey").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("JOURNEY_CDS_DIR", cache.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(extra);
        Path err = dir.resolve("err.txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Result(exit, out, Files.readString(err, StandardCharsets.UTF_8));
    }
}

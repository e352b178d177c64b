package dev.journeykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar journey.jar ARGS} in a folder and captures what it does. */
final class JourneyJar {

    /** What one run did. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path jar;

    JourneyJar() {
        String path = System.getProperty("journey.jar");
        if (path == null) {
            throw new IllegalStateException("system property journey.jar is not set: run the end-to-end "
                    + "tests with mvn verify (failsafe sets it to journey-cli/target/journey.jar)");
        }
        this.jar = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package journey-cli first");
        }
    }

    /** Runs the jar with {@code dir} as the working directory. */
    Run run(Path dir, String... args) {
        return run(dir, null, false, List.of(), args);
    }

    /**
     * The classes the JVM loaded from the jar in a run of {@code args} (from {@code
     * -Xlog:class+load}), with the run itself.
     */
    List<String> classesLoaded(Path dir, String... args) {
        return loadLog(dir, true, args);
    }

    /** Every class the run loads, the JDK's included (by name, in load order). */
    List<String> everyClassLoaded(Path dir, String... args) {
        return loadLog(dir, false, args);
    }

    private List<String> loadLog(Path dir, boolean jarOnly, String... args) {
        Path log = dir.resolve("classes.log");
        Run run = run(dir, null, false, List.of("-Xlog:class+load:file=" + log), args);
        if (run.exit() != 0 && run.exit() != 1) {
            throw new AssertionError(run.toString());
        }
        try {
            List<String> classes = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                int start = line.indexOf("] ");
                int end = line.indexOf(" source: ");
                if (start >= 0 && end > start && (!jarOnly || line.contains(jar.getFileName().toString()))) {
                    classes.add(line.substring(start + 2, end));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the jar with its standard output sent to {@code stdout} ({@code /dev/full}, a file); {@link Run#out} is empty. */
    Run runTo(Path dir, Path stdout, String... args) {
        return run(dir, ProcessBuilder.Redirect.appendTo(stdout.toFile()), false, List.of(), args);
    }

    /** Runs the jar with its standard output a pipe that nobody reads: closed before the jar writes. */
    Run runWithClosedOutput(Path dir, String... args) {
        return run(dir, null, true, List.of(), args);
    }

    private Run run(Path dir, ProcessBuilder.Redirect stdout, boolean closeStdout, List<String> jvmOptions,
                    String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            if (stdout != null) {
                builder.redirectOutput(stdout);
            }
            Process process = builder.start();
            process.getOutputStream().close();
            if (closeStdout) {
                process.getInputStream().close();
            }
            CompletableFuture<String> out = closeStdout ? CompletableFuture.completedFuture("")
                    : CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("journey " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name}, creating its folders: a fixture file. */
    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.journeykit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole processes timed as a user meets them: a fresh process each run, its wall time from start
 * to exit, and, under {@code /usr/bin/time} when the machine has it, its CPU time (user + system)
 * and peak resident memory.
 */
final class Processes {

    private Processes() {
    }

    /** One run: wall seconds, CPU seconds (user + system, -1 unknown), peak resident MB (-1 unknown), its answer. */
    record Run(double seconds, double cpu, double peakMb, String answer) {
    }

    /** What a run answered, read after it ended (null: its standard output). */
    interface Answer {
        String read() throws IOException;
    }

    /** The java launcher of the JVM that runs this, for child JVMs of the same build. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The one-minute load average, or "?" where the machine does not say. */
    static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }

    /**
     * Runs a process to its end; exit codes 0 and 1 count as done (1: findings or differences),
     * any other fails with its standard error.
     */
    static Run time(List<String> command, Answer answer) throws IOException, InterruptedException {
        return time(command, Map.of(), answer);
    }

    /** {@link #time(List, Answer)} with these variables added to the environment. */
    static Run time(List<String> command, Map<String, String> environment, Answer answer)
            throws IOException, InterruptedException {
        Path timeTool = Path.of("/usr/bin/time");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(timeTool);
        if (timed) {
            full.addAll(List.of(timeTool.toString(), "-f", "peak-kb %M cpu %U %S"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full);
        builder.environment().putAll(environment);
        Path stdout = Files.createTempFile("bench", ".out");
        Path stderr = Files.createTempFile("bench", ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        try {
            long t0 = System.nanoTime();
            int code = builder.start().waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            if (code != 0 && code != 1) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + code + ":\n" + err);
            }
            double peak = -1;
            double cpu = -1;
            for (String line : err.split("\n")) {
                if (line.startsWith("peak-kb ")) {
                    String[] parts = line.trim().split(" ");
                    peak = Long.parseLong(parts[1]) / 1024.0;
                    cpu = Double.parseDouble(parts[3]) + Double.parseDouble(parts[4]);
                }
            }
            String text = answer == null ? Files.readString(stdout, StandardCharsets.UTF_8).trim() : answer.read();
            return new Run(seconds, cpu, peak, text);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

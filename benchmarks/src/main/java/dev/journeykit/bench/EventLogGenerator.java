package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.dsl.JourneyDsl;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes customer event logs like real exports: N customers, each a random walk (about ten events
 * on average) that mostly follows the map's designed transitions and otherwise wanders over the
 * stages: drop-offs, stays in a stage, backtracks to the stage before, and skewed popularity of
 * the steps within a stage (the k-th most popular is chosen with weight 1/k); minutes to hours
 * between events; the whole log sorted by time. Columns
 * {@code customer_id,ts,touchpoint} (times like {@code 2024-01-01 00:00:04}; the event is the
 * step id, which binds by default), plus {@code persona} when the map has personas. Deterministic
 * for a seed.
 *
 * <pre>{@code java -cp benchmarks.jar dev.journeykit.bench.EventLogGenerator MAP.journey OUT.csv CUSTOMERS [SEED]}</pre>
 */
public final class EventLogGenerator {

    /** 2024-01-01T00:00:00Z in epoch seconds: where the generated log starts. */
    private static final long START = 1_704_067_200L;
    private static final int DAYS = 28;

    private EventLogGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: EventLogGenerator MAP.journey OUT.csv CUSTOMERS [SEED]");
            System.exit(2);
        }
        Path mapFile = Path.of(args[0]);
        JourneyMap map = JourneyDsl.parse(mapFile.toString(), Files.readString(mapFile, StandardCharsets.UTF_8));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            long events = write(map, Integer.parseInt(args[2]), seed, out);
            System.err.println("wrote " + events + " events to " + args[1]);
        }
    }

    /** Writes the log of {@code customers} customers; returns the number of events (rows). */
    public static long write(JourneyMap map, int customers, long seed, Writer writer) throws IOException {
        Random random = new Random(seed);
        List<Stage> stages = map.stages().stream().filter(s -> !s.steps().isEmpty()).toList();
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("the map has no steps");
        }
        List<String[]> stepIds = new ArrayList<>();
        List<double[]> cumulative = new ArrayList<>();
        for (Stage stage : stages) {
            List<Step> steps = new ArrayList<>(stage.steps());
            java.util.Collections.shuffle(steps, random);
            String[] ids = steps.stream().map(Step::id).toArray(String[]::new);
            double[] weights = new double[ids.length];
            double sum = 0;
            for (int k = 0; k < ids.length; k++) {
                sum += 1.0 / (k + 1);
                weights[k] = sum;
            }
            for (int k = 0; k < ids.length; k++) {
                weights[k] /= sum;
            }
            stepIds.add(ids);
            cumulative.add(weights);
        }
        java.util.Map<String, int[]> place = new java.util.HashMap<>();
        for (int st = 0; st < stepIds.size(); st++) {
            for (int k = 0; k < stepIds.get(st).length; k++) {
                place.put(stepIds.get(st)[k], new int[] {st, k});
            }
        }
        java.util.Map<String, List<int[]>> next = new java.util.HashMap<>();
        map.transitions().forEach(t -> next.computeIfAbsent(t.from(), f -> new ArrayList<>()).add(place.get(t.to())));
        List<String> personas = map.personas().stream().map(Persona::id).toList();
        int capacity = Math.max(16, customers * 11);
        long[] keys = new long[capacity];
        int[] who = new int[capacity];
        short[] stageOf = new short[capacity];
        short[] stepOf = new short[capacity];
        int n = 0;
        for (int c = 0; c < customers; c++) {
            long t = START + (long) (random.nextDouble() * DAYS * 86_400);
            int stage = 0;
            double[] w0 = cumulative.get(0);
            int k = Math.min(Math.abs(Arrays.binarySearch(w0, random.nextDouble()) + 1), w0.length - 1);
            while (true) {
                if (n == keys.length) {
                    int grown = keys.length * 2;
                    keys = Arrays.copyOf(keys, grown);
                    who = Arrays.copyOf(who, grown);
                    stageOf = Arrays.copyOf(stageOf, grown);
                    stepOf = Arrays.copyOf(stepOf, grown);
                }
                keys[n] = t << 32 | n;
                who[n] = c;
                stageOf[n] = (short) stage;
                stepOf[n] = (short) k;
                n++;
                double r = random.nextDouble();
                List<int[]> designed = next.getOrDefault(stepIds.get(stage)[k], List.of());
                if (r < 0.06 + 0.02 * stage) {
                    break; // drops off
                } else if (r < 0.75 && !designed.isEmpty()) {
                    int[] to = designed.get(random.nextInt(designed.size()));
                    stage = to[0];
                    k = to[1];
                } else {
                    if (r < 0.8) {
                        // stays in the stage
                    } else if (r < 0.86 && stage > 0) {
                        stage--; // goes back
                    } else if (stage + 1 < stages.size()) {
                        stage++;
                    } else {
                        break; // done
                    }
                    double[] w = cumulative.get(stage);
                    int found = Arrays.binarySearch(w, random.nextDouble());
                    k = Math.min(found < 0 ? -found - 1 : found, w.length - 1);
                }
                t += 1 + (long) (-Math.log(1 - random.nextDouble()) * (r < 0.8 ? 240 : 3_600));
            }
        }
        Arrays.sort(keys, 0, n);
        BufferedWriter out = writer instanceof BufferedWriter b ? b : new BufferedWriter(writer, 1 << 16);
        out.write(personas.isEmpty() ? "customer_id,ts,touchpoint\n" : "customer_id,ts,touchpoint,persona\n");
        StringBuilder line = new StringBuilder(80);
        for (int i = 0; i < n; i++) {
            int e = (int) keys[i];
            long seconds = keys[i] >>> 32;
            line.setLength(0);
            line.append('c').append(who[e] + 1).append(',');
            time(line, seconds);
            line.append(',').append(stepIds.get(stageOf[e])[stepOf[e]]);
            if (!personas.isEmpty()) {
                line.append(',');
                int p = Math.floorMod(who[e] * 31 + 7, personas.size() + 1);
                if (p < personas.size()) {
                    line.append(personas.get(p));
                }
            }
            out.append(line).append('\n');
        }
        out.flush();
        return n;
    }

    /** {@code 2024-01-01 00:00:04} for epoch seconds in 2024 (days counted from January 1st). */
    private static void time(StringBuilder out, long epochSeconds) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSeconds, 0, java.time.ZoneOffset.UTC);
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue());
        out.append('-');
        two(out, t.getDayOfMonth());
        out.append(' ');
        two(out, t.getHour());
        out.append(':');
        two(out, t.getMinute());
        out.append(':');
        two(out, t.getSecond());
    }

    private static void two(StringBuilder out, int v) {
        out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}

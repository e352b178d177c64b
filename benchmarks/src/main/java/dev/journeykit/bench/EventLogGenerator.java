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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Walker walker = new Walker(map, random);
        Events events = walker.walk(customers, random);
        Arrays.sort(events.keys, 0, events.size);
        List<String> personas = map.personas().stream().map(Persona::id).toList();
        writeRows(events, walker.stepIds, personas, writer);
        return events.size;
    }

    /** The steps of each stage by popularity and the designed transitions a customer mostly follows. */
    private static final class Walker {
        final List<String[]> stepIds = new ArrayList<>();
        /** Per stage: the cumulative weights of its steps (the k-th most popular with weight 1/k). */
        final List<double[]> cumulative = new ArrayList<>();
        /** Per step id: the (stage, index) places its designed transitions lead to. */
        final Map<String, List<int[]>> next = new HashMap<>();

        Walker(JourneyMap map, Random random) {
            List<Stage> stages = map.stages().stream().filter(s -> !s.steps().isEmpty()).toList();
            if (stages.isEmpty()) {
                throw new IllegalArgumentException("the map has no steps");
            }
            for (Stage stage : stages) {
                List<Step> steps = new ArrayList<>(stage.steps());
                Collections.shuffle(steps, random);
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
            Map<String, int[]> place = new HashMap<>();
            for (int st = 0; st < stepIds.size(); st++) {
                for (int k = 0; k < stepIds.get(st).length; k++) {
                    place.put(stepIds.get(st)[k], new int[] {st, k});
                }
            }
            map.transitions().forEach(t -> next.computeIfAbsent(t.from(), f -> new ArrayList<>()).add(place.get(t.to())));
        }

        /** The events of every customer's walk, unsorted. */
        Events walk(int customers, Random random) {
            Events events = new Events(Math.max(16, customers * 11));
            for (int c = 0; c < customers; c++) {
                long t = START + (long) (random.nextDouble() * DAYS * 86_400);
                int stage = 0;
                double[] w0 = cumulative.get(0);
                int k = Math.min(Math.abs(Arrays.binarySearch(w0, random.nextDouble()) + 1), w0.length - 1);
                while (true) {
                    events.add(t, c, stage, k);
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
                        } else if (stage + 1 < stepIds.size()) {
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
            return events;
        }
    }

    /** The generated events: keys (time in seconds, then event index) and per event its customer, stage and step. */
    private static final class Events {
        long[] keys;
        int[] who;
        short[] stageOf;
        short[] stepOf;
        int size;

        Events(int capacity) {
            keys = new long[capacity];
            who = new int[capacity];
            stageOf = new short[capacity];
            stepOf = new short[capacity];
        }

        void add(long seconds, int customer, int stage, int step) {
            if (size == keys.length) {
                int grown = keys.length * 2;
                keys = Arrays.copyOf(keys, grown);
                who = Arrays.copyOf(who, grown);
                stageOf = Arrays.copyOf(stageOf, grown);
                stepOf = Arrays.copyOf(stepOf, grown);
            }
            keys[size] = seconds << 32 | size;
            who[size] = customer;
            stageOf[size] = (short) stage;
            stepOf[size] = (short) step;
            size++;
        }
    }

    /** Writes the sorted events as CSV rows under their header. */
    private static void writeRows(Events events, List<String[]> stepIds, List<String> personas, Writer writer)
            throws IOException {
        BufferedWriter out = writer instanceof BufferedWriter b ? b : new BufferedWriter(writer, 1 << 16);
        out.write(personas.isEmpty() ? "customer_id,ts,touchpoint\n" : "customer_id,ts,touchpoint,persona\n");
        StringBuilder line = new StringBuilder(80);
        for (int i = 0; i < events.size; i++) {
            int e = (int) events.keys[i];
            long seconds = events.keys[i] >>> 32;
            line.setLength(0);
            line.append('c').append(events.who[e] + 1).append(',');
            time(line, seconds);
            line.append(',').append(stepIds.get(events.stageOf[e])[events.stepOf[e]]);
            if (!personas.isEmpty()) {
                line.append(',');
                int p = Math.floorMod(events.who[e] * 31 + 7, personas.size() + 1);
                if (p < personas.size()) {
                    line.append(personas.get(p));
                }
            }
            out.append(line).append('\n');
        }
        out.flush();
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

package dev.journeykit.spark;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Step;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import dev.journeykit.events.EventLogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Test logs: random rows for a map (customer, time text, event name, persona or null), written as a
 * CSV file for the embedded engine or made a Dataset of strings for Spark, from the same rows.
 */
final class TestLogs {

    static final String HEADER = "customer_id,ts,touchpoint,persona";
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    record Event(String customer, String time, String event, String persona) {
    }

    private TestLogs() {
    }

    /**
     * {@code size} rows over few customers and few distinct times (equal times are common), some
     * unbound names, some persona values no persona has, and with {@code badRows} some bad rows
     * (no customer, no event name, a time that is no time or out of range); unsorted.
     */
    static List<Event> events(JourneyMap map, Random random, int size, boolean personaColumn, boolean badRows) {
        List<String> names = new ArrayList<>();
        for (Step step : map.steps()) {
            names.addAll(step.boundEvents());
        }
        names.add("page_ping");
        names.add("Not, \"bound\"");
        List<String> personas = new ArrayList<>(map.personas().stream().map(Persona::id).toList());
        personas.add("zed");
        int customers = 1 + random.nextInt(15);
        long spread = 1 + random.nextInt(random.nextBoolean() ? 5 : 500_000);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long seconds = 1_704_067_200L + random.nextLong(spread);
            String time = switch (random.nextInt(3)) {
                case 0 -> SPACED.format(Instant.ofEpochSecond(seconds));
                case 1 -> Long.toString(seconds);
                default -> Instant.ofEpochSecond(seconds).toString();
            };
            String persona = personaColumn && random.nextInt(4) > 0 ? personas.get(random.nextInt(personas.size())) : "";
            Event e = new Event("c" + random.nextInt(customers), time, names.get(random.nextInt(names.size())), persona);
            if (badRows && random.nextInt(12) == 0) {
                e = switch (random.nextInt(4)) {
                    case 0 -> new Event("", e.time(), e.event(), e.persona());
                    case 1 -> new Event(e.customer(), e.time(), "", e.persona());
                    case 2 -> new Event(e.customer(), "2024-13-01", e.event(), e.persona());
                    default -> new Event(e.customer(), "2300-01-01 00:00:00", e.event(), e.persona());
                };
            }
            events.add(e);
        }
        Collections.shuffle(events, random);
        return events;
    }

    /** The rows as RFC 4180 CSV with {@link #HEADER}. */
    static String csv(List<Event> events) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Event e : events) {
            out.append(field(e.customer())).append(',').append(field(e.time())).append(',')
                    .append(field(e.event())).append(',').append(field(e.persona())).append('\n');
        }
        return out.toString();
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as a Dataset of four string columns, cut into {@code partitions} partitions in their order. */
    static Dataset<Row> dataset(List<Event> events, int partitions) {
        StructType schema = new StructType()
                .add("customer_id", DataTypes.StringType)
                .add("ts", DataTypes.StringType)
                .add("touchpoint", DataTypes.StringType)
                .add("persona", DataTypes.StringType);
        List<Row> rows = events.stream().map(e -> RowFactory.create(e.customer(), e.time(), e.event(), e.persona())).toList();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(SharedSpark.spark().sparkContext());
        return SharedSpark.spark().createDataFrame(context.parallelize(rows, partitions), schema);
    }

    /** The embedded engine on CSV files. */
    static EventLogResult embedded(JourneyMap map, List<Path> files, EventLogOptions options) {
        return EventLogs.read(map, files, options);
    }
}

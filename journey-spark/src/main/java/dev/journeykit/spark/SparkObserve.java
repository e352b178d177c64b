package dev.journeykit.spark;

import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import dev.journeykit.events.EventLogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code journey observe} on Apache Spark: the embedded engine's replay, distributed by customer.
 * The result is the very {@link EventLogResult} that {@link EventLogs#read} gives for the same rows,
 * whatever their order, files and partitions.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().parquet("s3a://bucket/events/");
 * EventLogResult read = SparkObserve.observe(map, List.of(events), EventLogOptions.defaults(),
 *         List.of("s3a://bucket/events/"));
 * AnalysisReport findings = ObservedAnalyzers.analyze(map, read.observed(), AnalysisOptions.defaults());
 * }</pre>
 *
 * <p>How: each input partition reads its rows (the time parsed and checked, the event name bound
 * to a step by {@link Replay#step}); unbound and bad rows are counted in a {@link ReplaySummary}
 * of the partition. One shuffle, by customer, carries each bound event as a row (customer, time,
 * step index, persona) and each input partition's counts once; each shuffle partition sorts its
 * rows by customer, rebuilds one customer's {@link CustomerTrace} at a time, folds it with
 * {@link Replay#fold} and returns its summary; the summaries merge ({@link ReplaySummary#merge}) in
 * a tree on the way to the driver, and {@link Replay#result} gives the {@code ObservedJourney}. No
 * definition is written twice: the fold is the embedded engine's.
 *
 * <p>Columns: the case, the time and the event name (and the persona, optional) by the names of
 * the options; any type Spark has. Strings are read as the embedded readers read text; timestamps
 * are instants; integers and decimals are epoch numbers (10^11 or more milliseconds, else seconds).
 * Bad rows (empty case or event name, a time that is not one or is outside the years 1692..2248)
 * fail the run listing the first {@value EventLogs#MAX_PROBLEMS} (by file, then by message), or with
 * {@code skipBadRows} are counted and left out. A problem names the row's file when Spark knows it,
 * and the row by its values: {@code events.csv: row customer_id "c1", ts "2024-13-01", touchpoint
 * "search": time "2024-13-01" is not a date (...)}. The option's {@code format} is not used here.
 */
public final class SparkObserve {

    private SparkObserve() {
    }

    /** Observes one Dataset; the report's {@code log.files} are the files Spark read it from, sorted. */
    public static EventLogResult observe(JourneyMap map, Dataset<Row> events, EventLogOptions options) {
        List<String> files = new ArrayList<>(Arrays.asList(events.inputFiles()));
        files.sort(null);
        return observe(map, List.of(events), options, files);
    }

    /**
     * Observes the rows of every Dataset together (one customer's rows may be in several);
     * {@code files} are the names the report gives as {@code log.files}.
     *
     * @throws EventLogException a Dataset without a named column, or bad rows without {@code skipBadRows}
     */
    public static EventLogResult observe(JourneyMap map, List<Dataset<Row>> events, EventLogOptions options,
                                         List<String> files) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(files, "files");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no events");
        }
        String json = JourneyJson.write(map);
        Columns columns = new Columns(options);
        boolean skipBadRows = options.skipBadRows();
        Dataset<Row> pieces = null;
        for (Dataset<Row> dataset : events) {
            Dataset<Row> read = columns.select(dataset, files).mapPartitions(
                    (MapPartitionsFunction<Row, Row>) rows -> new PartitionReader(json, columns, skipBadRows).read(rows),
                    Encoders.row(PIECE));
            pieces = pieces == null ? read : pieces.union(read);
        }
        // the one shuffle: by customer (spark.sql.shuffle.partitions, coalesced by adaptive execution)
        Partial total = pieces.repartition(functions.col("customer"))
                .sortWithinPartitions(functions.col("customer"))
                .mapPartitions((MapPartitionsFunction<Row, byte[]>) sorted ->
                        List.of(Partial.bytes(new CustomerFolder(json).fold(sorted))).iterator(), Encoders.BINARY())
                .javaRDD()
                .map(Partial::of)
                .treeAggregate(new Partial(Replays.of(json).newSummary(), new Problems()), Partial::merge, Partial::merge);
        if (!options.skipBadRows() && !total.problems.isEmpty()) {
            throw new EventLogException(total.problems.messages());
        }
        Replay replay = Replays.of(json);
        return new EventLogResult(replay.result(total.summary, files),
                options.skipBadRows() ? total.problems.messages() : List.of());
    }

    /** The columns to read and how a row's values are taken. */
    static final class Columns implements Serializable {

        private static final long serialVersionUID = 1L;
        static final String FILE = "__journeykit_file";

        final String caseColumn;
        final String timeColumn;
        final String eventColumn;
        final String personaColumn;

        Columns(EventLogOptions options) {
            caseColumn = options.caseColumn();
            timeColumn = options.timeColumn();
            eventColumn = options.eventColumn();
            personaColumn = options.personaColumn().orElse(null);
        }

        /** case, time, event, persona (or null), the file: the only columns that travel. */
        Dataset<Row> select(Dataset<Row> events, List<String> files) {
            List<String> have = Arrays.asList(events.columns());
            List<String> missing = new ArrayList<>();
            for (String c : new String[] {caseColumn, timeColumn, eventColumn, personaColumn}) {
                if (c != null && !have.contains(c)) {
                    missing.add(dev.journeykit.events.Texts.quote(c));
                }
            }
            if (!missing.isEmpty()) {
                List<String> quoted = have.stream().map(dev.journeykit.events.Texts::quote).toList();
                throw new EventLogException(List.of((files.isEmpty() ? "events" : String.join(", ", files))
                        + ": no column " + String.join(", ", missing) + " (its columns: " + String.join(", ", quoted)
                        + "); name the columns with --case, --time, --event"));
            }
            return events.select(events.col(quote(caseColumn)), events.col(quote(timeColumn)),
                    events.col(quote(eventColumn)),
                    personaColumn == null ? functions.lit(null).cast("string") : events.col(quote(personaColumn)),
                    functions.input_file_name().as(FILE));
        }

        private static String quote(String name) {
            return "`" + name.replace("`", "``") + "`";
        }
    }

    /**
     * What crosses the shuffle, as Spark rows: one bound event (the customer, its time in epoch
     * milliseconds, its step's index, the persona value or null), or once per input partition its
     * counts and bad rows (customer null, {@code counts} a serialized {@link Partial}).
     */
    static final StructType PIECE = new StructType()
            .add("customer", DataTypes.StringType, true)
            .add("millis", DataTypes.LongType, false)
            .add("step", DataTypes.IntegerType, false)
            .add("persona", DataTypes.StringType, true)
            .add("counts", DataTypes.BinaryType, true);

    /** A partial result: a summary of disjoint customers and the first bad rows. */
    static final class Partial implements Serializable {

        private static final long serialVersionUID = 1L;

        final ReplaySummary summary;
        final Problems problems;

        Partial(ReplaySummary summary, Problems problems) {
            this.summary = summary;
            this.problems = problems;
        }

        Partial merge(Partial other) {
            summary.merge(other.summary);
            problems.merge(other.problems);
            return this;
        }

        static byte[] bytes(Partial partial) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(partial);
            }
            return bytes.toByteArray();
        }

        static byte[] uncheckedBytes(Partial partial) {
            try {
                return bytes(partial);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads a partial back, resolving classes by the loader of the job's jar (on a cluster, Spark's user class loader). */
        static Partial of(byte[] bytes) throws IOException, ClassNotFoundException {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                    try {
                        return Class.forName(desc.getName(), false, SparkObserve.class.getClassLoader());
                    } catch (ClassNotFoundException e) {
                        return super.resolveClass(desc);
                    }
                }
            }) {
                return (Partial) in.readObject();
            }
        }
    }

    /** The first {@value EventLogs#MAX_PROBLEMS} bad rows in a fixed order (file, then message), whatever the partitioning. */
    static final class Problems implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ArrayList<String[]> first = new ArrayList<>();

        void add(String file, String message) {
            first.add(new String[] {file, message});
            first.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
            if (first.size() > EventLogs.MAX_PROBLEMS) {
                first.remove(first.size() - 1);
            }
        }

        void merge(Problems other) {
            for (String[] p : other.first) {
                add(p[0], p[1]);
            }
        }

        boolean isEmpty() {
            return first.isEmpty();
        }

        List<String> messages() {
            return first.stream().map(p -> p[0] + ": " + p[1]).toList();
        }
    }

    /** The map side: one input partition's rows to traces by customer and counts. */
    static final class PartitionReader {

        private final Replay replay;
        private final Columns columns;
        private final boolean skipBadRows;

        PartitionReader(String json, Columns columns, boolean skipBadRows) {
            this.replay = Replays.of(json);
            this.columns = columns;
            this.skipBadRows = skipBadRows;
        }

        /** The bound events, one row each, then the partition's counts (read lazily, row by row). */
        Iterator<Row> read(Iterator<Row> rows) {
            ReplaySummary counts = replay.newSummary();
            Problems problems = new Problems();
            return new Iterator<>() {
                private Row next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    while (next == null && !done) {
                        if (!rows.hasNext()) {
                            done = true;
                            next = RowFactory.create(null, 0L, 0, null, Partial.uncheckedBytes(new Partial(counts, problems)));
                        } else {
                            Row row = rows.next();
                            String problem = row(row, counts);
                            if (problem != null) {
                                if (skipBadRows) {
                                    counts.countRow();
                                    counts.countSkipped();
                                }
                                problems.add(file(row.getString(4)), place(row) + ": " + problem);
                            }
                        }
                    }
                    return next != null;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row out = next;
                    next = null;
                    return out;
                }

                /** Reads one row (a bound event becomes {@code next}); the problem of a bad row, else null. */
                private String row(Row row, ReplaySummary counts) {
                    String caseId = text(row.get(0));
                    if (caseId == null) {
                        return "empty " + columns.caseColumn;
                    }
                    String event = text(row.get(2));
                    if (event == null) {
                        return "empty " + columns.eventColumn;
                    }
                    long millis;
                    try {
                        millis = SparkTimes.millis(row.get(1));
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                    counts.countRow();
                    int step = replay.step(event);
                    if (step < 0) {
                        counts.countUnbound(event);
                        return null;
                    }
                    next = RowFactory.create(caseId, millis, step, text(row.get(3)), null);
                    return null;
                }
            };
        }

        private String place(Row row) {
            return "row " + columns.caseColumn + " " + quoted(row.get(0)) + ", " + columns.timeColumn + " "
                    + quoted(row.get(1)) + ", " + columns.eventColumn + " " + quoted(row.get(2));
        }

        private static String quoted(Object value) {
            return value == null ? "null" : dev.journeykit.events.Texts.quote(String.valueOf(value));
        }

        /** The file of a row as Spark names it (a local file by its path), or {@code events}. */
        private static String file(String uri) {
            if (uri == null || uri.isEmpty()) {
                return "events";
            }
            if (uri.startsWith("file://")) {
                return java.net.URI.create(uri).getPath();
            }
            return uri.startsWith("file:") ? uri.substring("file:".length()) : uri;
        }

        /** A value as the readers see text: null or empty is no value. */
        static String text(Object value) {
            if (value == null) {
                return null;
            }
            String s = value.toString();
            return s.isEmpty() ? null : s;
        }
    }

    /** The reduce side: customers in key order, each one's pieces merged and folded once. */
    static final class CustomerFolder {

        private final Replay replay;

        CustomerFolder(String json) {
            this.replay = Replays.of(json);
        }

        Partial fold(Iterator<Row> sorted) throws IOException, ClassNotFoundException {
            ReplaySummary summary = replay.newSummary();
            Problems problems = new Problems();
            String customer = null;
            CustomerTrace trace = null;
            while (sorted.hasNext()) {
                Row row = sorted.next();
                if (row.isNullAt(0)) {
                    Partial counts = Partial.of((byte[]) row.get(4));
                    summary.merge(counts.summary);
                    problems.merge(counts.problems);
                    continue;
                }
                String next = row.getString(0);
                if (!next.equals(customer)) {
                    if (trace != null) {
                        replay.fold(summary, trace);
                    }
                    customer = next;
                    trace = new CustomerTrace();
                }
                trace.add(row.getLong(1), row.getInt(2), row.isNullAt(3) ? null : row.getString(3));
            }
            if (trace != null) {
                replay.fold(summary, trace);
            }
            return new Partial(summary, problems);
        }
    }
}

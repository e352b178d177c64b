package dev.journeykit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.events.EventLogException;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import dev.journeykit.events.EventTimes;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark reads CSV, JSON Lines and Parquet, split over many files and partitions, to the embedded engine's result. */
class SparkObserveTest {

    private static final JourneyMap MAP = JourneyDsl.parse("shop.journey", """
            journey "Shop" {
              persona amber "Amber" { goal "Buys" }
              persona ben "Ben" { goal "Asks" }
              channel web "Web" kind self-service
              channel phone "Phone" kind voice
              stage discover "Discover" {
                touchpoint search "Searches" via web
                touchpoint faq "Reads the FAQ" via web {
                  event "faq_viewed"
                  event "help_opened"
                }
              }
              stage buy "Buy" {
                touchpoint cart "Fills the cart" via web
                touchpoint call "Calls" via phone
                touchpoint pay "Pays" via web
              }
              flow search -> faq -> cart -> pay
              path amber "Buys" {
                search -> cart -> pay
              }
            }
            """);
    private static final EventLogOptions OPTIONS = EventLogOptions.defaults().withPersonaColumn("persona");

    private static List<TestLogs.Event> events;
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void log() {
        spark = SharedSpark.spark();
        events = TestLogs.events(MAP, new Random(7), 3000, true, false);
    }

    /** The embedded engine on the log split round robin over {@code n} unsorted CSV files. */
    private static EventLogResult embeddedOnFiles(String folder, int n) {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            List<TestLogs.Event> part = new ArrayList<>();
            for (int i = f; i < events.size(); i += n) {
                part.add(events.get(i));
            }
            files.add(TestLogs.write(dir.resolve(folder).resolve("part-" + f + ".csv"), TestLogs.csv(part)));
        }
        return TestLogs.embedded(MAP, files, OPTIONS);
    }

    private static EventLogResult spark(ObserveJob.InputFormat format, Path folder) {
        return SparkObserve.observe(MAP, List.of(ObserveJob.read(spark, format, List.of(folder.toString()))), OPTIONS,
                List.of("log"));
    }

    private static EventLogResult withSmallPartitions(java.util.function.Supplier<EventLogResult> run) {
        spark.conf().set("spark.sql.files.maxPartitionBytes", "4096");
        spark.conf().set("spark.sql.files.openCostInBytes", "0");
        try {
            return run.get();
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
            spark.conf().unset("spark.sql.files.openCostInBytes");
        }
    }

    @Test
    void a_csv_log_split_over_files_and_partitions_gives_the_embedded_result() {
        EventLogResult embedded = embeddedOnFiles("csv", 7);
        Path folder = dir.resolve("csv");
        withSmallPartitions(() -> {
            Dataset<Row> read = ObserveJob.read(spark, ObserveJob.InputFormat.CSV, List.of(folder.toString()));
            // many partitions, and one customer's rows in several of them
            assertThat(read.rdd().getNumPartitions()).isGreaterThan(10);
            assertThat(read.filter("customer_id = 'c0'").select(org.apache.spark.sql.functions.spark_partition_id())
                    .distinct().count()).isGreaterThan(3);
            return null;
        });
        EventLogResult spark = withSmallPartitions(() -> spark(ObserveJob.InputFormat.CSV, folder));
        assertThat(spark.observed().overall()).isEqualTo(embedded.observed().overall());
        assertThat(spark.observed().personas()).isEqualTo(embedded.observed().personas());
        assertThat(spark.observed().log().rows()).isEqualTo(3000);
        assertThat(spark.observed().log().customers()).isEqualTo(embedded.observed().log().customers()).isPositive();
        assertThat(spark.observed().log().files()).containsExactly("log");
    }

    @Test
    void a_json_lines_log_gives_the_embedded_result() {
        EventLogResult embedded = embeddedOnFiles("csv-for-json", 3);
        StringBuilder[] files = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < events.size(); i++) {
            TestLogs.Event e = events.get(i);
            // times as the log has them: epoch numbers as JSON numbers, the others as strings
            String time = e.time().matches("\\d+") ? e.time() : "\"" + e.time() + "\"";
            files[i % 3].append("{\"customer_id\":\"").append(e.customer()).append("\",\"ts\":").append(time)
                    .append(",\"touchpoint\":").append(json(e.event())).append(",\"persona\":\"").append(e.persona())
                    .append("\",\"extra\":{\"a\":[1,2]}}\n");
        }
        for (int f = 0; f < 3; f++) {
            TestLogs.write(dir.resolve("jsonl").resolve("part-" + f + ".jsonl"), files[f].toString());
        }
        EventLogResult spark = spark(ObserveJob.InputFormat.JSONL, dir.resolve("jsonl"));
        assertThat(spark.observed().overall()).isEqualTo(embedded.observed().overall());
        assertThat(spark.observed().personas()).isEqualTo(embedded.observed().personas());
        assertThat(spark.observed().unboundEvents()).isEqualTo(embedded.observed().unboundEvents());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void a_parquet_log_with_timestamps_gives_the_embedded_result() {
        EventLogResult embedded = embeddedOnFiles("csv-for-parquet", 2);
        StructType schema = new StructType()
                .add("customer_id", DataTypes.StringType)
                .add("ts", DataTypes.TimestampType)
                .add("touchpoint", DataTypes.StringType)
                .add("persona", DataTypes.StringType);
        List<Row> rows = events.stream().map(e -> RowFactory.create(e.customer(),
                new Timestamp(EventTimes.parse(e.time())), e.event(), e.persona())).toList();
        Path folder = dir.resolve("parquet");
        spark.createDataFrame(rows, schema).repartition(5).write().mode(SaveMode.Overwrite).parquet(folder.toString());
        EventLogResult spark = spark(ObserveJob.InputFormat.PARQUET, folder);
        assertThat(spark.observed().overall()).isEqualTo(embedded.observed().overall());
        assertThat(spark.observed().personas()).isEqualTo(embedded.observed().personas());
    }

    @Test
    void bad_rows_fail_with_the_first_ten_by_file_and_message() {
        List<TestLogs.Event> bad = new ArrayList<>(events.subList(0, 20));
        bad.add(new TestLogs.Event("c1", "2024-13-01", "search", ""));
        bad.add(new TestLogs.Event("", "2024-01-01 00:00:00", "search", ""));
        bad.add(new TestLogs.Event("c2", "2300-01-01 00:00:00", "cart", ""));
        assertThatThrownBy(() -> SparkObserve.observe(MAP, List.of(TestLogs.dataset(bad, 3)), OPTIONS, List.of("x")))
                .isInstanceOf(EventLogException.class)
                .hasMessage("""
                        events: row customer_id "", ts "2024-01-01 00:00:00", touchpoint "search": empty customer_id
                        events: row customer_id "c1", ts "2024-13-01", touchpoint "search": time "2024-13-01" is not a \
                        date (expected an ISO-8601 date-time like 2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or epoch \
                        seconds or milliseconds)
                        events: row customer_id "c2", ts "2300-01-01 00:00:00", touchpoint "cart": time "2300-01-01 \
                        00:00:00" is outside the years 1692..2248""");
        EventLogResult skipped = SparkObserve.observe(MAP, List.of(TestLogs.dataset(bad, 3)),
                OPTIONS.withSkipBadRows(true), List.of("x"));
        assertThat(skipped.observed().log().skipped()).isEqualTo(3);
        assertThat(skipped.observed().log().rows()).isEqualTo(23);
        assertThat(skipped.skippedProblems()).hasSize(3);
    }

    @Test
    void a_bad_row_in_a_file_names_the_file() {
        Path file = TestLogs.write(dir.resolve("bad").resolve("events.csv"),
                TestLogs.HEADER + "\nc1,2024-01-01 00:00:00,search,\nc1,yesterday,cart,\n");
        assertThatThrownBy(() -> spark(ObserveJob.InputFormat.CSV, file.getParent()))
                .hasMessageStartingWith(file + ": row customer_id \"c1\", ts \"yesterday\", touchpoint \"cart\": "
                        + "time \"yesterday\" is not a date");
    }

    @Test
    void a_missing_column_is_named_with_the_columns_there_are() {
        assertThatThrownBy(() -> SparkObserve.observe(MAP, List.of(TestLogs.dataset(events, 1).drop("ts")), OPTIONS,
                List.of("events.parquet")))
                .isInstanceOf(EventLogException.class)
                .hasMessage("events.parquet: no column \"ts\" (its columns: \"customer_id\", \"touchpoint\", \"persona\"); "
                        + "name the columns with --case, --time, --event");
    }

    @Test
    void the_log_files_default_to_what_spark_read() {
        Path file = TestLogs.write(dir.resolve("one").resolve("events.csv"),
                TestLogs.HEADER + "\nc1,2024-01-01 00:00:00,search,\nc1,2024-01-01 00:00:10,cart,\n");
        EventLogResult read = SparkObserve.observe(MAP, ObserveJob.read(spark, ObserveJob.InputFormat.CSV,
                List.of(file.toString())), OPTIONS);
        Set<String> files = new TreeSet<>(read.observed().log().files());
        assertThat(files).containsExactly(file.toUri().toString());
        assertThat(read.observed().transition("search", "cart")).isPresent();
    }
}

package dev.journeykit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyCli;
import dev.journeykit.dsl.JourneyDsl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job end to end, in local mode: the same arguments give {@code journey observe}'s bytes and exit code. */
class ObserveJobTest {

    private static final Path MAP = Path.of("../examples/maps/satin-pillowcase.journey");

    @TempDir
    static Path dir;

    private static final List<String> logs = new ArrayList<>();

    /** A generated log of the example map in four unsorted files, one customer's rows in several. */
    @BeforeAll
    static void log() throws Exception {
        List<TestLogs.Event> events = TestLogs.events(JourneyDsl.parse(MAP), new Random(11), 4000, true, false);
        for (int f = 0; f < 4; f++) {
            List<TestLogs.Event> part = new ArrayList<>();
            for (int i = f; i < events.size(); i += 4) {
                part.add(events.get(i));
            }
            logs.add(TestLogs.write(dir.resolve("log-" + f + ".csv"), TestLogs.csv(part)).toString());
        }
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err),
                Stream.concat(Stream.of("observe"), Stream.of(args)).toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ObserveJob.run(SharedSpark.spark(), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] args(String... options) {
        List<String> all = new ArrayList<>();
        all.add(MAP.toString());
        all.addAll(logs);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    @Test
    void the_json_report_file_is_journey_observes_byte_for_byte() throws Exception {
        Path fromCli = dir.resolve("cli.json");
        Path fromJob = dir.resolve("job.json");
        Run cli = cli(args("--format", "json", "--persona-column", "persona", "--variants", "all", "--set",
                "maxDropOff=0.3", "--fail-on", "warning", "--output", fromCli.toString()));
        Run job = job(args("--format", "json", "--persona-column", "persona", "--variants", "all", "--set",
                "maxDropOff=0.3", "--fail-on", "warning", "--output", fromJob.toString()));
        assertThat(cli.code()).isEqualTo(JourneyCli.FINDINGS);
        assertThat(job).isEqualTo(cli);
        assertThat(Files.readAllBytes(fromJob)).isEqualTo(Files.readAllBytes(fromCli));
        assertThat(Files.readString(fromJob)).contains("\"rows\": 4000").contains("\"observed.");
    }

    @Test
    void the_text_and_sarif_reports_are_journey_observes() {
        for (String format : List.of("text", "sarif")) {
            Run cli = cli(args("--format", format, "--case", "customer_id", "--time", "ts", "--event", "touchpoint"));
            assertThat(job(args("--format", format, "--case", "customer_id", "--time", "ts", "--event", "touchpoint")))
                    .isEqualTo(cli);
            assertThat(cli.out()).isNotEmpty();
        }
    }

    @Test
    void bad_rows_fail_as_journey_observe_fails_and_are_skipped_on_request() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), TestLogs.HEADER + "\nc1,2024-01-01 00:00:00,faq,\n"
                + "c1,2024-02-30 00:00:00,cart,\n");
        Run failed = job(MAP.toString(), bad.toString());
        assertThat(failed.code()).isEqualTo(JourneyCli.ERROR);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).isEqualTo(bad + ": row customer_id \"c1\", ts "
                + "\"2024-02-30 00:00:00\", touchpoint \"cart\": time \"2024-02-30 00:00:00\" is not a date (expected an "
                + "ISO-8601 date-time like 2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or epoch seconds or "
                + "milliseconds)\n(fix these rows, or leave bad rows out with --skip-bad-rows)\n");
        Run skipped = job(MAP.toString(), bad.toString(), "--skip-bad-rows", "--format", "json");
        assertThat(skipped.code()).isEqualTo(JourneyCli.OK);
        assertThat(skipped.out()).contains("\"skipped\": 1");
        assertThat(skipped.err()).startsWith("skipped 1 bad row:\n  " + bad + ": row customer_id \"c1\"");
    }

    @Test
    void the_input_format_is_known_by_the_name_or_given() throws Exception {
        Path noName = Files.copy(Path.of(logs.get(0)), dir.resolve("log-0.txt"));
        Run unknown = job(MAP.toString(), noName.toString());
        assertThat(unknown.code()).isEqualTo(JourneyCli.ERROR);
        assertThat(unknown.err()).contains(noName + ": unknown log format (name it .csv, .jsonl, .ndjson or .parquet");
        Run given = job(MAP.toString(), noName.toString(), "--input-format", "csv", "--format", "json");
        assertThat(given.code()).isEqualTo(JourneyCli.OK);
        assertThat(given.out()).contains("\"rows\": 1000");
        Run xes = job(MAP.toString(), noName.toString(), "--input-format", "xes");
        assertThat(xes.err()).contains("--input-format xes: expected csv, jsonl or parquet");
    }

    @Test
    void a_missing_log_is_an_error_naming_it() {
        Run missing = job(MAP.toString(), dir.resolve("nowhere.csv").toString());
        assertThat(missing.code()).isEqualTo(JourneyCli.ERROR);
        assertThat(missing.err()).isEqualTo(dir.resolve("nowhere.csv") + ": cannot read: [PATH_NOT_FOUND] Path does not "
                + "exist: " + dir.resolve("nowhere.csv").toUri().toString().replace("file:///", "file:/") + ". SQLSTATE: 42K03\n");
    }
}

package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code journey observe} against the real jar: exit codes, reports, messages, files. */
class ObserveIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    static final String SHOP = """
            journey "Shop" {
                persona amber "Amber"
                channel web "Web" kind self-service
                stage discover "Discover" {
                    touchpoint search "Search" via web
                    touchpoint faq "FAQ" via web
                }
                stage buy "Buy" {
                    touchpoint cart "Cart" via web {
                        event "cart_viewed"
                    }
                    touchpoint pay "Pay" via web
                }
                path amber "Typical" {
                    search -> faq -> cart
                }
                flow search -> cart -> pay
                suppress observed.unobserved-step on pay because "Payments are logged elsewhere"
            }
            """;

    static final String LOG = """
            customer_id,ts,touchpoint,segment
            c1,2024-01-01 00:00:00,search,amber
            c1,2024-01-01 00:01:00,cart_viewed,amber
            c2,2024-01-01 00:00:00,search,amber
            c2,2024-01-01 00:00:30,faq,amber
            c3,2024-01-01 00:00:00,search,
            c3,2024-01-01 00:00:10,search,
            c3,2024-01-01 00:00:20,page_ping,
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void writes_the_json_report_of_the_contract() throws IOException {
        write("shop.journey", SHOP);
        write("events.csv", LOG);
        Run run = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--format", "json",
                "--persona-column", "segment", "--variants", "2", "--fail-on", "never");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/observe/shop-report.json")));
    }

    @Test
    void fails_on_findings_at_the_chosen_severity_and_reports_text() throws IOException {
        write("shop.journey", SHOP);
        write("events.csv", LOG);
        Run run = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--fail-on", "warning");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("journey \"Shop\" observed in events.csv: 7 rows, 6 bound, 1 unbound, "
                + "0 skipped; 3 customers\n")
                .contains("shop.journey:1:1: warning observed.unbound-event: event \"page_ping\" (1 row, 14.3 % of the "
                        + "events) binds to no step")
                .contains("suppressed:\n  shop.journey:12:9: warning observed.unobserved-step: touchpoint 'pay'")
                .endsWith("journey \"Shop\": 0 errors, 4 warnings, 2 info, 1 suppressed\n");
        assertThat(JOURNEY.run(dir, "observe", "shop.journey", "events.csv").exit()).isZero();
    }

    @Test
    void bad_rows_fail_with_their_places_and_write_nothing_unless_skipped() throws IOException {
        write("shop.journey", SHOP);
        write("events.csv", LOG + "c4,2024-13-01 00:00:00,search,\n");
        Run run = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--output", "report.txt");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("events.csv:9:2: time \"2024-13-01 00:00:00\" is not a date (expected an "
                + "ISO-8601 date-time like 2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or epoch seconds or "
                + "milliseconds)\n(fix these rows, or leave bad rows out with --skip-bad-rows)\n");
        assertThat(dir.resolve("report.txt")).doesNotExist();

        Run skipped = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--skip-bad-rows", "--format", "json",
                "--output", "report.json");
        assertThat(skipped.exit()).as(skipped.toString()).isZero();
        assertThat(skipped.err()).isEqualTo("skipped 1 bad row:\n  events.csv:9:2: time \"2024-13-01 00:00:00\" is "
                + "not a date (expected an ISO-8601 date-time like 2024-01-01 00:00:04 or 2024-01-01T00:00:04Z, or "
                + "epoch seconds or milliseconds)\n");
        assertThat(Files.readString(dir.resolve("report.json")))
                .contains("\"rows\": 8,\n    \"events\": 6,\n    \"unbound\": 1,\n    \"skipped\": 1,");
    }

    @Test
    void thresholds_are_set_by_name_and_bad_settings_are_usage_errors() throws IOException {
        write("shop.journey", SHOP);
        write("events.csv", LOG);
        Run strict = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--set", "minFitness=1",
                "--set", "maxDropOff=0.2", "--format", "sarif");
        assertThat(strict.exit()).as(strict.toString()).isZero();
        assertThat(strict.out()).contains("\"ruleId\": \"observed.drop-off\"", "\"ruleId\": \"observed.low-fitness\"",
                "\"uri\": \"shop.journey\"");
        Run bad = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--set", "maxDropoff=0.2");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("journey observe: --set maxDropoff=0.2: unknown option 'maxDropoff' "
                + "(did you mean 'maxDropOff'?)\n");
        Run variants = JOURNEY.run(dir, "observe", "shop.journey", "events.csv", "--variants", "few");
        assertThat(variants.exit()).isEqualTo(2);
        assertThat(variants.err()).isEqualTo("journey observe: --variants few: expected a whole number of 0 or more, "
                + "or all\n");
    }

    @Test
    void a_missing_log_or_an_unknown_format_is_named() throws IOException {
        write("shop.journey", SHOP);
        write("events.txt", LOG);
        Run missing = JOURNEY.run(dir, "observe", "shop.journey", "nothing.csv");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nothing.csv: no such file\n");
        Run unknown = JOURNEY.run(dir, "observe", "shop.journey", "events.txt");
        assertThat(unknown.err()).isEqualTo("events.txt: unknown log format (name it .csv, .jsonl, .ndjson or .xes, "
                + "optionally .gz, or give --input-format csv|jsonl|xes)\n");
        Run forced = JOURNEY.run(dir, "observe", "shop.journey", "events.txt", "--input-format", "csv");
        assertThat(forced.exit()).as(forced.toString()).isZero();
    }
}

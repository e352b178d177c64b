package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code journey check --baseline FILE}. */
class BaselineIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    @BeforeEach
    void writeMap() throws IOException {
        write("late.journey", JourneyCliIT.WITH_FINDINGS);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The map with lines moved (a comment on top) and one new finding (an unanswered question). */
    private void editMap() throws IOException {
        write("late.journey", "# moved down by two lines\n\n" + JourneyCliIT.WITH_FINDINGS.replace(
                "        emotion -2\n", "        emotion -2\n        question \"When?\"\n"));
    }

    @Test
    void lists_only_new_findings_and_counts_the_baselined_ones() throws IOException {
        for (String format : new String[] {"json", "sarif"}) {
            writeMap();
            Run base = JOURNEY.run(dir, "check", "late.journey", "--format", format, "--output", "base." + format);
            assertThat(base.exit()).as(base.toString()).isZero();
            editMap();
            Run run = JOURNEY.run(dir, "check", "late.journey", "--baseline", "base." + format, "--fail-on", "warning");
            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).as(format).isEqualTo("late.journey:18:9: warning coverage.unanswered-question: "
                    + "question \"When?\" at touchpoint 'call' has no answer: name the touchpoint that answers it "
                    + "(answered-by), or add one\n"
                    + "journey \"Late answers\": 0 errors, 1 warning, 0 info, 0 suppressed, 8 baselined\n"
                    + "1 map checked: 0 errors, 1 warning, 0 info, 0 suppressed, 8 baselined\n");
        }
    }

    @Test
    void passes_when_every_finding_is_baselined() {
        JOURNEY.run(dir, "check", "late.journey", "--format", "json", "--output", "base.json");
        Run run = JOURNEY.run(dir, "check", "late.journey", "--baseline", "base.json", "--fail-on", "info");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("journey \"Late answers\": 0 errors, 0 warnings, 0 info, 0 suppressed, 8 baselined\n"
                + "1 map checked: 0 errors, 0 warnings, 0 info, 0 suppressed, 8 baselined\n");
    }

    @Test
    void json_has_the_baselined_findings_and_their_count() throws IOException {
        JOURNEY.run(dir, "check", "late.journey", "--format", "json", "--output", "base.json");
        editMap();
        Run run = JOURNEY.run(dir, "check", "late.journey", "--baseline", "base.json", "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(report.get("findings")).hasSize(1);
        assertThat(report.get("baselined")).hasSize(8);
        assertThat(report.get("baselined").get(0).get("location").get("line").asInt()).isEqualTo(22);
        assertThat(report.get("summary").get("baselined").asInt()).isEqualTo(8);
        assertThat(report.get("summary").get("warning").asInt()).isEqualTo(1);
        Run sarif = JOURNEY.run(dir, "check", "late.journey", "--baseline", "base.json", "--format", "sarif");
        JsonNode results = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("results");
        assertThat(results).hasSize(9);
        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("new");
        assertThat(results.get(1).get("baselineState").asText()).isEqualTo("unchanged");
    }

    @Test
    void reports_a_baseline_that_is_no_report() throws IOException {
        write("base.json", "{\"findings\": [{\"code\": \"path.loop\"}]}\n");
        Run run = JOURNEY.run(dir, "check", "late.journey", "--baseline", "base.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("base.json: $.findings[0].subjects: expected an array of ids (it is missing)\n");
        Run missing = JOURNEY.run(dir, "check", "late.journey", "--baseline", "none.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("none.json: no such file or directory\n");
    }
}

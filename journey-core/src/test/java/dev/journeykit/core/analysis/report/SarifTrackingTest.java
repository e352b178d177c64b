package dev.journeykit.core.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What code scanning needs of a SARIF log to track findings across commits. */
class SarifTrackingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(List<AnalysisReport> reports, SarifOptions options) throws IOException {
        return JSON.readTree(Reports.sarif(reports, options)).get("runs").get(0);
    }

    @Test
    void names_the_tool_version_and_helps_with_every_rule_from_the_docs_catalog() throws IOException {
        JsonNode driver = run(List.of(Analyzers.defaults().analyze(ReportsTest.small())),
                SarifOptions.defaults().withToolVersion("1.2.3")).get("tool").get("driver");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("semanticVersion").asText()).isEqualTo("1.2.3");
        for (Rule rule : Rule.values()) {
            JsonNode r = driver.get("rules").get(rule.ordinal());
            assertThat(r.get("fullDescription").get("text").asText()).isEqualTo(rule.help().sentence());
            assertThat(r.get("help").get("text").asText()).isEqualTo(rule.help().text(rule));
            assertThat(r.get("help").get("markdown").asText()).isEqualTo(rule.help().markdown(rule));
        }
        JsonNode empty = driver.get("rules").get(Rule.EMPTY_STAGE.ordinal());
        assertThat(empty.get("fullDescription").get("text").asText()).isEqualTo("A stage with no step.");
        assertThat(empty.get("help").get("text").asText()).isEqualTo("A stage with no step. Subjects; position: "
                + "stage; stage. Default severity: warning. See docs/analysis.md, Coverage gaps.");
        assertThat(empty.get("help").get("markdown").asText()).isEqualTo("**`coverage.empty-stage`** (default: "
                + "warning): a stage with no step.\n\n**Subjects; position:** stage; stage\n\n**Complexity:** O(S)"
                + "\n\nSee docs/analysis.md, *Coverage gaps*.");
        JsonNode plain = JSON.readTree(Reports.sarif(List.of())).get("runs").get(0).get("tool").get("driver");
        assertThat(plain.has("version")).isFalse();
    }

    @Test
    void every_result_has_a_fingerprint_of_its_code_and_subjects() throws IOException {
        AnalysisReport report = Analyzers.defaults().analyze(ReportsTest.small());
        JsonNode results = run(List.of(report), SarifOptions.defaults()).get("results");
        assertThat(results).hasSize(report.findings().size() + report.suppressed().size());
        for (int i = 0; i < report.findings().size(); i++) {
            assertThat(results.get(i).get("partialFingerprints").toString()).isEqualTo("{\"journeykit/v1\":\""
                    + Baseline.fingerprint(report.findings().get(i)) + "\"}");
        }
    }

    @Test
    void file_uris_are_relative_to_the_source_root() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolve("repo");
        Finding inside = finding(root.resolve("maps/a b.journey").toString());
        Finding relative = finding("repo/maps/c.journey");
        Finding outside = finding(Path.of("").toAbsolutePath().resolve("elsewhere/d.journey").toString());
        AnalysisReport report = ReportsTest.report(Optional.empty(), inside, relative, outside);
        JsonNode results = run(List.of(report), SarifOptions.defaults().withSourceRoot(root)).get("results");
        assertThat(location(results.get(0))).isEqualTo("{\"uri\":\"maps/a%20b.journey\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(location(results.get(1))).isEqualTo("{\"uri\":\"maps/c.journey\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(location(results.get(2))).startsWith("{\"uri\":\"file://").endsWith("/elsewhere/d.journey\"}");
    }

    private static Finding finding(String file) {
        return new Finding("team.rule", Severity.ERROR, "m", List.of(file), Optional.of(new SourcePosition(file, 1, 1)));
    }

    private static String location(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("artifactLocation").toString();
    }
}

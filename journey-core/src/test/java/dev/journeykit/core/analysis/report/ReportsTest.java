package dev.journeykit.core.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class ReportsTest {

    static SourcePosition at(int line, int column) {
        return new SourcePosition("shop.journey", line, column);
    }

    /** A small map with positions, a question whose text needs escaping, and a suppression. */
    public static JourneyMap small() {
        return JourneyMaps.journey("Shop \"quoted\"")
                .at(at(1, 1))
                .persona("amber", "Amber")
                .channels(Channels.WEB, Channels.LIVE_CHAT)
                .stage("aware", "Aware", s -> s.at(at(4, 5))
                        .touchpoint("ad", "Sees an ad").via("web").byBrand().emotion(1).at(at(5, 9))
                        .feedback(FeedbackKind.CSAT).metric("ctr", MetricValue.percent(2)))
                .stage("buy", "Buy", s -> s.at(at(7, 5))
                        .touchpoint("checkout", "Checks out").via("web").emotion(-1).at(at(8, 9))
                        .question("Is it \"silk\"\t<really>? \u00e9\u2603"))
                .stage("after", "After", s -> s.at(at(10, 5)))
                .path("amber", "Buys", "ad", "checkout")
                .suppressEverywhere("coverage.unmeasured-stage", "Not measured yet")
                .build();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void text_has_one_line_a_finding_then_the_suppressed_then_a_summary() throws IOException {
        AnalysisReport report = Analyzers.defaults().analyze(small());
        assertThat(Reports.text(report)).isEqualTo(resource("small-report.txt"));
        assertThat(Reports.text(report)).startsWith("shop.journey:10:5: warning coverage.empty-stage: stage 'after' "
                + "has no step").endsWith("\njourney \"Shop \\\"quoted\\\"\": 0 errors, 4 warnings, 2 info, 1 suppressed\n");
    }

    @Test
    void text_falls_back_to_the_maps_file_then_to_no_location() {
        Finding noWhere = new Finding("team.rule", Severity.ERROR, "one", List.of(), Optional.empty());
        AnalysisReport inFile = report(Optional.of("a.journey"), noWhere);
        AnalysisReport nowhere = report(Optional.empty(), noWhere);
        assertThat(Reports.text(inFile)).isEqualTo("a.journey: error team.rule: one\n"
                + "journey \"T\": 1 error, 0 warnings, 0 info, 0 suppressed\n");
        assertThat(Reports.text(nowhere)).startsWith("error team.rule: one\n");
    }

    static AnalysisReport report(Optional<String> file, Finding... findings) {
        AnalysisReport empty = Analyzers.of().analyze(JourneyMaps.journey("T").build());
        return new AnalysisReport("T", file, List.of(findings), List.of(), empty.coverage(),
                empty.stageStatistics(), empty.pathStatistics());
    }

    @Test
    void json_is_the_public_contract_with_map_text_escaped() throws IOException {
        AnalysisReport report = Analyzers.defaults().analyze(small());
        String json = Reports.json(report);
        assertThat(json).isEqualTo(resource("small-report.json"));
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.fieldNames()).toIterable().containsExactly("map", "findings", "suppressed", "summary", "tables");
        assertThat(tree.get("findings").get(0).fieldNames()).toIterable()
                .containsExactly("code", "severity", "message", "subjects", "location");
        assertThat(tree.get("findings").get(2).get("message").asText())
                .startsWith("question \"Is it \\\"silk\\\"\\t<really>? \u00e9\u2603\"");
        assertThat(tree.get("suppressed").get(0).get("reason").asText()).isEqualTo("Not measured yet");
        assertThat(tree.get("summary").toString()).isEqualTo("{\"error\":0,\"warning\":4,\"info\":2}");
        assertThat(tree.get("tables").get("paths").toString()).isEqualTo("{\"entries\":1,\"exits\":1,"
                + "\"stronglyConnectedComponents\":2,\"loops\":0,\"distinctPaths\":1,\"distinctPathsSaturated\":false,"
                + "\"longestPathInStages\":2,\"transitions\":1,\"backwardTransitions\":0,\"backwardShare\":0.0}");
        assertThat(Reports.jsonNode(report).get("tables").get("stages").get(0).get("meanEmotion").toString())
                .isEqualTo("1.00");
    }

    @Test
    void json_leaves_the_location_out_when_unknown() {
        AnalysisReport report = report(Optional.of("a.journey"),
                new Finding("team.rule", Severity.INFO, "one", List.of("x"), Optional.empty()));
        assertThat(Reports.jsonNode(report).get("findings").get(0).toString())
                .isEqualTo("{\"code\":\"team.rule\",\"severity\":\"info\",\"message\":\"one\",\"subjects\":[\"x\"]}");
    }

    @Test
    void sarif_has_a_rule_for_every_code_levels_and_physical_locations() throws IOException {
        AnalysisReport first = Analyzers.defaults().analyze(small());
        AnalysisReport second = report(Optional.of("dir with space/b.journey"),
                new Finding("team.rule", Severity.ERROR, "custom", List.of(), Optional.empty()));
        JsonNode sarif = new ObjectMapper().readTree(Reports.sarif(List.of(first, second)));

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("JourneyKit");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(Rule.values().length + 1);
        for (Rule rule : Rule.values()) {
            JsonNode r = rules.get(rule.ordinal());
            assertThat(r.get("id").asText()).isEqualTo(rule.code());
            assertThat(r.get("shortDescription").get("text").asText()).isEqualTo(rule.description());
            assertThat(r.get("defaultConfiguration").get("level").asText())
                    .isEqualTo(Reports.level(rule.defaultSeverity()));
        }
        assertThat(rules.get(Rule.values().length).get("id").asText()).isEqualTo("team.rule");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(first.findings().size() + first.suppressed().size() + 1);
        JsonNode question = results.get(2);
        assertThat(question.get("ruleId").asText()).isEqualTo("coverage.unanswered-question");
        assertThat(question.get("ruleIndex").asInt()).isEqualTo(Rule.UNANSWERED_QUESTION.ordinal());
        assertThat(question.get("level").asText()).isEqualTo("warning");
        JsonNode location = question.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("shop.journey");
        assertThat(location.get("region").toString()).isEqualTo("{\"startLine\":8,\"startColumn\":9}");
        assertThat(results.get(4).get("level").asText()).isEqualTo("note");

        JsonNode suppressed = results.get(first.findings().size());
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("coverage.unmeasured-stage");
        assertThat(suppressed.get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"inSource\",\"justification\":\"Not measured yet\"}]");

        JsonNode custom = results.get(results.size() - 1);
        assertThat(custom.get("level").asText()).isEqualTo("error");
        assertThat(custom.get("locations").get(0).get("physicalLocation").toString())
                .isEqualTo("{\"artifactLocation\":{\"uri\":\"dir%20with%20space/b.journey\",\"uriBaseId\":\"%SRCROOT%\"}}");
    }

    @Test
    void sarif_uris_are_relative_or_file_uris() {
        assertThat(Reports.uri("maps/a.journey")).isEqualTo("maps/a.journey");
        assertThat(Reports.uri("/home/me/a b.journey")).isEqualTo("file:///home/me/a%20b.journey");
        assertThat(Reports.uri("C:\\maps\\a.journey")).isEqualTo("file:///C:/maps/a.journey");
        assertThat(Reports.uri("caf\u00e9#1.journey")).isEqualTo("caf%C3%A9%231.journey");
    }

    @Test
    void outputs_are_the_same_bytes_on_every_run() {
        JourneyMap map = small();
        assertThat(Reports.json(Analyzers.defaults().analyze(map)))
                .isEqualTo(Reports.json(Analyzers.defaults().analyze(small())));
        assertThat(Reports.sarif(List.of(Analyzers.defaults().analyze(map))))
                .isEqualTo(Reports.sarif(List.of(Analyzers.defaults().analyze(small()))));
    }

    @Test
    void rejects_null_reports_by_name() {
        assertThatThrownBy(() -> Reports.text(null)).hasMessage("report must not be null");
        assertThatThrownBy(() -> Reports.sarif(null)).hasMessage("reports must not be null");
        assertThatThrownBy(() -> Reports.sarif(java.util.Arrays.asList((AnalysisReport) null)))
                .hasMessage("reports must not hold null");
    }

    @Test
    void text_escapes_terminal_controls_and_bidirectional_overrides_from_the_map() {
        Finding sneaky = new Finding("team.rule", Severity.ERROR, "stage \u001B[2J'x' \u202Eevil\u2066 \u0085",
                List.of(), Optional.empty());
        AnalysisReport report = new AnalysisReport("T\u001B]0;title\u0007", Optional.of("a\u009B.journey"),
                List.of(sneaky), List.of(), report(Optional.empty()).coverage(), List.of(),
                report(Optional.empty()).pathStatistics());
        assertThat(Reports.text(report)).isEqualTo("a\\u009B.journey: error team.rule: stage \\u001B[2J'x' "
                + "\\u202Eevil\\u2066 \\u0085\n"
                + "journey \"T\\u001B]0;title\\u0007\": 1 error, 0 warnings, 0 info, 0 suppressed\n");
    }

    @Test
    void json_and_sarif_keep_lone_surrogates_as_escapes() throws IOException {
        Finding lone = new Finding("team.rule", Severity.ERROR, "question \"\uD800\" has no answer \uD83D\uDE00",
                List.of(), Optional.empty());
        AnalysisReport report = report(Optional.of("a.journey"), lone);
        String json = Reports.json(report);
        String sarif = Reports.sarif(List.of(report));
        assertThat(json).contains("\"message\": \"question \\\"\\uD800\\\" has no answer \uD83D\uDE00\"");
        assertThat(sarif).contains("\"text\": \"question \\\"\\uD800\\\" has no answer \uD83D\uDE00\"");
        for (String text : List.of(json, sarif)) {
            String utf8 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(utf8).isEqualTo(text);
        }
        assertThat(new ObjectMapper().readTree(json).at("/findings/0/message").asText())
                .isEqualTo(lone.message());
    }
}

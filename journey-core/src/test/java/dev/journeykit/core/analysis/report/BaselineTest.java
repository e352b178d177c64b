package dev.journeykit.core.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding finding(String code, String message, int line, String... subjects) {
        return new Finding(code, Severity.WARNING, message, List.of(subjects),
                Optional.of(ReportsTest.at(line, 5)));
    }

    @Test
    void matches_by_code_and_subjects_not_by_message_or_line() {
        Baseline baseline = Baseline.of(List.of(finding("coverage.empty-stage", "old words", 3, "after")));
        AnalysisReport report = ReportsTest.report(Optional.of("shop.journey"),
                finding("coverage.empty-stage", "new words", 30, "after"),
                finding("coverage.empty-stage", "other stage", 31, "before"),
                finding("coverage.no-help", "same subject, other code", 31, "after"));
        AnalysisReport checked = baseline.apply(List.of(report)).get(0);
        assertThat(checked.hasBaseline()).isTrue();
        assertThat(checked.baselined()).extracting(Finding::message).containsExactly("new words");
        assertThat(checked.findings()).extracting(Finding::message)
                .containsExactly("other stage", "same subject, other code");
        assertThat(checked.count(Severity.WARNING)).isEqualTo(2);
    }

    @Test
    void is_a_multiset_across_the_reports_of_a_run() {
        Finding miss = finding("friction.kpi-miss", "m", 5, "call", "answer");
        Baseline baseline = Baseline.of(List.of(miss, miss));
        List<AnalysisReport> checked = baseline.apply(List.of(
                ReportsTest.report(Optional.of("a.journey"), miss),
                ReportsTest.report(Optional.of("b.journey"), miss, miss)));
        assertThat(checked.get(0).baselined()).hasSize(1);
        assertThat(checked.get(1).baselined()).hasSize(1);
        assertThat(checked.get(1).findings()).hasSize(1);
        assertThat(baseline.size()).isEqualTo(2);
    }

    @Test
    void reads_its_own_json_and_sarif_reports_back() {
        AnalysisReport report = Analyzers.defaults().analyze(ReportsTest.small());
        String json = Reports.json(report);
        String array = "[" + json + "]";
        String sarif = Reports.sarif(List.of(report));
        for (String text : List.of(json, array, sarif)) {
            AnalysisReport checked = Baseline.read(text).apply(List.of(report)).get(0);
            assertThat(checked.findings()).as(text).isEmpty();
            assertThat(checked.baselined()).isEqualTo(report.findings());
            assertThat(checked.suppressed()).isEqualTo(report.suppressed());
        }
        assertThat(Baseline.read(sarif).size()).isEqualTo(report.findings().size());
    }

    @Test
    void a_report_written_with_a_baseline_is_a_baseline_again() {
        AnalysisReport report = Analyzers.defaults().analyze(ReportsTest.small());
        Baseline half = Baseline.of(report.findings().subList(0, 2));
        AnalysisReport checked = half.apply(List.of(report)).get(0);
        for (String text : List.of(Reports.json(checked), Reports.sarif(List.of(checked)))) {
            assertThat(Baseline.read(text).apply(List.of(report)).get(0).findings()).as(text).isEmpty();
        }
    }

    @Test
    void reports_show_the_baselined_findings_and_their_count() throws IOException {
        AnalysisReport report = Analyzers.defaults().analyze(ReportsTest.small());
        AnalysisReport checked = Baseline.of(report.findings().subList(0, 1)).apply(List.of(report)).get(0);
        assertThat(Reports.text(checked)).doesNotContain("coverage.empty-stage")
                .endsWith(": 0 errors, 3 warnings, 2 info, 1 suppressed, 1 baselined\n");
        JsonNode json = new ObjectMapper().readTree(Reports.json(checked));
        assertThat(json.get("baselined")).hasSize(1);
        assertThat(json.get("baselined").get(0).get("code").asText()).isEqualTo("coverage.empty-stage");
        assertThat(json.get("summary").toString()).isEqualTo("{\"error\":0,\"warning\":3,\"info\":2,\"baselined\":1}");
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("map", "findings", "suppressed", "baselined", "summary", "tables");
        JsonNode results = new ObjectMapper().readTree(Reports.sarif(List.of(checked))).get("runs").get(0).get("results");
        assertThat(results.get(0).get("baselineState").asText()).isEqualTo("new");
        JsonNode old = results.get(results.size() - 2); // then the suppressed one
        assertThat(old.get("ruleId").asText()).isEqualTo("coverage.empty-stage");
        assertThat(old.get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(old.get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"external\",\"justification\":\"in the baseline\"}]");
        JsonNode plain = new ObjectMapper().readTree(Reports.json(report));
        assertThat(plain.has("baselined")).isFalse();
        assertThat(plain.get("summary").has("baselined")).isFalse();
    }

    @Test
    void fingerprints_depend_on_code_and_subjects_only() {
        Finding a = finding("coverage.empty-stage", "one", 3, "after");
        assertThat(Baseline.fingerprint(a)).hasSize(64)
                .isEqualTo(Baseline.fingerprint(finding("coverage.empty-stage", "two", 9, "after")))
                .isNotEqualTo(Baseline.fingerprint(finding("coverage.empty-stage", "one", 3, "before")))
                .isNotEqualTo(Baseline.fingerprint(finding("coverage.no-help", "one", 3, "after")))
                .isNotEqualTo(Baseline.fingerprint(finding("coverage.empty-stage", "one", 3, "af", "ter")));
    }

    @Test
    void rejects_what_is_no_report_naming_the_place() {
        assertThatThrownBy(() -> Baseline.read("{\"title\": 1}"))
                .hasMessage("$: expected a report of journey check: a JSON report, an array of them, or a SARIF log");
        assertThatThrownBy(() -> Baseline.read("[{\"findings\": [{\"code\": 3, \"subjects\": []}]}]"))
                .hasMessage("$[0].findings[0].code: expected a string");
        assertThatThrownBy(() -> Baseline.read("{\"findings\": [{\"code\": \"a\"}]}"))
                .hasMessage("$.findings[0].subjects: expected an array of ids (it is missing)");
        assertThatThrownBy(() -> Baseline.read("{\"runs\": [{\"results\": [{\"ruleId\": \"a\", "
                + "\"properties\": {\"subjects\": [1]}}]}]}"))
                .hasMessage("$.runs[0].results[0].properties.subjects[0]: expected a string");
        assertThatThrownBy(() -> Baseline.read("{\"findings\": [}"))
                .hasMessageStartingWith("not valid JSON at line 1, column 15: ");
    }
}

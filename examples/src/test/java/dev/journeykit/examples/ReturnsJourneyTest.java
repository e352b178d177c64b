package dev.journeykit.examples;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A map kept as code, tested the way a team keeps its journey honest: the known problems of the
 * current state are asserted as findings (so fixing one makes the test say so), and everything
 * else must stay clean.
 */
class ReturnsJourneyTest {

    private final JourneyMap map = ReturnsJourney.map();
    private final AnalysisReport report = Analyzers.defaults().analyze(map);

    @Test
    void has_no_errors_and_keeps_its_path_in_stage_order() {
        assertThat(report).hasNoFindingsAtOrAbove(Severity.ERROR);
        assertThat(map).persona("kim").path("Kim returns the jacket").isLinear();
        assertThat(map).stage("send-back").hasAtMostSteps(6).hasTouchpointVia("parcel-shop");
    }

    @Test
    void flags_the_printer_only_return_label_as_unaddressed_friction() {
        assertThat(report).hasFinding("friction.unaddressed-pain").on("return-label")
                .withSeverity(Severity.WARNING);
        assertThat(report).hasFinding("friction.emotion-drop").on("return-label");
    }

    @Test
    void flags_the_slow_chat_answer_and_the_slow_refund_as_missed_targets() {
        assertThat(report.findings("friction.kpi-miss")).extracting(Finding::subjects)
                .containsExactly(List.of("exchange-chat", "start-return"), List.of("refund-email", "refund"));
    }

    @Test
    void flags_sending_the_parcel_back_as_out_of_kims_preferred_channels() {
        assertThat(report).hasFinding("coverage.preferred-channel").on("send-back").on("kim");
        assertThat(report).hasNoFinding("coverage.persona-missing");
    }

    @Test
    void flags_the_refund_stage_where_kim_cannot_ask_anyone() {
        assertThat(report).hasFinding("coverage.no-help").on("refund");
        assertThat(report).hasNoFinding("coverage.unanswered-question");
        assertThat(report).hasFinding("path.backtrack").on("returns-page");
    }
}

package dev.journeykit.core.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    static SourcePosition at(int line, int column) {
        return new SourcePosition("shop.journey", line, column);
    }

    static JourneyMap small() {
        return JourneyMaps.journey("Shop \"quoted\"")
                .at(at(1, 1))
                .persona("amber", "Amber")
                .channels(Channels.WEB, Channels.LIVE_CHAT)
                .stage("aware", "Aware", s -> s.at(at(4, 5))
                        .touchpoint("ad", "Sees an ad").via("web").byBrand().emotion(1).at(at(5, 9))
                        .feedback(FeedbackKind.CSAT).metric("ctr", MetricValue.percent(2)))
                .stage("buy", "Buy", s -> s.at(at(7, 5))
                        .touchpoint("checkout", "Checks out").via("web").emotion(-1).at(at(8, 9)))
                .stage("after", "After", s -> s.at(at(10, 5)))
                .path("amber", "Buys", "ad", "checkout")
                .suppressEverywhere("coverage.unmeasured-stage", "Not measured yet")
                .build();
    }

    @Test
    void text_has_one_line_a_finding_then_the_suppressed_then_a_summary() {
        AnalysisReport report = Analyzers.defaults().analyze(small());

        assertThat(Reports.text(report)).isEqualTo("""
                shop.journey:10:5: warning coverage.empty-stage: stage 'after' has no step: add what the customer does in it (a touchpoint or a moment), or remove the stage
                shop.journey:7:5: warning coverage.no-help: stage 'buy' offers no way to ask for help: add a customer-initiated touchpoint on an assisted, voice, in-person, automated, messaging or social channel
                shop.journey:7:5: info coverage.no-feedback: stage 'buy' collects no feedback: ask for a rating (csat, ces or nps) at one of its touchpoints
                shop.journey:7:5: info coverage.no-proactive: stage 'buy' has no brand-initiated touchpoint: consider a proactive message (a confirmation, an update, a reminder) so the customer is not left waiting
                suppressed:
                  shop.journey:7:5: info coverage.unmeasured-stage: stage 'buy' measures nothing: add a metric (csat, conversion, aht, ...) to one of its touchpoints [because: Not measured yet]
                journey "Shop \\"quoted\\"": 0 errors, 2 warnings, 2 info, 1 suppressed
                """);
    }
}

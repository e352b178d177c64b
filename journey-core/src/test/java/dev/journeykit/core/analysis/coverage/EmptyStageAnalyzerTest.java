package dev.journeykit.core.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmptyStageAnalyzerTest {

    private final EmptyStageAnalyzer analyzer = new EmptyStageAnalyzer();

    @Test
    void reports_stage_with_no_step_at_its_position() {
        JourneyMap map = JourneyMaps.journey("Shop")
                .channels(Channels.WEB)
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Sees an ad").via("web"))
                .stage("buy", "Buy", s -> s.at(new SourcePosition("shop.journey", 7, 5)))
                .build();

        assertThat(analyzer.analyze(map, AnalysisOptions.defaults())).containsExactly(new Finding(
                "coverage.empty-stage", Severity.WARNING,
                "stage 'buy' has no step: add what the customer does in it (a touchpoint or a moment), "
                        + "or remove the stage",
                List.of("buy"), Optional.of(new SourcePosition("shop.journey", 7, 5))));
    }

    @Test
    void does_not_report_stage_with_only_a_moment() {
        JourneyMap map = JourneyMaps.journey("Shop")
                .stage("aware", "Aware", s -> s.moment("think", "Thinks about it"))
                .build();

        assertThat(analyzer.analyze(map, AnalysisOptions.defaults())).isEmpty();
    }
}

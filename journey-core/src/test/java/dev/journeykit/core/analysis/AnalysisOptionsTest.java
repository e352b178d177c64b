package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisOptionsTest {

    @Test
    void sets_every_option_by_its_name_from_text() {
        AnalysisOptions options = AnalysisOptions.builder()
                .set("minStageSize", "8")
                .set("saturationFactor", "1.5")
                .set("maxProactivePerStage", "0")
                .set("maxPerChannelPerStage", " 7 ")
                .set("emotionDrop", "3")
                .build();
        assertThat(options).isEqualTo(AnalysisOptions.builder().minStageSize(8).saturationFactor(1.5)
                .maxProactivePerStage(0).maxPerChannelPerStage(7).emotionDrop(3).build());
        assertThat(AnalysisOptions.OPTION_NAMES).containsExactly("minStageSize", "saturationFactor",
                "maxProactivePerStage", "maxPerChannelPerStage", "emotionDrop", "minTransitionShare",
                "minEventShare", "maxDropOff", "maxRepeatContactShare", "minFitness");
    }

    @Test
    void rejects_an_unknown_option_with_the_nearest_name() {
        assertThatThrownBy(() -> AnalysisOptions.builder().set("minStageSise", "8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'minStageSise' (did you mean 'minStageSize'?)");
        assertThatThrownBy(() -> AnalysisOptions.builder().set("colour", "red"))
                .hasMessage("unknown option 'colour' (the options: minStageSize, saturationFactor, "
                        + "maxProactivePerStage, maxPerChannelPerStage, emotionDrop, "
                        + "minTransitionShare, minEventShare, maxDropOff, maxRepeatContactShare, minFitness)");
    }

    @Test
    void rejects_values_that_are_no_number_or_out_of_range_naming_the_option() {
        assertThatThrownBy(() -> AnalysisOptions.builder().set("emotionDrop", "two"))
                .hasMessage("emotionDrop must be a whole number, got 'two'");
        assertThatThrownBy(() -> AnalysisOptions.builder().set("saturationFactor", "NaN"))
                .hasMessage("saturationFactor must be a number, got 'NaN'");
        assertThatThrownBy(() -> AnalysisOptions.builder().set("minStageSize", "0"))
                .hasMessage("minStageSize must be at least 1, got 0");
    }

    @Test
    void takes_a_severity_by_its_keyword() {
        AnalysisOptions options = AnalysisOptions.builder().severity("coverage.no-feedback", "error").build();
        assertThat(options.severityOf(Rule.NO_FEEDBACK)).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> AnalysisOptions.builder().severity("coverage.no-feedback", "fatal"))
                .hasMessage("unknown severity 'fatal' for 'coverage.no-feedback' (one of error, warning, info)");
        assertThatThrownBy(() -> AnalysisOptions.builder().severity("coverage.no-feedbak", "error"))
                .hasMessage("unknown finding code 'coverage.no-feedbak' (did you mean 'coverage.no-feedback'?)");
    }
}

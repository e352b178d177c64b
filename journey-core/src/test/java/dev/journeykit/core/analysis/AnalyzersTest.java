package dev.journeykit.core.analysis;

import static dev.journeykit.core.analysis.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Suppression;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    /** Stages 'aware' (fine) then 'buy' and 'after' (no help, feedback, proactive or metric); 'after' is empty. */
    static JourneyMap map() {
        return JourneyMaps.journey("Shop").channels(Channels.standard())
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web").byBrand()
                        .feedback(dev.journeykit.core.model.FeedbackKind.CSAT)
                        .metric("ctr", dev.journeykit.core.model.MetricValue.percent(2)))
                .stage("buy", "Buy", s -> s.at(at(4, 3)).touchpoint("pay", "Pays").via("web"))
                .stage("later", "Later", s -> s.at(at(6, 3)).touchpoint("mail", "Reads mail").via("web"))
                .stage("after", "After", s -> s.at(at(8, 3)))
                .build();
    }

    static List<String> lines(AnalysisReport report) {
        return report.findings().stream().map(f -> f.severity().keyword() + " " + f.code() + " "
                + f.subjects()).toList();
    }

    @Test
    void orders_findings_by_severity_then_code_then_the_maps_order_of_subjects() {
        assertThat(lines(Analyzers.defaults().analyze(map()))).containsExactly(
                "warning coverage.empty-stage [after]",
                "warning coverage.no-help [buy]",
                "warning coverage.no-help [later]",
                "info coverage.no-feedback [buy]",
                "info coverage.no-feedback [later]",
                "info coverage.no-proactive [buy]",
                "info coverage.no-proactive [later]",
                "info coverage.unmeasured-stage [buy]",
                "info coverage.unmeasured-stage [later]");
    }

    @Test
    void applies_severity_overrides_and_codes_switched_off() {
        AnalysisOptions options = AnalysisOptions.builder()
                .severity("coverage.no-feedback", Severity.ERROR)
                .severity("coverage.empty-stage", Severity.INFO)
                .disable("coverage.no-proactive")
                .disable("coverage.unmeasured-stage")
                .build();
        AnalysisReport report = Analyzers.defaults().analyze(map(), options);
        assertThat(lines(report)).containsExactly(
                "error coverage.no-feedback [buy]",
                "error coverage.no-feedback [later]",
                "warning coverage.no-help [buy]",
                "warning coverage.no-help [later]",
                "info coverage.empty-stage [after]");
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.highestSeverity()).contains(Severity.ERROR);
        assertThat(report.hasAtLeast(Severity.ERROR)).isTrue();
    }

    @Test
    void overrides_and_switches_apply_to_analyzers_of_any_origin() {
        Analyzer custom = (m, o) -> List.of(new Finding("coverage.no-help", Severity.INFO, "custom",
                List.of("buy"), Optional.empty()), new Finding("team.own-rule", Severity.WARNING, "own",
                List.of(), Optional.empty()));
        AnalysisReport report = Analyzers.of(custom).analyze(map(),
                AnalysisOptions.builder().severity("coverage.no-help", Severity.ERROR).build());
        assertThat(lines(report)).containsExactly("error coverage.no-help [buy]", "warning team.own-rule []");
        assertThat(Analyzers.of(custom).analyze(map(), AnalysisOptions.builder().disable("coverage.no-help")
                .build()).findings()).extracting(Finding::code).containsExactly("team.own-rule");
    }

    @Test
    void moves_suppressed_findings_apart_with_the_reason_of_the_first_matching_suppression() {
        JourneyMap map = JourneyMaps.journey("Shop").channels(Channels.standard())
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web").byBrand())
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web"))
                .stage("after", "After", s -> s.touchpoint("mail", "Mail").via("web"))
                .suppress("coverage.no-help", "buy", "Buying is self-service")
                .suppress(new Suppression("coverage.no-feedback", Optional.empty(), "No surveys yet", Optional.empty()))
                .suppress("coverage.no-feedback", "after", "Never reached")
                .build();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(report.suppressed()).extracting(s -> s.finding().code() + " " + s.finding().subjects()
                + " " + s.reason()).containsExactly(
                "coverage.no-help [buy] Buying is self-service",
                "coverage.no-feedback [aware] No surveys yet",
                "coverage.no-feedback [buy] No surveys yet",
                "coverage.no-feedback [after] No surveys yet");
        assertThat(lines(report)).contains("warning coverage.no-help [after]")
                .doesNotContain("warning coverage.no-help [buy]").noneMatch(l -> l.contains("no-feedback"));
    }

    @Test
    void a_suppression_on_an_element_written_before_one_everywhere_gives_its_own_reason() {
        JourneyMap map = JourneyMaps.journey("Shop").channels(Channels.standard())
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web").byBrand())
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web"))
                .suppress("coverage.no-feedback", "buy", "Surveyed by the shop")
                .suppress(new Suppression("coverage.no-feedback", Optional.empty(), "No surveys yet", Optional.empty()))
                .build();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(report.suppressed()).extracting(s -> s.finding().subjects() + " " + s.reason())
                .containsExactly("[aware] No surveys yet", "[buy] Surveyed by the shop");
        assertThat(report.findings("suppression.unused")).isEmpty();
    }

    @Test
    void rejects_unknown_codes_and_bad_thresholds_naming_them() {
        assertThatThrownBy(() -> AnalysisOptions.builder().disable("coverage.no-feedbak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown finding code 'coverage.no-feedbak' (did you mean 'coverage.no-feedback'?)");
        assertThatThrownBy(() -> AnalysisOptions.builder().severity("nothing.like-it", Severity.INFO))
                .hasMessage("unknown finding code 'nothing.like-it'");
        assertThatThrownBy(() -> AnalysisOptions.builder().minStageSize(0))
                .hasMessage("minStageSize must be at least 1, got 0");
        assertThatThrownBy(() -> AnalysisOptions.builder().saturationFactor(Double.NaN))
                .hasMessage("saturationFactor must be a finite number greater than 0, got NaN");
        assertThatThrownBy(() -> AnalysisOptions.builder().maxProactivePerStage(-1))
                .hasMessage("maxProactivePerStage must be at least 0, got -1");
        assertThatThrownBy(() -> AnalysisOptions.builder().emotionDrop(0))
                .hasMessage("emotionDrop must be at least 1, got 0");
        assertThatThrownBy(() -> Analyzers.defaults().analyze(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("map must not be null");
    }

    @Test
    void options_have_the_documented_defaults_and_round_trip_through_their_builder() {
        AnalysisOptions d = AnalysisOptions.defaults();
        assertThat(List.of(d.minStageSize(), d.maxProactivePerStage(), d.maxPerChannelPerStage(), d.emotionDrop()))
                .containsExactly(6, 3, 4, 2);
        assertThat(d.saturationFactor()).isEqualTo(2.0);
        AnalysisOptions o = AnalysisOptions.builder().emotionDrop(3).disable("path.loop")
                .severity("path.backtrack", Severity.WARNING).build();
        assertThat(o.toBuilder().build()).isEqualTo(o).isNotEqualTo(d);
        assertThat(o.isEnabled(Rule.LOOP)).isFalse();
        assertThat(o.toBuilder().enable("path.loop").build().isEnabled("path.loop")).isTrue();
        assertThat(o.severityOf(Rule.BACKTRACK)).isEqualTo(Severity.WARNING);
    }

    @Test
    void the_catalog_has_every_code_of_the_contract_with_its_default_severity() {
        assertThat(java.util.Arrays.stream(Rule.values()).map(r -> r.code() + "=" + r.defaultSeverity().keyword()))
                .containsExactly(
                        "coverage.empty-stage=warning", "coverage.persona-missing=warning",
                        "coverage.preferred-channel=warning", "coverage.no-help=warning",
                        "coverage.no-feedback=info", "coverage.no-proactive=info",
                        "coverage.unanswered-question=warning", "coverage.late-answer=info",
                        "coverage.unrecovered-fallout=warning", "coverage.dead-end=warning",
                        "coverage.unreachable=warning", "coverage.unmeasured-stage=info",
                        "saturation.stage=warning", "saturation.proactive=warning", "saturation.channel=info",
                        "path.backtrack=info", "path.stage-skip=info", "path.loop=warning",
                        "path.multiple-entries=info", "path.non-linear=info",
                        "friction.emotion-drop=warning", "friction.low-point=info",
                        "friction.unaddressed-pain=warning", "friction.kpi-miss=warning",
                        "friction.repeat-contact=warning", "suppression.unused=info",
                        "suppression.unknown-code=warning",
                        "observed.unobserved-step=warning", "observed.undesigned-transition=warning",
                        "observed.unused-transition=info", "observed.unbound-event=warning",
                        "observed.drop-off=warning", "observed.non-linear=info", "observed.repeat-contact=warning",
                        "observed.low-fitness=warning");
    }

    @Test
    void an_analyzer_that_returns_null_is_named() {
        Analyzer broken = (m, o) -> null;
        assertThatThrownBy(() -> Analyzers.of(broken).analyze(map()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned null");
    }
}

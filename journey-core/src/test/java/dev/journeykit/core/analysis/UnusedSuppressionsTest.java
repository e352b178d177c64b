package dev.journeykit.core.analysis;

import static dev.journeykit.core.analysis.Fixtures.at;
import static dev.journeykit.core.analysis.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.coverage.FeedbackCoverageAnalyzer;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Suppression;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code suppression.unused} and {@code suppression.unknown-code}: suppressions of the map that silenced nothing. */
class UnusedSuppressionsTest {

    /**
     * 'aware' collects feedback and 'buy' does not: one coverage.no-feedback finding, on 'buy'.
     * Both stages have help, a brand-initiated contact and a metric, so nothing else is found.
     */
    private static JourneyMapBuilder shop() {
        return JourneyMaps.journey("Shop").channels(Channels.standard())
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web").byBrand()
                        .feedback(FeedbackKind.CSAT)
                        .metric("ctr", dev.journeykit.core.model.MetricValue.percent(2)))
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web")
                        .metric("conversion", dev.journeykit.core.model.MetricValue.percent(3))
                        .touchpoint("call", "Calls").via("phone")
                        .touchpoint("remind", "Reminder").via("email").byBrand());
    }

    private static Suppression suppression(String code, String on, int line) {
        return new Suppression(code, Optional.ofNullable(on), "because", Optional.of(at(line, 5)));
    }

    private static List<Finding> unused(AnalysisReport report) {
        return report.findings("suppression.unused");
    }

    private static List<Finding> unknown(AnalysisReport report) {
        return report.findings("suppression.unknown-code");
    }

    @Test
    void the_fixture_has_one_finding_only() {
        assertThat(Analyzers.defaults().analyze(shop().build()).findings()).extracting(Finding::code, Finding::subjects)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coverage.no-feedback", List.of("buy")));
    }

    @Test
    void an_unknown_code_is_named_with_the_nearest_code_at_the_suppression() {
        JourneyMap map = shop().suppress(suppression("coverage.no-feedbak", "buy", 20)).build();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(unknown(report)).containsExactly(finding("suppression.unknown-code",
                "unknown code 'coverage.no-feedbak' in suppress (did you mean 'coverage.no-feedback'?): it "
                        + "silences nothing; fix the code or remove the suppression", List.of("buy"), at(20, 5)));
        assertThat(unused(report)).isEmpty();
        assertThat(report.hasAtLeast(Severity.WARNING)).isTrue();
    }

    @Test
    void a_known_code_is_never_an_unknown_one() {
        JourneyMap map = shop().suppress(suppression("path.loop", null, 23)).build();
        assertThat(unknown(Analyzers.defaults().analyze(map))).isEmpty();
    }

    @Test
    void an_unknown_code_with_nothing_close_has_no_suggestion_and_everywhere_has_no_subject() {
        JourneyMap map = shop().suppress(suppression("nothing.like-it", null, 21)).build();
        assertThat(unknown(Analyzers.defaults().analyze(map))).containsExactly(finding("suppression.unknown-code",
                "unknown code 'nothing.like-it' in suppress: it silences nothing; fix the code or remove the "
                        + "suppression", List.of(), at(21, 5)));
    }

    @Test
    void a_known_code_that_matched_nothing_can_be_removed() {
        JourneyMap map = shop()
                .suppress(suppression("coverage.no-feedback", "aware", 22))
                .suppress(suppression("path.loop", null, 23))
                .build();
        assertThat(unused(Analyzers.defaults().analyze(map))).containsExactly(
                finding("suppression.unused", "suppress path.loop everywhere matched no finding: nothing needs "
                        + "silencing, so it can be removed", List.of(), at(23, 5)),
                finding("suppression.unused", "suppress coverage.no-feedback on 'aware' matched no finding: "
                        + "nothing needs silencing, so it can be removed", List.of("aware"), at(22, 5)));
    }

    @Test
    void suppressions_that_match_are_not_reported_even_when_an_earlier_one_took_the_finding() {
        JourneyMap map = shop()
                .suppress(suppression("coverage.no-feedback", null, 24))
                .suppress(suppression("coverage.no-feedback", "buy", 25))
                .build();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).extracting(s -> s.finding().code()).containsExactly("coverage.no-feedback");
    }

    @Test
    void a_suppression_without_a_position_gives_a_finding_without_one() {
        JourneyMap map = shop().suppress("coverage.no-feedback", "aware", "Surveyed elsewhere").build();
        assertThat(unused(Analyzers.defaults().analyze(map))).singleElement()
                .satisfies(f -> assertThat(f.location()).isEmpty());
    }

    @Test
    void codes_switched_off_could_not_match_and_are_not_reported() {
        JourneyMap map = shop().suppress(suppression("path.loop", null, 23)).build();
        AnalysisOptions options = AnalysisOptions.builder().disable("path.loop").build();
        assertThat(unused(Analyzers.defaults().analyze(map, options))).isEmpty();
        AnalysisOptions off = AnalysisOptions.builder().disable("suppression.unused").build();
        assertThat(unused(Analyzers.defaults().analyze(map, off))).isEmpty();
    }

    @Test
    void a_chosen_set_of_analyzers_reports_unknown_codes_only() {
        JourneyMap map = shop()
                .suppress(suppression("path.loop", null, 23))
                .suppress(suppression("coverage.no-feedbak", null, 24))
                .build();
        AnalysisReport chosen = Analyzers.of(new FeedbackCoverageAnalyzer()).analyze(map);
        assertThat(unknown(chosen)).extracting(Finding::message)
                .containsExactly("unknown code 'coverage.no-feedbak' in suppress (did you mean "
                        + "'coverage.no-feedback'?): it silences nothing; fix the code or remove the suppression");
        assertThat(unused(chosen)).isEmpty();
        AnalysisReport all = Analyzers.defaults().with((m, o) -> List.of()).analyze(map);
        assertThat(unused(all)).hasSize(1);
        assertThat(unknown(all)).hasSize(1);
    }

    @Test
    void codes_of_analyzers_of_ones_own_are_known_when_reported() {
        Analyzer own = (m, o) -> List.of(new Finding("team.own-rule", Severity.WARNING, "own", List.of("aware"),
                Optional.empty()));
        JourneyMap map = shop().suppress(suppression("team.own-rule", "buy", 26)).build();
        assertThat(unused(Analyzers.defaults().with(own).analyze(map))).extracting(Finding::message)
                .containsExactly("suppress team.own-rule on 'buy' matched no finding: nothing needs silencing, "
                        + "so it can be removed");
    }

    @Test
    void the_finding_can_be_suppressed_and_such_a_suppression_is_never_reported_itself() {
        JourneyMap map = shop()
                .suppress(suppression("coverage.no-feedback", "aware", 22))
                .suppress(suppression("suppression.unused", "aware", 27))
                .suppress(suppression("suppression.unused", "buy", 28))
                .build();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(unused(report)).isEmpty();
        assertThat(report.suppressed()).extracting(s -> s.finding().code() + " " + s.finding().subjects())
                .containsExactly("suppression.unused [aware]");
    }

    @Test
    void an_unknown_code_can_be_switched_off_or_suppressed_on_its_own() {
        JourneyMap map = shop().suppress(suppression("coverage.no-feedbak", "buy", 20)).build();
        AnalysisOptions off = AnalysisOptions.builder().disable("suppression.unknown-code").build();
        assertThat(Analyzers.defaults().analyze(map, off).findings("suppression.unknown-code")).isEmpty();
        AnalysisOptions unusedOff = AnalysisOptions.builder().disable("suppression.unused").build();
        assertThat(unknown(Analyzers.defaults().analyze(map, unusedOff))).hasSize(1);
        AnalysisReport report = Analyzers.defaults().analyze(shop()
                .suppress(suppression("coverage.no-feedbak", "buy", 20))
                .suppress(suppression("suppression.unknown-code", "buy", 21)).build());
        assertThat(report.findings()).extracting(Finding::code).containsExactly("coverage.no-feedback");
        assertThat(report.suppressed()).extracting(s -> s.finding().code()).containsExactly("suppression.unknown-code");
    }

    @Test
    void severity_overrides_apply() {
        JourneyMap map = shop().suppress(suppression("path.loop", null, 23)).build();
        AnalysisOptions options = AnalysisOptions.builder().severity("suppression.unused", Severity.ERROR).build();
        assertThat(unused(Analyzers.defaults().analyze(map, options))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }
}

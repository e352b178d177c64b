package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Analyzers never throw on a valid map, and a report is the same on every run. */
class AnalyzerProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void no_analyzer_throws_on_any_valid_map(@ForAll("maps") JourneyMap map) {
        for (Analyzer analyzer : Analyzers.defaults().analyzers()) {
            List<Finding> findings = analyzer.analyze(map, AnalysisOptions.defaults());
            assertThat(findings).doesNotContainNull();
            for (Finding f : findings) {
                assertThat(Rule.byCode(f.code())).isPresent();
                assertThat(f.message()).isNotBlank();
            }
        }
    }

    /**
     * The per-persona findings about a stage ({@code [stage, persona]}) name a persona that has
     * steps in that stage or whose path walks through it (coverage.persona-missing is the one about
     * a persona without any).
     */
    @Property(tries = 200)
    void per_persona_findings_of_a_stage_name_a_persona_with_steps_there(@ForAll("maps") JourneyMap map) {
        AnalysisReport report = Analyzers.defaults().analyze(map);
        List<Finding> all = new ArrayList<>(report.findings());
        report.suppressed().forEach(s -> all.add(s.finding()));
        for (Finding f : all) {
            if (f.code().equals("coverage.persona-missing") || f.subjects().size() != 2
                    || map.stage(f.subjects().get(0)).isEmpty() || map.persona(f.subjects().get(1)).isEmpty()) {
                continue;
            }
            String persona = f.subjects().get(1);
            // a step of the stage is for the persona, or one of the persona's paths walks through the stage
            Set<String> walked = new HashSet<>();
            map.paths().stream().filter(p -> p.persona().equals(persona)).forEach(p -> walked.addAll(p.steps()));
            assertThat(map.stage(f.subjects().get(0)).orElseThrow().steps()).as(f.message())
                    .anyMatch(step -> step.isFor(persona) || walked.contains(step.id()));
        }
    }

    @Property(tries = 100)
    void report_is_identical_across_runs(@ForAll("maps") JourneyMap map) {
        AnalysisReport first = Analyzers.defaults().analyze(map);
        AnalysisReport second = Analyzers.defaults().analyze(map);
        assertThat(second).isEqualTo(first);
        assertThat(Reports.text(second)).isEqualTo(Reports.text(first));
        assertThat(Reports.json(second)).isEqualTo(Reports.json(first));
        assertThat(Reports.sarif(List.of(second))).isEqualTo(Reports.sarif(List.of(first)));
    }

    /** The catalog's analyzers on every core (as on large maps) give the report they give one after the other. */
    @Property(tries = 100)
    void the_catalog_on_every_core_gives_the_report_of_one_thread(@ForAll("maps") JourneyMap map) {
        AnalysisReport inOrder = Analyzers.defaults().analyze(map, AnalysisOptions.defaults(), false);
        AnalysisReport parallel = Analyzers.defaults().analyze(map, AnalysisOptions.defaults(), true);
        assertThat(parallel).isEqualTo(inOrder);
        assertThat(parallel.findings()).containsExactlyElementsOf(inOrder.findings());
        assertThat(parallel.suppressed()).containsExactlyElementsOf(inOrder.suppressed());
    }

    @Property(tries = 100)
    void findings_are_sorted_and_suppressed_ones_match_a_suppression(@ForAll("maps") JourneyMap map) {
        AnalysisReport report = Analyzers.defaults().analyze(map);
        List<Finding> findings = report.findings();
        for (int i = 1; i < findings.size(); i++) {
            Finding a = findings.get(i - 1);
            Finding b = findings.get(i);
            assertThat(a.severity().compareTo(b.severity()) < 0
                    || a.severity() == b.severity() && a.code().compareTo(b.code()) <= 0).isTrue();
        }
        for (Finding f : findings) {
            assertThat(map.suppressions()).noneMatch(s -> s.matches(f.code(), f.subjects()));
        }
        List<Suppression> suppressions = new ArrayList<>(map.suppressions());
        for (SuppressedFinding s : report.suppressed()) {
            assertThat(suppressions).anyMatch(x -> x.matches(s.finding().code(), s.finding().subjects())
                    && x.reason().equals(s.reason()));
        }
    }

    @Provide
    Arbitrary<AnalysisOptions> options() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 8);
        return Combinators.combine(small.map(n -> n + 1), Arbitraries.doubles().between(0.1, 5),
                small, small, small.map(n -> n + 1),
                Arbitraries.of(Rule.class).set().ofMaxSize(6), Arbitraries.of(Rule.class).set().ofMaxSize(6),
                Arbitraries.of(Severity.class))
                .as((minStageSize, factor, proactive, perChannel, drop, off, raised, severity) -> {
                    AnalysisOptions.Builder b = AnalysisOptions.builder().minStageSize(minStageSize)
                            .saturationFactor(factor).maxProactivePerStage(proactive)
                            .maxPerChannelPerStage(perChannel).emotionDrop(drop);
                    off.forEach(r -> b.disable(r.code()));
                    raised.forEach(r -> b.severity(r.code(), severity));
                    return b.build();
                });
    }

    @Property(tries = 150)
    void any_options_give_findings_of_codes_switched_on_at_their_severity(
            @ForAll("maps") JourneyMap map, @ForAll("options") AnalysisOptions options) {
        AnalysisReport report = Analyzers.defaults().analyze(map, options);
        List<Finding> all = new ArrayList<>(report.findings());
        report.suppressed().forEach(s -> all.add(s.finding()));
        for (Finding f : all) {
            Rule rule = Rule.byCode(f.code()).orElseThrow();
            assertThat(options.isEnabled(rule)).isTrue();
            assertThat(f.severity()).isEqualTo(options.severityOf(rule));
        }
    }

    @Property(tries = 50)
    void switching_every_code_off_leaves_no_finding(@ForAll("maps") JourneyMap map) {
        AnalysisOptions.Builder options = AnalysisOptions.builder();
        for (Rule rule : Rule.values()) {
            options.disable(rule.code());
        }
        AnalysisReport report = Analyzers.defaults().analyze(map, options.build());
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).isEmpty();
    }
}

package dev.journeykit.assertj;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.coverage.PreferredChannelAnalyzer;
import dev.journeykit.core.analysis.path.NonLinearPathAnalyzer;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssertionsProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    /** Runs a check and returns its failure message, or null when it passed; any other throwable escapes. */
    private static String failureOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    @Property(tries = 100)
    void every_assertion_passes_or_fails_with_an_expecting_message_on_any_valid_map(@ForAll("maps") JourneyMap map) {
        List<Runnable> checks = new ArrayList<>();
        for (Stage stage : map.stages()) {
            checks.add(() -> assertThat(map).stage(stage.id()).hasAtMostSteps(2).hasTouchpointVia("web"));
            checks.add(() -> assertThat(map).stage(stage.id()).hasStep("no-such-step"));
        }
        for (Persona persona : map.personas()) {
            checks.add(() -> assertThat(map).persona(persona.id()).coversPreferredChannels());
        }
        for (PersonaPath path : map.paths()) {
            checks.add(() -> assertThat(map).persona(path.persona()).path(path.name()).visitsStagesInOrder());
            checks.add(() -> assertThat(map).persona(path.persona()).path(path.name()).isLinear());
        }
        checks.add(() -> assertThat(map).hasNoFindingsAtOrAbove(Severity.INFO));
        checks.add(() -> assertThat(map).hasFinding("path.non-linear").on("no-such-id"));
        for (Runnable check : checks) {
            String message = failureOf(check);
            if (message != null) {
                assertThat(message).startsWith("\nExpecting ").doesNotContain("\r");
            }
        }
    }

    /** One check on a map at a time: the first assertion a chain reaches is the one that can fail. */
    private static List<Function<JourneyMapAssert, Object>> singleChecks(JourneyMap map) {
        List<Function<JourneyMapAssert, Object>> checks = new ArrayList<>();
        checks.add(a -> a.stage("no-such-stage").hasAtMostSteps(0));
        checks.add(a -> a.hasFinding("coverage.no-feedback").on("no-such-id"));
        checks.add(a -> a.hasNoFindingsAtOrAbove(Severity.WARNING));
        for (Stage stage : map.stages()) {
            checks.add(a -> a.stage(stage.id()).hasAtMostSteps(1));
            checks.add(a -> a.stage(stage.id()).hasTouchpointVia("web"));
        }
        for (Persona persona : map.personas()) {
            checks.add(a -> a.persona(persona.id()).coversPreferredChannels());
            checks.add(a -> a.persona(persona.id()).path("no such path").isLinear());
        }
        for (PersonaPath path : map.paths()) {
            checks.add(a -> a.persona(path.persona()).path(path.name()).isLinear());
        }
        return checks;
    }

    @Property(tries = 100)
    void soft_assertions_collect_exactly_the_failures_that_hard_ones_throw(@ForAll("maps") JourneyMap map) {
        List<Function<JourneyMapAssert, Object>> checks = singleChecks(map);
        List<String> thrown = new ArrayList<>();
        for (Function<JourneyMapAssert, Object> check : checks) {
            String message = failureOf(() -> check.apply(assertThat(map)));
            if (message != null) {
                thrown.add(message);
            }
        }
        JourneySoftAssertions softly = new JourneySoftAssertions();
        for (Function<JourneyMapAssert, Object> check : checks) {
            check.apply(softly.assertThat(map));
        }
        List<String> collected = softly.errorsCollected().stream().map(Throwable::getMessage)
                .map(m -> m.substring(0, m.lastIndexOf(String.format("%nat AssertionsProperties."))))
                .toList();
        assertThat(collected).isEqualTo(thrown);
    }

    @Property(tries = 100)
    void a_map_passes_no_findings_exactly_when_its_report_has_none(@ForAll("maps") JourneyMap map) {
        boolean none = Analyzers.defaults().analyze(map).findings().isEmpty();
        assertThat(failureOf(() -> assertThat(map).hasNoFindings()) == null).isEqualTo(none);
    }

    @Property(tries = 100)
    void a_linear_path_also_visits_the_stages_in_order(@ForAll("maps") JourneyMap map) {
        for (PersonaPath path : map.paths()) {
            PathAssert assertion = assertThat(map).persona(path.persona()).path(path.name());
            if (failureOf(assertion::isLinear) == null) {
                assertion.visitsStagesInOrder();
            }
        }
    }

    /**
     * The findings of this analyzer's code, suppressed ones included: the assertions know nothing of
     * suppressions (nor of {@code suppression.unused}, which the run adds for the generated maps'
     * suppressions of unknown codes).
     */
    private static List<Finding> everyFinding(Analyzer analyzer, String code, JourneyMap map) {
        return everyFinding(analyzer, code, map, AnalysisOptions.defaults());
    }

    private static List<Finding> everyFinding(Analyzer analyzer, String code, JourneyMap map, AnalysisOptions options) {
        AnalysisReport report = Analyzers.of(analyzer).analyze(map, options);
        List<Finding> all = new ArrayList<>(report.findings());
        report.suppressed().forEach(s -> all.add(s.finding()));
        all.removeIf(f -> !f.code().equals(code));
        return all;
    }

    /**
     * {@code isLinear} is about the path's shape, so the analyzer runs with
     * {@code friction.repeat-contact} off: while it is on, it owns the revisits of contacts.
     */
    @Property(tries = 100)
    void is_linear_fails_for_as_many_paths_of_a_persona_as_the_analyzer_reports_non_linear(
            @ForAll("maps") JourneyMap map) {
        List<Finding> findings = everyFinding(new NonLinearPathAnalyzer(), "path.non-linear", map,
                AnalysisOptions.builder().disable("friction.repeat-contact").build());
        for (Persona persona : map.personas()) {
            long failing = map.paths().stream().filter(p -> p.persona().equals(persona.id()))
                    .filter(p -> failureOf(() -> assertThat(map).persona(p.persona()).path(p.name()).isLinear()) != null)
                    .count();
            long reported = findings.stream().filter(f -> f.subjects().contains(persona.id())).count();
            assertThat(failing).as("persona %s", persona.id()).isEqualTo(reported);
        }
    }

    @Property(tries = 100)
    void covers_preferred_channels_names_the_stages_the_analyzer_reports(@ForAll("maps") JourneyMap map) {
        List<Finding> findings = everyFinding(new PreferredChannelAnalyzer(), "coverage.preferred-channel", map);
        for (Persona persona : map.personas()) {
            List<String> reported = findings.stream().filter(f -> f.subjects().contains(persona.id()))
                    .map(f -> "  - stage \"" + f.subjects().get(0) + "\"").toList();
            String message = failureOf(() -> assertThat(map).persona(persona.id()).coversPreferredChannels());
            List<String> named = message == null ? List.of() : message.lines().filter(l -> l.startsWith("  - stage "))
                    .map(l -> l.substring(0, l.indexOf('"', "  - stage \"".length()) + 1)).toList();
            assertThat(named).as("persona %s", persona.id()).isEqualTo(reported);
        }
    }
}

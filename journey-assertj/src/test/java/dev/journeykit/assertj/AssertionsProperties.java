package dev.journeykit.assertj;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.ArrayList;
import java.util.List;
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
}

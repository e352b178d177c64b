package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.at;
import static dev.journeykit.assertj.internal.Describe.existing;
import static dev.journeykit.assertj.internal.Describe.missing;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on a {@link JourneyMap}; start with {@link JourneyAssertions#assertThat(JourneyMap)}.
 *
 * <pre>{@code
 * assertThat(map).stage("decision").hasTouchpointVia("live-chat").hasAtMostSteps(6);
 * assertThat(map).persona("amber").coversPreferredChannels()
 *         .path("Typical first purchase").isLinear();
 * }</pre>
 */
public class JourneyMapAssert extends AbstractJourneyAssert<JourneyMapAssert, JourneyMap> {

    public JourneyMapAssert(JourneyMap actual) {
        this(actual, null, false);
    }

    JourneyMapAssert(JourneyMap actual, AssertionErrorCollector collector, boolean skipped) {
        super(actual, JourneyMapAssert.class, collector, skipped);
    }

    /** {@code journey "Title" (file:line:column)}, the subject of this assertion's messages. */
    static String describe(JourneyMap map) {
        return "journey " + quoted(map.title()) + at(map.position());
    }

    /**
     * Moves to the stage {@code id}; fails when the map has no such stage.
     */
    public StageAssert stage(String id) {
        return navigate(() -> {
            isNotNull();
            Stage stage = actual.stage(id).orElseThrow(() -> failureOf(missing(describe(actual),
                    "a stage " + quoted(id), actual.element(id).map(JourneyMapAssert::isA)
                            .orElseGet(() -> existing("stage", "stages",
                                    actual.stages().stream().map(Stage::id).toList())))));
            return new StageAssert(stage, actual, collector(), false);
        }, () -> new StageAssert(null, null, collector(), true));
    }

    /**
     * Moves to the persona {@code id}; fails when the map has no such persona.
     */
    public PersonaAssert persona(String id) {
        return navigate(() -> {
            isNotNull();
            Persona persona = actual.persona(id).orElseThrow(() -> failureOf(missing(describe(actual),
                    "a persona " + quoted(id), actual.element(id).map(JourneyMapAssert::isA)
                            .orElseGet(() -> existing("persona", "personas",
                                    actual.personas().stream().map(Persona::id).toList())))));
            return new PersonaAssert(persona, actual, collector(), false);
        }, () -> new PersonaAssert(null, null, collector(), true));
    }

    /** {@code "x" is a touchpoint (file:line:column)}: what an id names when it is not the kind asked for. */
    static String isA(Element other) {
        return quoted(other.id()) + " is a " + other.kindName() + at(other.position());
    }
}

package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.at;
import static dev.journeykit.assertj.internal.Describe.existing;
import static dev.journeykit.assertj.internal.Describe.missing;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on a {@link JourneyMap}; start with {@link JourneyAssertions#assertThat(JourneyMap)}.
 *
 * <pre>{@code
 * assertThat(map).stage("decision").hasTouchpointVia("live-chat").hasAtMostSteps(6);
 * assertThat(map).persona("amber").coversPreferredChannels()
 *         .path("Typical first purchase").isLinear();
 * assertThat(map).hasNoFindingsAtOrAbove(Severity.WARNING)
 *         .hasFinding("coverage.no-feedback").on("awareness");
 * }</pre>
 *
 * The finding checks analyze the map with {@link Analyzers#defaults()} and
 * {@link AnalysisOptions#defaults()} unless {@link #analyzedWith} says otherwise; the analysis runs
 * once, at the first finding check.
 */
public class JourneyMapAssert extends AbstractFindingsAssert<JourneyMapAssert, JourneyMap> {

    private Analyzers analyzers = Analyzers.defaults();
    private AnalysisOptions options = AnalysisOptions.defaults();
    private AnalysisReport report;

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

    /** The finding checks that follow analyze the map with these options (thresholds, severities, codes off). */
    public JourneyMapAssert analyzedWith(AnalysisOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.report = null;
        return myself;
    }

    /** The finding checks that follow analyze the map with these analyzers, your own among them. */
    public JourneyMapAssert analyzedWith(Analyzers analyzers) {
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers must not be null");
        this.report = null;
        return myself;
    }

    @Override
    List<Finding> actualFindings() {
        isNotNull();
        if (report == null) {
            report = analyzers.analyze(actual, options);
        }
        return report.findings();
    }

    @Override
    String subject() {
        return describe(actual);
    }

    /**
     * Moves to the stage {@code id}; fails when the map has no such stage.
     */
    public StageAssert stage(String id) {
        Objects.requireNonNull(id, "stage id must not be null");
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
        Objects.requireNonNull(id, "persona id must not be null");
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

package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.existing;
import static dev.journeykit.assertj.internal.Describe.missing;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.StageObservation;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on what customers did, as a log replayed through a map shows it:
 *
 * <pre>{@code
 * assertThat(observed).stage("decision").dropOff().isLessThan(0.3);
 * assertThat(observed).transition("faq", "checkout").isObserved();
 * assertThat(observed).fitness().isAtLeast(0.9);
 * }</pre>
 *
 * The figures are returned as AssertJ's number assertions, described with what they measure.
 */
public class ObservedJourneyAssert extends AbstractJourneyAssert<ObservedJourneyAssert, ObservedJourney> {

    ObservedJourneyAssert(ObservedJourney actual) {
        this(actual, null, false);
    }

    ObservedJourneyAssert(ObservedJourney actual, AssertionErrorCollector collector, boolean skipped) {
        super(actual, ObservedJourneyAssert.class, collector, skipped);
    }

    /** The stage {@code stageId} as customers lived it; fails when the map has no such stage. */
    public ObservedStageAssert stage(String stageId) {
        Objects.requireNonNull(stageId, "stage id must not be null");
        return navigate(() -> {
            isNotNull();
            StageObservation stage = actual.stage(stageId).orElseThrow(() -> failureOf(missing(
                    "the observation of " + quoted(actual.map()), "a stage " + quoted(stageId),
                    existing("stage", "stages", actual.stages().stream().map(StageObservation::id).toList()))));
            return new ObservedStageAssert(stage, collector(), false);
        }, () -> new ObservedStageAssert(null, collector(), true));
    }

    /** The directly-follows pair from {@code from} to {@code to}, observed or not. */
    public ObservedTransitionAssert transition(String from, String to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return navigate(() -> {
            isNotNull();
            return new ObservedTransitionAssert(actual, from, to, collector(), false);
        }, () -> new ObservedTransitionAssert(null, from, to, collector(), true));
    }

    /** The overall conformance fitness (0..1); fails when no customer made a transition. */
    public ShareAssert fitness() {
        return navigate(() -> {
            isNotNull();
            if (actual.fitness().isEmpty()) {
                throw failureOf("\nExpecting the observation of " + quoted(actual.map()) + " to have a fitness\n"
                        + "but no customer made a transition (" + actual.customers() + " customers)");
            }
            return share(actual.fitness().getAsDouble(), "fitness of " + quoted(actual.map())
                    + ": the share of the " + transitions() + " observed transitions that the map designs");
        }, () -> skippedShare());
    }

    private long transitions() {
        return actual.transitions().stream().mapToLong(t -> t.count()).sum();
    }

    /** Passes when the log had {@code expected} customers. */
    public ObservedJourneyAssert hasCustomers(long expected) {
        return verify(() -> {
            isNotNull();
            if (actual.customers() != expected) {
                throw failureOf("\nExpecting the observation of " + quoted(actual.map()) + " to have " + expected
                        + " customers\nbut it has " + actual.customers(), actual.customers(), expected);
            }
        });
    }
}

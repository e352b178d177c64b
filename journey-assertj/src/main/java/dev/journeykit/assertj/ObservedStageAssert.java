package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.observe.StageObservation;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AssertionErrorCollector;

/** Assertions on one stage as customers lived it; reached with {@code assertThat(observed).stage("decision")}. */
public class ObservedStageAssert extends AbstractJourneyAssert<ObservedStageAssert, StageObservation> {

    ObservedStageAssert(StageObservation actual, AssertionErrorCollector collector, boolean skipped) {
        super(actual, ObservedStageAssert.class, collector, skipped);
    }

    /**
     * The stage's drop-off (furthest / reached, 0..1); fails for the last stage and for a stage
     * that no customer reached, which have none.
     */
    public ShareAssert dropOff() {
        return navigate(() -> {
            if (actual.dropOff().isEmpty()) {
                throw failureOf("\nExpecting stage " + quoted(actual.id()) + " to have a drop-off\nbut "
                        + (actual.reached() == 0 ? "no customer reached it" : "it is the last stage"));
            }
            return share(actual.dropOff().getAsDouble(), "drop-off of stage " + quoted(actual.id()) + ": "
                    + actual.furthest() + " of the " + actual.reached() + " customers who reached it went no further");
        }, () -> skippedShare());
    }

    /** The customers whose furthest stage is this one or a later one. */
    public AbstractLongAssert<?> reached() {
        return navigate(() -> number(actual.reached(), "customers who reached stage " + quoted(actual.id())),
                () -> skippedCount());
    }

    /** The customers whose furthest stage is this one. */
    public AbstractLongAssert<?> furthest() {
        return navigate(() -> number(actual.furthest(), "customers whose furthest stage is " + quoted(actual.id())),
                () -> skippedCount());
    }
}

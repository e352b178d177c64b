package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.count;
import static dev.journeykit.assertj.internal.Describe.element;
import static dev.journeykit.assertj.internal.Describe.existing;
import static dev.journeykit.assertj.internal.Describe.item;
import static dev.journeykit.assertj.internal.Describe.items;
import static dev.journeykit.assertj.internal.Describe.missing;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/** Assertions on one stage of a map; reached with {@code assertThat(map).stage("decision")}. */
public class StageAssert extends AbstractJourneyAssert<StageAssert, Stage> {

    private final JourneyMap map;

    StageAssert(Stage actual, JourneyMap map, AssertionErrorCollector collector, boolean skipped) {
        super(actual, StageAssert.class, collector, skipped);
        this.map = map;
    }

    /** Passes when one of the stage's touchpoints happens on the channel {@code channelId}. */
    public StageAssert hasTouchpointVia(String channelId) {
        Objects.requireNonNull(channelId, "channel id must not be null");
        return verify(() -> {
            List<Touchpoint> touchpoints = actual.touchpoints();
            if (touchpoints.stream().noneMatch(t -> t.channelId().equals(channelId))) {
                throw failureOf("\nExpecting " + element(actual) + " to have a touchpoint via "
                        + quoted(channelId) + "\nbut " + (touchpoints.isEmpty() ? "it has no touchpoint"
                        : "its touchpoints are via:\n" + items(touchpoints.stream()
                                .map(t -> item(element(t), "via " + quoted(t.channelId()))).toList())));
            }
        });
    }

    /**
     * Passes when the stage has no more than {@code max} steps (touchpoints and moments).
     *
     * @throws IllegalArgumentException when {@code max} is negative
     */
    public StageAssert hasAtMostSteps(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the most steps of a stage cannot be negative, got " + max);
        }
        return verify(() -> {
            List<Step> steps = actual.steps();
            if (steps.size() > max) {
                throw failureOf("\nExpecting " + element(actual) + " to have at most "
                        + count(max, "step", "steps") + "\nbut it has " + steps.size() + ":\n"
                        + items(steps.stream().map(s -> item(element(s), "")).toList()));
            }
        });
    }

    /** Passes when the stage holds the step {@code stepId}. */
    public StageAssert hasStep(String stepId) {
        Objects.requireNonNull(stepId, "step id must not be null");
        return verify(() -> {
            if (actual.steps().stream().noneMatch(s -> s.id().equals(stepId))) {
                String but = map.step(stepId)
                        .map(s -> quoted(stepId) + " is in " + element(map.stageOf(stepId)))
                        .or(() -> map.element(stepId).map(JourneyMapAssert::isA))
                        .orElseGet(() -> existing("step", "steps",
                                actual.steps().stream().map(Step::id).toList()));
                throw failureOf(missing(element(actual), "a step " + quoted(stepId), but));
            }
        });
    }
}

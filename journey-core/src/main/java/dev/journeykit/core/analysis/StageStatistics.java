package dev.journeykit.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of one stage: its steps, touchpoints, brand-initiated touchpoints, the mean
 * emotion of the steps that have one (empty when none has), and the metrics of its touchpoints.
 */
public record StageStatistics(String stage, int steps, int touchpoints, int brandInitiated,
                              OptionalDouble meanEmotion, int metrics) {

    public StageStatistics {
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(meanEmotion, "stage '" + stage + "': meanEmotion must not be null");
    }
}

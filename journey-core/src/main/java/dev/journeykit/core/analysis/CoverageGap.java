package dev.journeykit.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A stage where a persona has steps but none of its preferred channels is offered to it (no
 * touchpoint for the persona there is on one of them): the definition of
 * {@code coverage.preferred-channel}, and the cells the coverage matrix view hatches (the
 * persona's preferred channels in that stage). {@link JourneyRules#coverageGaps} finds them.
 *
 * @param stage the stage id
 * @param persona the persona id
 * @param preferredChannels the persona's preferred channel ids, in its order
 */
public record CoverageGap(String stage, String persona, List<String> preferredChannels) {

    public CoverageGap {
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(persona, "persona must not be null");
        preferredChannels = List.copyOf(Objects.requireNonNull(preferredChannels, "preferredChannels must not be null"));
    }
}

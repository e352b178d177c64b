package dev.journeykit.events;

import dev.journeykit.core.observe.ObservedJourney;
import java.util.List;
import java.util.Objects;

/**
 * What reading a log gave: the observation, and the first {@value EventLogs#MAX_PROBLEMS} bad rows
 * that were skipped (with {@code skipBadRows}; their number is {@code observed.log().skipped()}).
 */
public record EventLogResult(ObservedJourney observed, List<String> skippedProblems) {

    public EventLogResult {
        Objects.requireNonNull(observed, "observed");
        skippedProblems = List.copyOf(skippedProblems);
    }
}

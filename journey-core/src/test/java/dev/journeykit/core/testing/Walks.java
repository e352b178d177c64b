package dev.journeykit.core.testing;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import java.util.List;

/**
 * Observations for tests, written as the walks customers took: step ids in order (not event
 * names), replayed by core's {@link Replay} as an event log's bound events would be. The one place tests make an {@link
 * ObservedJourney} without a log file.
 *
 * <pre>{@code
 * ObservedJourney seen = new Walks(map).add(3, "amber", "search", "pay").add(1, null, "search").result();
 * }</pre>
 */
public final class Walks {

    /** The time of every walk's first event: 2023-11-14T22:13:20Z. */
    public static final long START_MILLIS = 1_700_000_000_000L;

    private final JourneyMap map;
    private final Replay replay;
    private final ReplaySummary summary;

    public Walks(JourneyMap map) {
        this.map = map;
        this.replay = Replay.of(map);
        this.summary = replay.newSummary();
    }

    /** {@code customers} customers of {@code persona} (null for none) who walked {@code steps}, a minute apart. */
    public Walks add(int customers, String persona, String... steps) {
        return add(customers, persona, 60_000L, steps);
    }

    /** {@code customers} customers of {@code persona} (null for none) who walked {@code steps}, {@code gapMillis} apart. */
    public Walks add(int customers, String persona, long gapMillis, String... steps) {
        for (int c = 0; c < customers; c++) {
            CustomerTrace trace = new CustomerTrace();
            for (int i = 0; i < steps.length; i++) {
                int step = indexOf(steps[i]);
                if (step < 0) {
                    throw new IllegalArgumentException("no step '" + steps[i] + "' in " + map.title());
                }
                summary.countRow();
                trace.add(START_MILLIS + gapMillis * i, step, persona);
            }
            replay.fold(summary, trace);
        }
        return this;
    }

    /** The step's index in the map's order (what the replay folds), -1 for no such step. */
    private int indexOf(String stepId) {
        for (int i = 0; i < map.steps().size(); i++) {
            if (map.steps().get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** What the walks added so far give, as read from one file {@code sample.csv}. */
    public ObservedJourney result() {
        return result("sample.csv");
    }

    /** What the walks added so far give, as read from one file {@code file}. */
    public ObservedJourney result(String file) {
        return replay.result(summary, List.of(file));
    }
}

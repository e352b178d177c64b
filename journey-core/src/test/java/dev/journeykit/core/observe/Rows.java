package dev.journeykit.core.observe;

import dev.journeykit.core.model.JourneyMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: replays rows (customer, time in ms, event name, persona or null) the simplest way. */
final class Rows {

    record Row(String customer, long millis, String event, String persona) {
    }

    static Row row(String customer, long seconds, String event) {
        return new Row(customer, seconds * 1000, event, null);
    }

    static Row row(String customer, long seconds, String event, String persona) {
        return new Row(customer, seconds * 1000, event, persona);
    }

    /** Folds the rows, every customer once, into one summary. */
    static ReplaySummary summary(Replay replay, List<Row> rows) {
        return fold(replay, replay.newSummary(), rows);
    }

    /** Folds the rows, every customer once, into {@code summary}; the summary. */
    static ReplaySummary fold(Replay replay, ReplaySummary summary, List<Row> rows) {
        Map<String, CustomerTrace> traces = new LinkedHashMap<>();
        for (Row r : rows) {
            summary.countRow();
            int step = replay.step(r.event());
            if (step < 0) {
                summary.countUnbound(r.event());
            } else {
                traces.computeIfAbsent(r.customer(), k -> new CustomerTrace()).add(r.millis(), step, r.persona());
            }
        }
        traces.values().forEach(t -> replay.fold(summary, t));
        return summary;
    }

    static ObservedJourney observe(JourneyMap map, List<Row> rows) {
        Replay replay = Replay.of(map);
        return replay.result(summary(replay, rows), List.of("test.csv"));
    }

    private Rows() {
    }
}

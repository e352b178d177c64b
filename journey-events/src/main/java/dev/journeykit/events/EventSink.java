package dev.journeykit.events;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * The streaming replay: an application (or a reader) feeds it one event at a time, in any order,
 * and asks for the {@link ObservedJourney} at the end. Memory: one {@link CustomerTrace} per
 * customer (8 bytes an event) and the summary. Not thread-safe.
 *
 * <pre>{@code
 * EventSink sink = new EventSink(map);
 * sink.event("c-17", Instant.parse("2024-01-01T00:00:04Z").toEpochMilli(), "checkout_completed", null);
 * ObservedJourney observed = sink.result(List.of("app"));
 * }</pre>
 */
public final class EventSink {

    private final Replay replay;
    private final ReplaySummary summary;
    private final HashMap<String, CustomerTrace> traces = new HashMap<>(1 << 16);

    public EventSink(JourneyMap map) {
        this(Replay.of(map));
    }

    public EventSink(Replay replay) {
        this.replay = Objects.requireNonNull(replay, "replay");
        this.summary = replay.newSummary();
    }

    /**
     * One event (one row of a log): the customer (case), its time in epoch milliseconds, the event
     * name, and the persona value or null.
     *
     * @throws IllegalArgumentException when the time is outside the years 1692..2248
     */
    public void event(String caseId, long epochMillis, String eventName, String persona) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(eventName, "eventName");
        int step = replay.step(eventName);
        if (step >= 0) {
            bound(caseId, epochMillis, step, persona);
        } else {
            checkTime(epochMillis);
            summary.countRow();
            summary.countUnbound(eventName);
        }
    }

    /** A bound event whose step index the caller looked up ({@link Replay#step}). */
    void bound(String caseId, long epochMillis, int step, String persona) {
        checkTime(epochMillis);
        summary.countRow();
        traces.computeIfAbsent(caseId, k -> new CustomerTrace()).add(epochMillis, step, persona);
    }

    static void checkTime(long epochMillis) {
        if (epochMillis < CustomerTrace.MIN_MILLIS || epochMillis > CustomerTrace.MAX_MILLIS) {
            throw new IllegalArgumentException("time " + epochMillis + " ms is outside the years 1692..2248");
        }
    }

    /** A bad row left out: counted as read and as skipped. */
    public void skipped() {
        summary.countRow();
        summary.countSkipped();
    }

    /** The rows fed so far. */
    public long rows() {
        return summary.rows();
    }

    Replay replay() {
        return replay;
    }

    /** Folds every customer and gives the result; the sink is spent afterwards. */
    public ObservedJourney result(List<String> files) {
        for (CustomerTrace trace : traces.values()) {
            replay.fold(summary, trace);
        }
        traces.clear();
        return replay.result(summary, files);
    }
}

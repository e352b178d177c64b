package dev.journeykit.core.observe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of replaying an event log through a map: what was read ({@link LogCounts}), what all
 * customers did ({@link #overall()}), what each persona's customers did (every persona of the map
 * in its order when the log has a persona column, else none), and the event names bound to no
 * step (most rows first, then by name). Immutable; the analyzers, renderers and assertions use it.
 */
public record ObservedJourney(String map, LogCounts log, Observation overall, Map<String, Observation> personas,
                              List<UnboundEvent> unboundEvents) {

    public ObservedJourney {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(overall, "overall");
        personas = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(personas, "personas")));
        unboundEvents = List.copyOf(Objects.requireNonNull(unboundEvents, "unboundEvents"));
    }

    public long customers() {
        return overall.customers();
    }

    public List<StageObservation> stages() {
        return overall.stages();
    }

    public List<TransitionObservation> transitions() {
        return overall.transitions();
    }

    public Optional<StageObservation> stage(String id) {
        return overall.stage(id);
    }

    public Optional<StepObservation> step(String id) {
        return overall.step(id);
    }

    public Optional<TransitionObservation> transition(String from, String to) {
        return overall.transition(from, to);
    }

    /** The overall conformance fitness; empty when no customer made a transition. */
    public OptionalDouble fitness() {
        return overall.fitness();
    }
}

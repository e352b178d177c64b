package dev.journeykit.render.svg.internal;

import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.StageObservation;
import dev.journeykit.core.observe.StepObservation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The observations a view draws: the settings' persona's customers, or all of them. */
final class Observations {

    private Observations() {
    }

    /**
     * The observation to draw: with a persona and a log that gives personas, that persona's
     * customers; otherwise all customers. Empty without observations.
     */
    static Optional<Observation> of(Settings settings) {
        return settings.observed().map(o -> settings.persona().map(o.personas()::get).orElse(o.overall()));
    }

    /** The end of a view's description with observations: who was observed and what they did. */
    static String describe(Observation o, long undesigned) {
        return "; observed " + Counts.of(o.customers(), "customer")
                + (undesigned == 0 ? "" : ", " + Counts.of(undesigned, "transition") + " not in the map") + ".";
    }

    /** The customers who had an event at a step (0 when the observation does not know it). */
    static long customers(Observation o, String stepId) {
        return o.step(stepId).map(StepObservation::customers).orElse(0L);
    }

    /**
     * The customers who had an event at each step the observation knows, by step id: one pass,
     * for a view that asks for every step ({@link Observation#step} searches the list each time).
     */
    static Map<String, Long> customersByStep(Observation o) {
        Map<String, Long> byStep = new HashMap<>();
        for (StepObservation s : o.steps()) {
            byStep.putIfAbsent(s.id(), s.customers());
        }
        return byStep;
    }

    /** A step's line: "1,234 customers", or "✕ nobody reached it" (told by the mark and the words, not colour alone). */
    static Canvas.Piece customersPiece(Observation o, String stepId, double width) {
        return customersPiece(customers(o, stepId), width);
    }

    /** A step's line for {@code customers} customers. */
    static Canvas.Piece customersPiece(long customers, double width) {
        return customers == 0
                ? Canvas.piece("jk-unreached-text", "\u2715 nobody reached it", width, Canvas.SMALL, true, 1)
                : Canvas.piece("jk-observed-text", Counts.counted(customers, "customer"),
                        width, Canvas.SMALL, true, 1);
    }

    /** A stage's line: "1,234 reached, 35% left here" (the last stage: "1,234 reached"). */
    static String reached(Observation o, String stageId) {
        StageObservation s = o.stage(stageId).orElse(null);
        if (s == null) {
            return "0 reached";
        }
        String text = Counts.count(s.reached()) + " reached";
        return s.dropOff().isPresent() ? text + ", " + Counts.share(s.dropOff().getAsDouble()) + " left here" : text;
    }
}

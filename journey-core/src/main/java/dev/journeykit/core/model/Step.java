package dev.journeykit.core.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * One step of a journey inside a stage: a {@link Touchpoint} (the brand is involved, on a
 * channel) or a {@link Moment} (no brand involvement). Steps are the vertices of the
 * {@code JourneyGraph}.
 */
public sealed interface Step extends Element permits Touchpoint, Moment {

    /** The id of the stage the step belongs to. */
    String stageId();

    /** The personas the step is for; empty means every persona. */
    List<String> personas();

    /** Whether the step is for {@code personaId} (true for every persona when {@link #personas()} is empty). */
    default boolean isFor(String personaId) {
        Checks.notNull(personaId, "personaId");
        return personas().isEmpty() || personas().contains(personaId);
    }

    /** The emotion at this step on the map's scale, when known. */
    OptionalInt emotion();

    List<String> actions();

    List<String> thoughts();

    List<PainPoint> pains();

    /** The event names the map's {@code event} statements give this step; empty means its id. */
    List<String> events();

    /**
     * The event names in a customer log that mean this step happened: {@link #events()}, or the
     * step's own id when there are none. Names match exactly (case-sensitive).
     */
    default List<String> boundEvents() {
        List<String> events = events();
        return events.isEmpty() ? List.of(id()) : events;
    }
}

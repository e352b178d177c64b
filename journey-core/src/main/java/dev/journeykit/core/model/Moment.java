package dev.journeykit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A moment: a step with no brand and no channel, as in a day-in-the-life map. Equality ignores
 * the source position.
 */
public record Moment(
        String id,
        String name,
        String stageId,
        List<String> personas,
        OptionalInt emotion,
        List<String> actions,
        List<String> thoughts,
        List<PainPoint> pains,
        List<String> events,
        Optional<SourcePosition> position) implements Step {

    private static final String M = "moment '";

    public Moment {
        Checks.notNull(id, "moment id");
        Checks.notNull(name, M, id, "': name");
        Checks.notNull(stageId, M, id, "': stageId");
        personas = Checks.list(personas, M, id, "': personas");
        Checks.notNull(emotion, M, id, "': emotion");
        actions = Checks.list(actions, M, id, "': actions");
        thoughts = Checks.list(thoughts, M, id, "': thoughts");
        pains = Checks.list(pains, M, id, "': pains");
        events = Checks.list(events, M, id, "': events");
        Checks.optional(position, M, id, "': position");
    }

    /** A moment bound to no event name of its own (so to its id). */
    public Moment(String id, String name, String stageId, List<String> personas, OptionalInt emotion,
                  List<String> actions, List<String> thoughts, List<PainPoint> pains,
                  Optional<SourcePosition> position) {
        this(id, name, stageId, personas, emotion, actions, thoughts, pains, List.of(), position);
    }

    @Override
    public String kindName() {
        return "moment";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Moment m && id.equals(m.id) && name.equals(m.name)
                && stageId.equals(m.stageId) && personas.equals(m.personas)
                && emotion.equals(m.emotion) && actions.equals(m.actions)
                && thoughts.equals(m.thoughts) && pains.equals(m.pains) && events.equals(m.events);
    }

    @Override
    public int hashCode() {
        // Cheap on purpose: steps are graph vertices and hash keys; equal steps have equal ids.
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Moment[" + id + " in " + stageId + "]";
    }
}

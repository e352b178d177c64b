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
        Optional<SourcePosition> position) implements Step {

    public Moment {
        Checks.notNull(id, "moment id");
        String at = "moment '" + id + "': ";
        Checks.notNull(name, at + "name");
        Checks.notNull(stageId, at + "stageId");
        personas = Checks.list(personas, at + "personas");
        Checks.notNull(emotion, at + "emotion");
        actions = Checks.list(actions, at + "actions");
        thoughts = Checks.list(thoughts, at + "thoughts");
        pains = Checks.list(pains, at + "pains");
        Checks.optional(position, at + "position");
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
                && thoughts.equals(m.thoughts) && pains.equals(m.pains);
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

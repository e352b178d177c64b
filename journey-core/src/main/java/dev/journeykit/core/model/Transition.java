package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One move of the customer from one step to another: an edge of the {@code JourneyGraph}.
 * Transitions are derived from the map's paths (with their persona) and flows (without), in
 * that order; {@link #index()} is the transition's place in {@link JourneyMap#transitions()}, so
 * two moves between the same steps stay two edges. Equality ignores the source position.
 */
public record Transition(int index, String from, String to, Optional<String> persona,
                         TransitionKind kind, OptionalLong volume,
                         Optional<SourcePosition> position) {

    public Transition {
        Checks.notNull(from, "transition from");
        Checks.notNull(to, "transition to");
        Checks.optional(persona, "transition persona");
        Checks.notNull(kind, "transition kind");
        Checks.notNull(volume, "transition volume");
        Checks.optional(position, "transition position");
    }

    public boolean isSelfLoop() {
        return from.equals(to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transition t && index == t.index && from.equals(t.from)
                && to.equals(t.to) && persona.equals(t.persona) && kind == t.kind
                && volume.equals(t.volume);
    }

    @Override
    public int hashCode() {
        return 31 * index + from.hashCode();
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}

package dev.journeykit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Transitions with no persona, written as a chain {@code a -> b -> c}: each consecutive pair is
 * one transition of the same kind and volume. Equality ignores the source position.
 */
public record Flow(List<String> steps, OptionalLong volume, TransitionKind kind,
                   Optional<SourcePosition> position) {

    public Flow {
        steps = Checks.list(steps, "flow steps");
        Checks.notNull(volume, "flow volume");
        Checks.notNull(kind, "flow kind");
        Checks.optional(position, "flow position");
    }

    /** {@code a -> b -> c}, as messages name a flow. */
    public String chain() {
        return String.join(" -> ", steps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flow f && steps.equals(f.steps) && volume.equals(f.volume) && kind == f.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, volume, kind);
    }
}

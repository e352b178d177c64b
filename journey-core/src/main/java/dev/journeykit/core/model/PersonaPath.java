package dev.journeykit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered path a persona takes through the steps; each consecutive pair of steps is a
 * transition. A step may appear more than once (the customer goes back). Equality ignores the
 * source position.
 */
public record PersonaPath(String persona, String name, List<String> steps,
                          Optional<SourcePosition> position) {

    public PersonaPath {
        Checks.notNull(persona, "path persona");
        Checks.notNull(name, "path of persona '", persona, "': name");
        steps = Checks.list(steps, "path '", name, "': steps");
        Checks.optional(position, "path '", name, "': position");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonaPath p && persona.equals(p.persona) && name.equals(p.name)
                && steps.equals(p.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(persona, name, steps);
    }
}

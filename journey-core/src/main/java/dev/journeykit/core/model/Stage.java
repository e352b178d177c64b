package dev.journeykit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stage of the journey with its steps in order. Equality ignores the source position. */
public record Stage(String id, String name, Optional<String> goal, List<Step> steps,
                    Optional<SourcePosition> position) implements Element {

    public Stage {
        Checks.notNull(id, "stage id");
        Checks.notNull(name, "stage '", id, "': name");
        Checks.optional(goal, "stage '", id, "': goal");
        steps = Checks.list(steps, "stage '", id, "': steps");
        Checks.optional(position, "stage '", id, "': position");
    }

    /** The touchpoints of the stage, in order. */
    public List<Touchpoint> touchpoints() {
        return steps.stream().filter(Touchpoint.class::isInstance).map(Touchpoint.class::cast).toList();
    }

    /** The moments of the stage, in order. */
    public List<Moment> moments() {
        return steps.stream().filter(Moment.class::isInstance).map(Moment.class::cast).toList();
    }

    @Override
    public String kindName() {
        return "stage";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stage s && id.equals(s.id) && name.equals(s.name)
                && goal.equals(s.goal) && steps.equals(s.steps);
    }

    @Override
    public int hashCode() {
        // Cheap on purpose: stages are graph vertices; equal stages have equal ids.
        return id.hashCode();
    }
}

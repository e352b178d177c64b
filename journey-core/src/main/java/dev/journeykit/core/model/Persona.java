package dev.journeykit.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A persona: who walks the journey, what they want, and the channels they prefer, most
 * preferred first. Equality ignores the source position.
 */
public record Persona(
        String id,
        String name,
        Optional<String> description,
        List<String> goals,
        List<String> needs,
        List<String> pains,
        List<String> preferredChannels,
        Map<String, String> attributes,
        Optional<SourcePosition> position) implements Element {

    public Persona {
        Checks.notNull(id, "persona id");
        Checks.notNull(name, "persona '", id, "': name");
        Checks.optional(description, "persona '", id, "': description");
        goals = Checks.list(goals, "persona '", id, "': goals");
        needs = Checks.list(needs, "persona '", id, "': needs");
        pains = Checks.list(pains, "persona '", id, "': pains");
        preferredChannels = Checks.list(preferredChannels, "persona '", id, "': preferredChannels");
        attributes = Checks.orderedMap(attributes, "persona '", id, "': attributes");
        Checks.optional(position, "persona '", id, "': position");
    }

    @Override
    public String kindName() {
        return "persona";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Persona p && id.equals(p.id) && name.equals(p.name)
                && description.equals(p.description) && goals.equals(p.goals)
                && needs.equals(p.needs) && pains.equals(p.pains)
                && preferredChannels.equals(p.preferredChannels)
                && attributes.equals(p.attributes)
                && List.copyOf(attributes.keySet()).equals(List.copyOf(p.attributes.keySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, goals, needs, pains, preferredChannels, attributes);
    }
}

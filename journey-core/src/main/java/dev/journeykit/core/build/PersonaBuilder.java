package dev.journeykit.core.build;

import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Describes one persona; see {@link JourneyMapBuilder#persona(String, String, java.util.function.Consumer)}. */
public final class PersonaBuilder {

    private final String id;
    private final String name;
    private final String what;
    private Optional<String> description = Optional.empty();
    private final List<String> goals = new ArrayList<>();
    private final List<String> needs = new ArrayList<>();
    private final List<String> pains = new ArrayList<>();
    private final List<String> prefers = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Optional<SourcePosition> position = Optional.empty();

    PersonaBuilder(String id, String name) {
        this.id = id;
        this.name = name;
        this.what = "persona '" + id + "'";
    }

    public PersonaBuilder description(String description) {
        this.description = Optional.of(Args.notNull(description, what, "description"));
        return this;
    }

    public PersonaBuilder goal(String goal) {
        goals.add(Args.notNull(goal, what, "goal"));
        return this;
    }

    public PersonaBuilder need(String need) {
        needs.add(Args.notNull(need, what, "need"));
        return this;
    }

    public PersonaBuilder pain(String pain) {
        pains.add(Args.notNull(pain, what, "pain"));
        return this;
    }

    /** The channels the persona prefers, most preferred first; may be called again to add more. */
    public PersonaBuilder prefers(String... channelIds) {
        prefers.addAll(Args.ids(channelIds, what, "prefers")); // a map has few personas: two copies are fine
        return this;
    }

    /**
     * A free-form fact about the persona.
     *
     * @throws IllegalArgumentException when the persona already has attribute {@code key}
     */
    public PersonaBuilder attribute(String key, String value) {
        Args.notNull(key, what, "attribute key");
        Args.notNull(value, what, "attribute '" + key + "'");
        if (attributes.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException(what + " already has attribute '" + key + "'");
        }
        return this;
    }

    public PersonaBuilder at(SourcePosition position) {
        this.position = Optional.ofNullable(position);
        return this;
    }

    Persona build() {
        return new Persona(id, name, description, goals, needs, pains, prefers, attributes, position);
    }
}

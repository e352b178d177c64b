package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;

/** A channel a touchpoint happens on. Equality ignores the source position. */
public record Channel(String id, String name, ChannelKind kind, Optional<SourcePosition> position)
        implements Element {

    public Channel {
        Checks.notNull(id, "channel id");
        Checks.notNull(name, "channel '", id, "': name");
        Checks.notNull(kind, "channel '", id, "': kind");
        Checks.optional(position, "channel '", id, "': position");
    }

    public Channel(String id, String name, ChannelKind kind) {
        this(id, name, kind, Optional.empty());
    }

    /** The same channel, written at {@code position}. */
    public Channel at(SourcePosition position) {
        return new Channel(id, name, kind, Optional.ofNullable(position));
    }

    @Override
    public String kindName() {
        return "channel";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel c && id.equals(c.id) && name.equals(c.name) && kind == c.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind);
    }
}

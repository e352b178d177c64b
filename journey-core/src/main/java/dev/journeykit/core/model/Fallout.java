package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;

/** A way the customer falls out of the journey at a touchpoint, and the touchpoint that wins them back. */
public record Fallout(String text, Optional<String> recoveredBy, Optional<SourcePosition> position) {

    public Fallout {
        Checks.notNull(text, "fallout text");
        Checks.optional(recoveredBy, "fallout recoveredBy");
        Checks.optional(position, "fallout position");
    }

    public static Fallout of(String text) {
        return new Fallout(text, Optional.empty(), Optional.empty());
    }

    public static Fallout recoveredBy(String text, String touchpointId) {
        return new Fallout(text, Optional.of(Checks.notNull(touchpointId, "recoveredBy")), Optional.empty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fallout f && text.equals(f.text) && recoveredBy.equals(f.recoveredBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, recoveredBy);
    }
}

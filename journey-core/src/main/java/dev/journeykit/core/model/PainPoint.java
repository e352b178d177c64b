package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;

/** A pain point (friction) at a step; severity defaults to medium. */
public record PainPoint(String text, PainSeverity severity, Optional<SourcePosition> position) {

    public PainPoint {
        Checks.notNull(text, "pain text");
        Checks.notNull(severity, "pain severity");
        Checks.optional(position, "pain position");
    }

    public static PainPoint of(String text) {
        return new PainPoint(text, PainSeverity.MEDIUM, Optional.empty());
    }

    public static PainPoint of(String text, PainSeverity severity) {
        return new PainPoint(text, severity, Optional.empty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PainPoint p && text.equals(p.text) && severity == p.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, severity);
    }
}

package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Silences the analyzer findings of one code, on one element or everywhere, with the reason
 * kept in reports. Equality ignores the source position.
 */
public record Suppression(String code, Optional<String> on, String reason,
                          Optional<SourcePosition> position) {

    public Suppression {
        Checks.notNull(code, "suppression code");
        Checks.optional(on, "suppression of '", code, "': on");
        Checks.notNull(reason, "suppression of '", code, "': reason");
        Checks.optional(position, "suppression of '", code, "': position");
    }

    /** Whether this suppression silences a finding of {@code code} about {@code subjects}. */
    public boolean matches(String findingCode, java.util.Collection<String> subjects) {
        Checks.notNull(findingCode, "findingCode");
        Checks.notNull(subjects, "subjects");
        return code.equals(findingCode) && (on.isEmpty() || subjects.contains(on.get()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suppression s && code.equals(s.code) && on.equals(s.on) && reason.equals(s.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, on, reason);
    }
}

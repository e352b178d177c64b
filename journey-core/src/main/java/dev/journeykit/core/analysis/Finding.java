package dev.journeykit.core.analysis;

import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing an analyzer found in a map: a stable dotted code ({@code coverage.no-feedback}), its
 * severity, a message that says what to do next, the ids of the elements it is about (most
 * specific first) and, when the map came from text, where the subject was written.
 */
public record Finding(String code, Severity severity, String message, List<String> subjects,
                      Optional<SourcePosition> location) {

    public Finding {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "finding '" + code + "': severity must not be null");
        Objects.requireNonNull(message, "finding '" + code + "': message must not be null");
        Objects.requireNonNull(subjects, "finding '" + code + "': subjects must not be null");
        for (int i = 0; i < subjects.size(); i++) {
            Objects.requireNonNull(subjects.get(i), "finding '" + code + "': subjects[" + i + "] must not be null");
        }
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(location, "finding '" + code + "': location must not be null");
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(code, newSeverity, message, subjects, location);
    }

    /** {@code file:line:col: severity code: message}, or {@code severity code: message} with no location. */
    @Override
    public String toString() {
        String head = severity.keyword() + " " + code + ": " + message;
        return location.map(p -> p + ": " + head).orElse(head);
    }
}

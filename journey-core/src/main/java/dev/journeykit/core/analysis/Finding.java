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
        // the messages are built only when a check fails: a large map's analysis makes 100,000
        // findings, and a message built ahead for each check was most of what a finding cost
        if (severity == null) {
            throw missing(code, "severity");
        }
        if (message == null) {
            throw missing(code, "message");
        }
        if (subjects == null) {
            throw missing(code, "subjects");
        }
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i) == null) {
                throw missing(code, "subjects[" + i + "]");
            }
        }
        subjects = List.copyOf(subjects);
        if (location == null) {
            throw missing(code, "location");
        }
    }

    private static NullPointerException missing(String code, String field) {
        return new NullPointerException("finding '" + code + "': " + field + " must not be null");
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

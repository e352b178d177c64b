package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;

/** A question the customer has at a touchpoint, and the touchpoint that answers it. */
public record Question(String text, Optional<String> answeredBy, Optional<SourcePosition> position) {

    public Question {
        Checks.notNull(text, "question text");
        Checks.optional(answeredBy, "question answeredBy");
        Checks.optional(position, "question position");
    }

    public static Question of(String text) {
        return new Question(text, Optional.empty(), Optional.empty());
    }

    public static Question answeredBy(String text, String touchpointId) {
        return new Question(text, Optional.of(Checks.notNull(touchpointId, "answeredBy")), Optional.empty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Question q && text.equals(q.text) && answeredBy.equals(q.answeredBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, answeredBy);
    }
}

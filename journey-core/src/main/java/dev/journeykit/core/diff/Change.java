package dev.journeykit.core.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two maps: a stable dotted kind ({@code step.moved}), the ids it is
 * about (most specific first), the value before and after where there is one, whether it is
 * better or worse for the customer where that can be told, and a sentence for people.
 *
 * @param kind     what changed, one of {@link MapDiff#KINDS}
 * @param subjects the ids of the elements, most specific first
 * @param before   the old value (a stage id, an emotion, a metric value, a count), when there is one
 * @param after    the new value, when there is one
 * @param trend    {@code better} or {@code worse} where the direction says (emotions, metrics), else empty
 * @param message  the change in words, ids quoted: {@code step 'faq' moved from stage 'aware' to 'buy'}
 */
public record Change(String kind, List<String> subjects, Optional<String> before, Optional<String> after,
                     Optional<String> trend, String message) {

    public Change {
        Objects.requireNonNull(kind, "kind must not be null");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects must not be null"));
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(trend, "trend must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** The area of the map the kind belongs to: the part before the dot ({@code step}, {@code metric}, ...). */
    public String area() {
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }

    /** {@code +} for something added or gained, {@code -} for something removed or lost, {@code ~} otherwise. */
    public char sign() {
        String what = kind.substring(kind.indexOf('.') + 1);
        return switch (what) {
            case "added", "gained", "introduced", "new" -> '+';
            case "removed", "lost", "resolved" -> '-';
            default -> '~';
        };
    }
}

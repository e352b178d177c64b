package dev.journeykit.core.model;

import java.util.Optional;

/**
 * One thing wrong with a map, found when it is built: what kind of problem, the element it is
 * about ({@code touchpoint 'faq'}), a message that names both, the offending word when the problem
 * is about one (an unknown id, a bad id, a value), and the element's source position when known.
 */
public record Problem(Kind kind, String element, String message, Optional<String> offending,
                      Optional<SourcePosition> position) {

    /** The kinds of problem {@code build()} reports. */
    public enum Kind {
        /** Two elements share an id; ids are unique across all kinds. */
        DUPLICATE_ID,
        /** An id that does not match {@code [a-z][a-z0-9]*([-_][a-z0-9]+)*}. */
        INVALID_ID,
        /** A reference to a channel, persona, step or element that the map does not have. */
        UNKNOWN_REFERENCE,
        /** An emotion outside the map's emotion scale. */
        EMOTION_OUT_OF_SCALE,
        /** An emotion scale that does not have low &lt; 0 &lt; high. */
        INVALID_SCALE,
        /** A name, title or suppressed code that is empty or blank. */
        EMPTY_NAME,
        /** A flow with a negative volume. */
        NEGATIVE_VOLUME,
        /** A persona path of fewer than two steps. */
        SHORT_PATH,
        /** A metric whose value is not finite or whose target is in another unit. */
        INVALID_METRIC,
        /** A step whose stage id is not the stage that holds it. */
        MISPLACED_STEP,
        /** Two steps bound to the same log event name (a step with no {@code event} is bound to its id). */
        DUPLICATE_EVENT
    }

    public Problem {
        Checks.notNull(kind, "kind");
        Checks.notNull(element, "element");
        Checks.notNull(message, "message");
        Checks.optional(offending, "offending");
        Checks.optional(position, "position");
    }

    /** How a problem names an element in {@link #element()}: {@code touchpoint 'faq'}. */
    public static String elementOf(Element element) {
        return element.kindName() + " '" + element.id() + "'";
    }

    /** How a problem names a persona path in {@link #element()}: {@code path 'Typical'}. */
    public static String elementOf(PersonaPath path) {
        return "path '" + path.name() + "'";
    }

    /** How a problem names a flow in {@link #element()}: {@code flow 'a -> b'}. */
    public static String elementOf(Flow flow) {
        return "flow '" + flow.chain() + "'";
    }

    /** How a problem names a suppression in {@link #element()}: {@code suppression of 'coverage.no-feedback'}. */
    public static String elementOf(Suppression suppression) {
        return "suppression of '" + suppression.code() + "'";
    }

    /** {@code file:line:column: message} when the position is known, else the message. */
    @Override
    public String toString() {
        return position.map(p -> p + ": " + message).orElse(message);
    }
}

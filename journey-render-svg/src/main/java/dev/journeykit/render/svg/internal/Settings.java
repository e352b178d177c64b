package dev.journeykit.render.svg.internal;

import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.render.svg.Theme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drawing needs from the options: theme, persona, the finding marks, id prefix (already a
 * valid XML id), the line limit of text in a box and the observations to draw, if any.
 */
public record Settings(Theme theme, Optional<String> persona, List<Mark> marks, String idPrefix, int maxTextLines,
                       Optional<ObservedJourney> observed) {

    /** Settings without observations. */
    public Settings(Theme theme, Optional<String> persona, List<Mark> marks, String idPrefix, int maxTextLines) {
        this(theme, persona, marks, idPrefix, maxTextLines, Optional.empty());
    }

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(persona, "persona");
        marks = List.copyOf(marks);
        idPrefix = SvgWriter.xmlId(idPrefix);
        if (maxTextLines < 1) {
            throw new IllegalArgumentException("maxTextLines must be at least 1, was " + maxTextLines);
        }
    }

    /** The same settings without observations. */
    public Settings withoutObservations() {
        return observed.isEmpty() ? this : new Settings(theme, persona, marks, idPrefix, maxTextLines);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, Optional.empty(), List.of(), "jk", 3);
    }

    /** An id in the document: the prefix, a kind and a model id, made a valid XML id. */
    public String id(String kind, String modelId) {
        return SvgWriter.xmlId(idPrefix + "-" + kind + "-" + modelId);
    }

    public String id(String kind) {
        return SvgWriter.xmlId(idPrefix + "-" + kind);
    }

    /**
     * A finding to show: its number in the legend, severity keyword (error, warning, info), code,
     * message and the ids of its subjects.
     */
    public record Mark(int number, String severity, String code, String message, List<String> subjects) {

        public Mark {
            Objects.requireNonNull(severity, "severity");
            code = code == null ? "" : code;
            message = message == null ? "" : message;
            subjects = List.copyOf(subjects);
        }
    }
}

package dev.journeykit.core.json;

import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by {@link JourneyJson#read(String)} when JSON text is not a journey map.
 *
 * <p>Two cases:
 * <ul>
 *   <li>The text is not JSON, or not JSON of the form described in {@code docs/json-format.md}
 *       (an unknown field, a missing required field, a wrong type, an unknown keyword). Then
 *       {@link #jsonPath()} is the place, such as {@code $.stages[1].steps[0].emotion}, and the
 *       message is {@code "<path>: <what is wrong>"}.</li>
 *   <li>The JSON has the right form but the map is not valid (an unknown channel, a duplicate
 *       id, an emotion outside the scale...). Then the cause is the model's
 *       {@link JourneyValidationException}, {@link #problems()} are its problems, the message
 *       lists each problem after the JSON path of its element ({@code $.personas[1].id: duplicate
 *       id 'ann': ...}), and {@link #jsonPath()} is the path of the first.</li>
 * </ul>
 */
public final class JourneyJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final transient List<Problem> problems;

    JourneyJsonException(String jsonPath, String detail) {
        super(jsonPath + ": " + detail);
        this.jsonPath = jsonPath;
        this.problems = List.of();
    }

    JourneyJsonException(String jsonPath, String detail, Throwable cause) {
        super(jsonPath + ": " + detail, cause);
        this.jsonPath = jsonPath;
        this.problems = List.of();
    }

    JourneyJsonException(JourneyValidationException invalid, String jsonPath, String message) {
        super(message, invalid);
        this.jsonPath = jsonPath;
        this.problems = invalid.problems();
    }

    /** Where in the JSON document the problem is: {@code $}, {@code $.stages[2].steps[0].channel}, ... */
    public String jsonPath() {
        return jsonPath;
    }

    /** The model's validation problems when the JSON is well formed but the map is not valid; else empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** The model's validation exception, when that is what went wrong. */
    public Optional<JourneyValidationException> validation() {
        return getCause() instanceof JourneyValidationException v ? Optional.of(v) : Optional.empty();
    }
}

package dev.journeykit.core.model;

import java.util.List;

/**
 * Thrown by {@code build()} when a map is not valid, holding every problem found, in the map's
 * order, not only the first.
 */
public final class JourneyValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_LIMIT = 20;

    private final transient List<Problem> problems;

    public JourneyValidationException(String title, List<Problem> problems) {
        super(message(title, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the map's order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String title, List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append("journey '").append(title).append("' is not valid: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < problems.size() && i < MESSAGE_LIMIT; i++) {
            out.append("\n  - ").append(problems.get(i));
        }
        if (problems.size() > MESSAGE_LIMIT) {
            out.append("\n  ... and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
        }
        return out.toString();
    }
}

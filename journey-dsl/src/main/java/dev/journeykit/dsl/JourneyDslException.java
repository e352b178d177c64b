package dev.journeykit.dsl;

import java.util.List;

/**
 * Thrown when a {@code .journey} text is not valid: holds every problem found (at most
 * {@value #LIMIT}), sorted by position. The message renders them all, one after the other.
 */
public final class JourneyDslException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most diagnostics one exception holds. */
    public static final int LIMIT = 50;

    private final transient List<Diagnostic> diagnostics;

    /**
     * @param diagnostics the problems, sorted by position, at most {@value #LIMIT}
     * @param truncated   whether more problems were found than the diagnostics hold
     */
    public JourneyDslException(List<Diagnostic> diagnostics, boolean truncated) {
        super(message(diagnostics, truncated));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public JourneyDslException(List<Diagnostic> diagnostics) {
        this(diagnostics, false);
    }

    /** Every problem found, sorted by position, at most {@value #LIMIT}. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String message(List<Diagnostic> diagnostics, boolean truncated) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(d.render());
        }
        if (truncated) {
            out.append("\ntoo many problems: only the first ").append(diagnostics.size()).append(" are shown");
        }
        return out.toString();
    }
}

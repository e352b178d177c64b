package dev.journeykit.core.analysis;

/**
 * One step of a persona path that makes the path non-linear: it revisits a step, or it goes back
 * to an earlier stage than the step before it, or both. {@link JourneyRules#detours} finds them;
 * a path without detours is linear ({@code path.non-linear} reports the others).
 *
 * @param index the position of the step in the path, from 0
 * @param firstVisit the position of the first visit of the same step when this is a revisit, else -1
 * @param goesBack whether the step lies in an earlier stage than the step before it
 */
public record Detour(int index, int firstVisit, boolean goesBack) {

    /** Whether the step was visited before in the path. */
    public boolean isRevisit() {
        return firstVisit >= 0;
    }
}

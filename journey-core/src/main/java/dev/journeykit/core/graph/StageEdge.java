package dev.journeykit.core.graph;

/**
 * An edge of the stage graph: all transitions from steps of one stage to steps of another (or
 * the same) stage, with how many there are and their summed volume (transitions with no volume
 * count 0).
 */
public record StageEdge(String from, String to, int transitions, long volume) {

    /** True for transitions that stay inside one stage. */
    public boolean isSelfLoop() {
        return from.equals(to);
    }

    @Override
    public String toString() {
        return from + " -> " + to + " (" + transitions + ")";
    }
}

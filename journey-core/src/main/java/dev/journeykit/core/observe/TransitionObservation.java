package dev.journeykit.core.observe;

/**
 * A directly-follows pair: two consecutive bound events of one customer, from step {@code from}
 * to step {@code to} (a repeat A, A is a transition A to A). {@code count}: how often;
 * {@code customers}: how many customers; {@code designed}: whether the map has it (a flow, or a
 * path step of any persona; for a persona's figures, the flows and that persona's paths); the
 * median and 90th percentile of the time between the two events, in seconds, from a
 * {@link LogHistogram} (relative error at most 1 %).
 */
public record TransitionObservation(String from, String to, long count, long customers, boolean designed,
                                    double medianSeconds, double p90Seconds) {
}

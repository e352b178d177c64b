package dev.journeykit.core.analysis;

/**
 * The shape of a map's step graph.
 *
 * @param entries steps that transitions leave but none enter
 * @param exits steps that transitions enter but none leave
 * @param stronglyConnectedComponents the strongly connected components among the steps that
 *        transitions touch
 * @param loops those of them that hold a cycle (two or more steps, or a self-loop)
 * @param distinctPaths the distinct paths of the condensation from a component no transition
 *        enters to one no transition leaves, counted by dynamic programming; at most
 *        {@link Long#MAX_VALUE}, see {@code distinctPathsSaturated}
 * @param distinctPathsSaturated whether the true count is {@link Long#MAX_VALUE} or more
 * @param longestPathInStages the most stages one walk along the transitions can pass through:
 *        the heaviest path of the condensed stage graph, a component weighing its number of stages
 * @param transitions all transitions
 * @param backwardTransitions the transitions into an earlier stage
 * @param backwardShare {@code backwardTransitions / transitions}, 0 when there are none
 */
public record PathStatistics(int entries, int exits, int stronglyConnectedComponents, int loops,
                             long distinctPaths, boolean distinctPathsSaturated,
                             int longestPathInStages, int transitions, int backwardTransitions,
                             double backwardShare) {
}

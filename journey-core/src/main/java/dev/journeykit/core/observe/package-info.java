/**
 * Observed journeys: customers replayed through a map. {@link dev.journeykit.core.observe.Replay}
 * binds event names to steps and folds one customer at a time into a mergeable
 * {@link dev.journeykit.core.observe.ReplaySummary}; the result is the immutable
 * {@link dev.journeykit.core.observe.ObservedJourney} (stages, steps, transitions, variants,
 * fitness, per persona) that analyzers, renderers and assertions read. Every engine (the readers
 * of journey-events, the Spark job) uses this one fold. Definitions in docs/observe.md.
 */
package dev.journeykit.core.observe;

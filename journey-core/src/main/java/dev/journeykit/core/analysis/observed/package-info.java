/**
 * The observed findings ({@code observed.*}): analyzers that hold an
 * {@link dev.journeykit.core.observe.ObservedJourney} against its map, reached through the
 * observation an {@link dev.journeykit.core.analysis.AnalysisContext} carries, with their
 * thresholds in {@link dev.journeykit.core.analysis.AnalysisOptions}. {@code journey observe}
 * runs them; {@code journey check} only knows their codes.
 */
package dev.journeykit.core.analysis.observed;

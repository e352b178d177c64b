/**
 * What changed between two versions of a map, matched by id: {@link dev.journeykit.core.diff.MapDiff}
 * lists stages, steps, personas and channels added, removed, moved or reordered, emotion and
 * metric changes, questions, pains, channels per persona and coverage cells, and the findings
 * introduced and resolved, each a {@link dev.journeykit.core.diff.Change}. The reports and the
 * DIFF picture are made from it.
 */
package dev.journeykit.core.diff;

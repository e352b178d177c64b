package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import java.util.List;

/**
 * Finds where an event log and the map disagree ({@code observed.*} codes). Self-contained: it
 * takes the map, what customers did and the options, and returns findings, empty rather than null.
 */
@FunctionalInterface
public interface ObservedAnalyzer {

    List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options);
}

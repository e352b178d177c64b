package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reports {@code observed.low-fitness}: conformance fitness (the share of observed transitions
 * that the map designs) below {@code minFitness}, overall and for each persona. O(personas).
 */
public final class FitnessAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_LOW_FITNESS)) {
            return out.list();
        }
        OptionalDouble overall = observed.fitness();
        if (overall.isPresent() && overall.getAsDouble() < options.minFitness()) {
            out.add(Rule.OBSERVED_LOW_FITNESS, "only " + Percent.of(overall.getAsDouble()) + " of the observed "
                    + "transitions are designed by the map (at least " + Percent.of(options.minFitness())
                    + " wanted): the map does not describe what customers do; see the undesigned transitions",
                    List.of(), map.position());
        }
        observed.personas().forEach((persona, o) -> {
            if (o.fitness().isPresent() && o.fitness().getAsDouble() < options.minFitness()) {
                out.add(Rule.OBSERVED_LOW_FITNESS, "only " + Percent.of(o.fitness().getAsDouble()) + " of the "
                        + "observed transitions of persona '" + persona + "' are designed by the flows and its paths "
                        + "(at least " + Percent.of(options.minFitness()) + " wanted)", List.of(persona),
                        out.positionOf(persona));
            }
        });
        return out.list();
    }
}

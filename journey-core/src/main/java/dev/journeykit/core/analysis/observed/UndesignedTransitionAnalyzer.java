package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.TransitionObservation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports {@code observed.undesigned-transition}: customers went directly from A to B, the map
 * has no such transition, and it is at least {@code minTransitionShare} of A's observed
 * transitions. O(observed transitions).
 */
public final class UndesignedTransitionAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_UNDESIGNED_TRANSITION)) {
            return out.list();
        }
        Map<String, Long> fromCounts = new HashMap<>();
        for (TransitionObservation t : observed.transitions()) {
            fromCounts.merge(t.from(), t.count(), Long::sum);
        }
        for (TransitionObservation t : observed.transitions()) {
            double share = (double) t.count() / fromCounts.get(t.from());
            if (!t.designed() && share >= options.minTransitionShare()) {
                out.add(Rule.OBSERVED_UNDESIGNED_TRANSITION, t.customers() + " customer" + (t.customers() == 1 ? "" : "s")
                        + " went directly from '" + t.from() + "' to '" + t.to() + "' ("
                        + (t.count() == 1 ? "once" : t.count() + " times") + ", "
                        + Percent.of(share) + " of the moves from '" + t.from() + "'), which the map does not "
                        + "design: add a flow or path step for it, or find out why customers take it",
                        List.of(t.from(), t.to()), out.positionOf(t.from()));
            }
        }
        return out.list();
    }
}

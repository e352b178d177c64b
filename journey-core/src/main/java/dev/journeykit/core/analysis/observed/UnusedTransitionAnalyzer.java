package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.observe.ObservedJourney;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code observed.unused-transition}: a designed transition (a flow or path step) that no
 * customer took, once per pair of steps, at the first flow or path that designs it. O(designed +
 * observed transitions).
 */
public final class UnusedTransitionAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_UNUSED_TRANSITION)) {
            return out.list();
        }
        Set<List<String>> taken = new HashSet<>();
        observed.transitions().forEach(t -> taken.add(List.of(t.from(), t.to())));
        Set<List<String>> reported = new HashSet<>();
        for (Transition t : map.transitions()) {
            List<String> pair = List.of(t.from(), t.to());
            if (!taken.contains(pair) && reported.add(pair)) {
                out.add(Rule.OBSERVED_UNUSED_TRANSITION, "no customer went directly from '" + t.from() + "' to '"
                        + t.to() + "', which the map designs: check the binding of both steps, or drop the "
                        + "transition if the journey no longer has it", pair,
                        Findings.firstOf(t.position(), out.positionOf(t.from())));
            }
        }
        return out.list();
    }
}

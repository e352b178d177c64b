package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.StageObservation;
import java.util.List;

/** Reports {@code observed.drop-off}: a stage, not the last, whose drop-off is at least {@code maxDropOff}. O(stages). */
public final class DropOffAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_DROP_OFF)) {
            return out.list();
        }
        for (StageObservation s : observed.stages()) {
            if (s.dropOff().isPresent() && s.dropOff().getAsDouble() >= options.maxDropOff()) {
                out.add(Rule.OBSERVED_DROP_OFF, Percent.of(s.dropOff().getAsDouble()) + " of the customers who "
                        + "reached stage '" + s.id() + "' went no further (" + s.furthest() + " of " + s.reached()
                        + "): find out where they leave and what would carry them on", List.of(s.id()),
                        out.positionOf(s.id()));
            }
        }
        return out.list();
    }
}

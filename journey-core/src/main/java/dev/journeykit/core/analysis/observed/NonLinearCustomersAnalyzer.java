package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.NonLinear;
import dev.journeykit.core.observe.ObservedJourney;
import java.util.List;

/** Reports {@code observed.non-linear}: the share of customers who went back a stage, when there is one. O(1). */
public final class NonLinearCustomersAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        NonLinear n = observed.overall().nonLinear();
        if (out.wants(Rule.OBSERVED_NON_LINEAR) && n.customers() >= 1) {
            out.add(Rule.OBSERVED_NON_LINEAR, Percent.of(n.share()) + " of the customers (" + n.customers() + " of "
                    + observed.customers() + ") went back to an earlier stage, and " + n.revisitCustomers()
                    + " came back to a step: the journey is not a line; make going back easy where it helps",
                    List.of(), map.position());
        }
        return out.list();
    }
}

package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.UnboundEvent;
import java.util.List;

/**
 * Reports {@code observed.unbound-event}: an event name of the log that binds to no step and is at
 * least {@code minEventShare} of the log's events (bound and unbound rows); the smaller ones are
 * summed in one finding. O(unbound names).
 */
public final class UnboundEventAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_UNBOUND_EVENT)) {
            return out.list();
        }
        long all = observed.log().events() + observed.log().unbound();
        long restNames = 0;
        long restRows = 0;
        for (UnboundEvent e : observed.unboundEvents()) {
            double share = (double) e.count() / all;
            if (share >= options.minEventShare()) {
                out.add(Rule.OBSERVED_UNBOUND_EVENT, "event " + Findings.text(e.name()) + " (" + e.count() + " row"
                        + (e.count() == 1 ? "" : "s") + ", " + Percent.of(share) + " of the events) binds to no "
                        + "step: bind it with an event statement on the step it means, or leave it out of the "
                        + "log", List.of(), map.position());
            } else {
                restNames++;
                restRows += e.count();
            }
        }
        if (restNames > 0) {
            out.add(Rule.OBSERVED_UNBOUND_EVENT, restNames + " other event name" + (restNames == 1 ? "" : "s")
                    + " (" + restRows + " row" + (restRows == 1 ? "" : "s") + ", each under "
                    + Percent.of(options.minEventShare()) + " of the events) bind to no step; the report's "
                    + "unboundEvents lists them", List.of(), map.position());
        }
        return out.list();
    }

}

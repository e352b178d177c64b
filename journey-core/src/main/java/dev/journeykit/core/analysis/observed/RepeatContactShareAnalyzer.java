package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.RepeatContact;
import java.util.List;

/**
 * Reports {@code observed.repeat-contact}: a stage where the share of customers with two or more
 * customer-initiated assisted or voice contacts is at least {@code maxRepeatContactShare}. O(stages).
 */
public final class RepeatContactShareAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_REPEAT_CONTACT)) {
            return out.list();
        }
        for (RepeatContact r : observed.overall().repeatContacts()) {
            if (r.customers() > 0 && r.share() >= options.maxRepeatContactShare()) {
                out.add(Rule.OBSERVED_REPEAT_CONTACT, Percent.of(r.share()) + " of the customers who reached stage '"
                        + r.stage() + "' (" + r.customers() + ") contacted assisted or voice channels twice or more "
                        + "there: resolve on first contact", List.of(r.stage()), out.positionOf(r.stage()));
            }
        }
        return out.list();
    }
}

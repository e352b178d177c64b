package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.CoverageGap;
import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import java.util.List;

/**
 * Reports {@code coverage.preferred-channel}: each {@link CoverageGap}, a stage where a persona
 * has steps but no touchpoint for it is on one of its preferred channels. Personas without
 * preferred channels are skipped. O(P·V + P·K) for P personas, V steps and K preferred channels.
 */
public final class PreferredChannelAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.PREFERRED_CHANNEL)) {
            return out.list();
        }
        for (CoverageGap gap : JourneyRules.coverageGaps(map)) {
            Stage stage = map.stage(gap.stage()).orElseThrow();
            out.add(Rule.PREFERRED_CHANNEL, "stage '" + gap.stage() + "' offers persona '"
                    + gap.persona() + "' none of its preferred channels ("
                    + Findings.quoted(gap.preferredChannels()) + "): add a touchpoint for "
                    + gap.persona() + " on one of them", List.of(gap.stage(), gap.persona()),
                    stage.position());
        }
        return out.list();
    }
}

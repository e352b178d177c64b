package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.StageScan;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code coverage.no-proactive}: a stage after the first, with steps, where the brand
 * starts no touchpoint (an empty stage is left to {@code coverage.empty-stage}). O(V + S).
 */
public final class ProactiveCoverageAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.NO_PROACTIVE)) {
            return out.list();
        }
        for (Stage stage : StageScan.lacking(map, 1, Touchpoint::isBrandInitiated)) {
            out.add(Rule.NO_PROACTIVE, "stage '" + stage.id() + "' has no brand-initiated "
                    + "touchpoint: consider a proactive message (a confirmation, an update, a "
                    + "reminder) so the customer is not left waiting", List.of(stage.id()), stage.position());
        }
        return out.list();
    }
}

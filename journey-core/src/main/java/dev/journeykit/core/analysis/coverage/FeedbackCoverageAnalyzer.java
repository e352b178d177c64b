package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.StageScan;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import java.util.List;

/**
 * Reports {@code coverage.no-feedback}: a stage with steps where no touchpoint collects feedback
 * (an empty stage is left to {@code coverage.empty-stage}). O(V + S) for V steps and S stages.
 */
public final class FeedbackCoverageAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.NO_FEEDBACK)) {
            return out.list();
        }
        for (Stage stage : StageScan.lacking(map, 0, t -> !t.feedback().isEmpty())) {
            out.add(Rule.NO_FEEDBACK, "stage '" + stage.id() + "' collects no feedback: ask for a "
                    + "rating (csat, ces or nps) at one of its touchpoints", List.of(stage.id()), stage.position());
        }
        return out.list();
    }
}

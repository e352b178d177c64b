package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import java.util.List;

/**
 * Reports {@code coverage.empty-stage}: a stage with no step. O(S) for S stages.
 */
public final class EmptyStageAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.EMPTY_STAGE)) {
            return out.list();
        }
        for (Stage stage : map.stages()) {
            if (stage.steps().isEmpty()) {
                out.add(Rule.EMPTY_STAGE, "stage '" + stage.id() + "' has no step: add what the customer "
                        + "does in it (a touchpoint or a moment), or remove the stage",
                        List.of(stage.id()), stage.position());
            }
        }
        return out.list();
    }
}

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
 * Reports {@code coverage.unmeasured-stage}: a stage with steps where no touchpoint has a metric
 * (an empty stage is left to {@code coverage.empty-stage}). O(V + S).
 */
public final class MeasurementCoverageAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.UNMEASURED_STAGE)) {
            return out.list();
        }
        for (Stage stage : StageScan.lacking(map, 0, t -> !t.metrics().isEmpty())) {
            out.add(Rule.UNMEASURED_STAGE, "stage '" + stage.id() + "' measures nothing: add a "
                    + "metric (csat, conversion, aht, ...) to one of its touchpoints", List.of(stage.id()), stage.position());
        }
        return out.list();
    }
}

package dev.journeykit.core.analysis.friction;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code friction.kpi-miss}: a metric that misses its target, lower values being the
 * better ones for metrics that say so ({@link Metric#meetsTarget()}). O(V + M) for V steps and
 * M metrics.
 */
public final class KpiMissAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.KPI_MISS)) {
            return out.list();
        }
        for (Stage stage : map.stages()) {
            for (Step step : stage.steps()) {
                if (!(step instanceof Touchpoint t)) {
                    continue;
                }
                for (Metric metric : t.metrics()) {
                    if (metric.meetsTarget().orElse(true)) {
                        continue;
                    }
                    String better = metric.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher";
                    out.add(Rule.KPI_MISS, "metric '" + metric.name() + "' at touchpoint '" + t.id() + "' is "
                            + metric.value() + ", missing its target " + metric.target().orElseThrow() + " ("
                            + better + " is better): find what holds it back, or revise the target",
                            List.of(t.id(), stage.id()), Findings.firstOf(metric.position(), t.position()));
                }
            }
        }
        return out.list();
    }
}

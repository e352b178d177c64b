package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code coverage.unrecovered-fallout}: a fall-out with no touchpoint that recovers the
 * customer. O(V + F) for V steps and F fall-outs.
 */
public final class FalloutRecoveryAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.UNRECOVERED_FALLOUT)) {
            return out.list();
        }
        for (Stage stage : map.stages()) {
            for (Step step : stage.steps()) {
                if (step instanceof Touchpoint t) {
                    for (Fallout f : t.fallouts()) {
                        if (f.recoveredBy().isEmpty()) {
                            out.add(Rule.UNRECOVERED_FALLOUT, "fall-out " + Findings.text(f.text())
                                    + " at touchpoint '" + t.id() + "' has no recovery: add a touchpoint "
                                    + "that wins the customer back and name it (recovered-by)",
                                    List.of(t.id(), stage.id()), Findings.firstOf(f.position(), t.position()));
                        }
                    }
                }
            }
        }
        return out.list();
    }
}

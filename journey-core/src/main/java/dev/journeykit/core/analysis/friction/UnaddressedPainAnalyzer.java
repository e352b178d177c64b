package dev.journeykit.core.analysis.friction;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code friction.unaddressed-pain}: a high-severity pain at a step that records no
 * opportunity (a moment never has one). O(V + N) for V steps and N pains.
 */
public final class UnaddressedPainAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.UNADDRESSED_PAIN)) {
            return out.list();
        }
        for (Stage stage : map.stages()) {
            for (Step step : stage.steps()) {
                if (step instanceof Touchpoint t && !t.opportunities().isEmpty()) {
                    continue;
                }
                for (PainPoint pain : step.pains()) {
                    if (pain.severity() == PainSeverity.HIGH) {
                        out.add(Rule.UNADDRESSED_PAIN, "high-severity pain " + Findings.text(pain.text())
                                + " at " + step.kindName() + " '" + step.id() + "' has no opportunity: "
                                + "record what could ease it (an opportunity"
                                + (step instanceof Touchpoint ? "" : " on a touchpoint of the stage") + ")",
                                List.of(step.id(), stage.id()), Findings.firstOf(pain.position(), step.position()));
                    }
                }
            }
        }
        return out.list();
    }
}

package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.List;

/**
 * Reports {@code coverage.dead-end}: a step that transitions lead into and none lead out of,
 * outside the last stage that has steps (where journeys are expected to end). O(V + E) for V
 * steps and E transitions.
 */
public final class DeadEndAnalyzer extends FactsAnalyzer {

    public DeadEndAnalyzer() {
        super(true, Rule.DEAD_END);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        int last = facts.stageOf(facts.stepCount() - 1);
        for (int s = 0; s < facts.stepCount(); s++) {
            if (facts.inDegree(s) > 0 && facts.outDegree(s) == 0 && facts.stageOf(s) < last) {
                Step step = facts.step(s);
                Stage stage = facts.stage(facts.stageOf(s));
                out.add(Rule.DEAD_END, "step '" + step.id() + "' is a dead end: transitions lead into it "
                        + "and none lead out, yet stage '" + stage.id() + "' is not the last; add a flow "
                        + "to where the customer goes next", List.of(step.id(), stage.id()), step.position());
            }
        }
    }
}

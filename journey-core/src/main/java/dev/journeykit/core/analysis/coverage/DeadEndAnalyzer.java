package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.List;

/**
 * Reports {@code coverage.dead-end}: a step that transitions lead into and none lead out of,
 * outside the last stage that has steps (where journeys are expected to end). O(V + E) for V
 * steps and E transitions.
 */
public final class DeadEndAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        return analyze(AnalysisContext.of(map, options));
    }

    /** The findings, with the step numbering and components the run's analyzers share. */
    @Override
    public List<Finding> analyze(AnalysisContext context) {
        JourneyMap map = context.map();
        Findings out = Findings.start(map, context.options());
        if (!out.wants(Rule.DEAD_END) || map.transitions().isEmpty()) {
            return out.list();
        }
        MapFacts facts = MapFacts.of(context);
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
        return out.list();
    }
}

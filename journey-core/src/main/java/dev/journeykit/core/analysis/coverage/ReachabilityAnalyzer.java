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
 * Reports {@code coverage.unreachable}: in a map that has transitions, a step that no chain of
 * transitions reaches from the steps of the first stage that has steps. One breadth-first search
 * from all those steps: O(V + E) for V steps and E transitions.
 */
public final class ReachabilityAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        return analyze(AnalysisContext.of(map, options));
    }

    /** The findings, with the step numbering and components the run's analyzers share. */
    @Override
    public List<Finding> analyze(AnalysisContext context) {
        JourneyMap map = context.map();
        Findings out = Findings.start(map, context.options());
        if (!out.wants(Rule.UNREACHABLE) || map.transitions().isEmpty()) {
            return out.list();
        }
        MapFacts facts = MapFacts.of(context);
        int v = facts.stepCount();
        int firstStage = facts.stageOf(0);
        boolean[] reached = new boolean[v];
        int[] queue = new int[v];
        int tail = 0;
        for (int s = 0; s < v && facts.stageOf(s) == firstStage; s++) {
            reached[s] = true;
            queue[tail++] = s;
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int slot = facts.outBegin(u); slot < facts.outEnd(u); slot++) {
                int w = facts.outTarget(slot);
                if (!reached[w]) {
                    reached[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        Stage first = facts.stage(firstStage);
        for (int s = 0; s < v; s++) {
            if (!reached[s]) {
                Step step = facts.step(s);
                String stage = facts.stage(facts.stageOf(s)).id();
                out.add(Rule.UNREACHABLE, "step '" + step.id() + "' cannot be reached from the first stage '"
                        + first.id() + "': no chain of paths and flows leads to it; add a transition into "
                        + "it, or remove it", List.of(step.id(), stage), step.position());
            }
        }
        return out.list();
    }
}

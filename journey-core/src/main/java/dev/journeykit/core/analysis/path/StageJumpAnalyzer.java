package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Transition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code path.backtrack} (a transition into an earlier stage) and {@code path.stage-skip}
 * (a transition that jumps over one or more stages), once per ordered pair of steps, at the
 * first transition between them. O(V + E) for V steps and E transitions (a message lists at
 * most a few skipped stages).
 */
public final class StageJumpAnalyzer extends FactsAnalyzer {

    public StageJumpAnalyzer() {
        super(false, Rule.BACKTRACK, Rule.STAGE_SKIP);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        JourneyMap map = context.map();
        Set<Long> seen = new HashSet<>();
        for (int t = 0; t < facts.transitionCount(); t++) {
            int from = facts.stageOf(facts.from(t));
            int to = facts.stageOf(facts.to(t));
            if (to >= from && to <= from + 1 || !seen.add(((long) facts.from(t) << 32) | facts.to(t))) {
                continue;
            }
            Transition tr = map.transitions().get(t);
            String pair = "transition '" + tr.from() + "' -> '" + tr.to() + "'";
            List<String> subjects = List.of(tr.from(), tr.to());
            if (to < from) {
                out.add(Rule.BACKTRACK, pair + " goes back from stage '" + facts.stage(from).id()
                        + "' to the earlier stage '" + facts.stage(to).id() + "': check that the customer "
                        + "is meant to return, and what sends them back", subjects,
                        Findings.firstOf(tr.position(), out.positionOf(tr.from())));
            } else {
                List<String> skipped = new ArrayList<>();
                for (int s = from + 1; s < to && skipped.size() < Findings.MAX_LISTED; s++) {
                    skipped.add(facts.stage(s).id());
                }
                String over = Findings.quoted(skipped, to - from - 1);
                out.add(Rule.STAGE_SKIP, pair + " jumps from stage '" + facts.stage(from).id()
                        + "' to stage '" + facts.stage(to).id() + "' over " + over + ": check that the "
                        + "customer may skip " + (to - from == 2 ? "it" : "them")
                        + ", or add the steps in between", subjects,
                        Findings.firstOf(tr.position(), out.positionOf(tr.from())));
            }
        }
    }
}

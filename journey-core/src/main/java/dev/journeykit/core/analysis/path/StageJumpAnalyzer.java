package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.model.PersonaPath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code path.backtrack} (a transition into an earlier stage) and {@code path.stage-skip}
 * (a transition that jumps over one or more stages), once per ordered pair of steps, at the
 * first transition between them.
 *
 * <p>On a persona path a jump skips only the stages between that the path has not been in
 * before (coming back after a backtrack skips nothing), and a move back is the path's detour,
 * which {@code path.non-linear} reports with the path; {@code path.backtrack} reports it only
 * when {@code path.non-linear} is switched off. Flows keep the plain rule. O(V + E + L·S/64) for V
 * steps, E transitions, L steps over all paths and S stages (a bit set of the stages a path has
 * been in).
 */
public final class StageJumpAnalyzer extends FactsAnalyzer {

    public StageJumpAnalyzer() {
        super(false, Rule.BACKTRACK, Rule.STAGE_SKIP);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        JourneyMap map = context.map();
        boolean pathsOwnBacks = context.options().isEnabled(Rule.NON_LINEAR);
        Set<Long> seen = new HashSet<>();
        int t = 0;
        for (PersonaPath path : map.paths()) {
            List<String> steps = path.steps();
            BitSet been = new BitSet(map.stages().size());
            if (!steps.isEmpty()) {
                been.set(facts.stageOf(facts.stepNumber(steps.get(0))));
            }
            for (int i = 1; i < steps.size(); i++, t++) {
                if (facts.stageOf(facts.to(t)) < facts.stageOf(facts.from(t)) && pathsOwnBacks) {
                    seen.add(facts.pairOf(t));
                } else {
                    report(map, facts, out, t, been, seen);
                }
                been.set(facts.stageOf(facts.to(t)));
            }
        }
        BitSet none = new BitSet();
        for (; t < facts.transitionCount(); t++) {
            report(map, facts, out, t, none, seen);
        }
    }

    /** Reports transition {@code t} when it jumps, over the stages not in {@code been}, once per pair. */
    private static void report(JourneyMap map, MapFacts facts, Findings out, int t, BitSet been, Set<Long> seen) {
        int from = facts.stageOf(facts.from(t));
        int to = facts.stageOf(facts.to(t));
        if (to >= from && to <= from + 1) {
            return;
        }
        int over = to < from ? 0 : to - from - 1 - been.get(from + 1, to).cardinality();
        if (to > from && over == 0 || !seen.add(facts.pairOf(t))) {
            return;
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
            for (int s = been.nextClearBit(from + 1); s < to && skipped.size() < Findings.MAX_LISTED;
                 s = been.nextClearBit(s + 1)) {
                skipped.add(facts.stage(s).id());
            }
            out.add(Rule.STAGE_SKIP, pair + " jumps from stage '" + facts.stage(from).id()
                    + "' to stage '" + facts.stage(to).id() + "' over " + Findings.quoted(skipped, over)
                    + ": check that the customer may skip " + (over == 1 ? "it" : "them")
                    + ", or add the steps in between", subjects,
                    Findings.firstOf(tr.position(), out.positionOf(tr.from())));
        }
    }
}

package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.Components;
import dev.journeykit.core.analysis.internal.MapFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports {@code path.loop}: steps that form a cycle, that is a strongly connected component of
 * two or more steps or a step with a self-loop, once per component (Tarjan's algorithm over the
 * shared step numbering, checked against JGraphT's inspectors); the message names one concrete cycle,
 * the shortest through the component's first step, found by a breadth-first search that stays
 * inside the component. A loop is a cycle the map's flows take part in: a cycle made of persona
 * paths' transitions only is a path coming back (reported by {@code path.non-linear} and
 * {@code friction.repeat-contact}) or the paths of different customers crossing, which nobody
 * walks round; such a cycle is reported here only while {@code path.non-linear} is switched off.
 * O(V + E) for V steps and E transitions.
 */
public final class LoopAnalyzer extends FactsAnalyzer {

    /** The most steps of a cycle a message spells out. */
    private static final int MAX_CYCLE = 8;

    public LoopAnalyzer() {
        super(true, Rule.LOOP);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        Components components = facts.components();
        boolean pathsOwnReturns = context.options().isEnabled(Rule.NON_LINEAR);
        for (int c = 0; c < components.count(); c++) {
            if (!components.isCyclic(c) || pathsOwnReturns && !facts.flowInside(c)) {
                continue;
            }
            int[] members = components.members(c);
            List<String> ids = new ArrayList<>(members.length);
            for (int s : members) {
                ids.add(facts.step(s).id());
            }
            String first = ids.get(0);
            if (members.length == 1) {
                out.add(Rule.LOOP, "step '" + first + "' leads back to itself: make sure the customer can "
                        + "move on, and record what makes them repeat it", ids, facts.step(members[0]).position());
                continue;
            }
            List<Integer> cycle = components.cycle(c);
            StringBuilder walk = new StringBuilder();
            for (int i = 0; i < Math.min(cycle.size(), MAX_CYCLE); i++) {
                walk.append(facts.step(cycle.get(i)).id()).append(" -> ");
            }
            if (cycle.size() > MAX_CYCLE) {
                walk.append("... (").append(cycle.size()).append(" steps) -> ");
            }
            walk.append(first);
            out.add(Rule.LOOP, members.length + " steps form a loop (" + Findings.quoted(ids) + "), e.g. "
                    + walk + ": make sure customers can leave it, and check what sends them round again",
                    ids, facts.step(members[0]).position());
        }
    }
}

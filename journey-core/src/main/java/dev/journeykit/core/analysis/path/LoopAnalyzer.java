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
 * inside the component. O(V + E) for V steps and E transitions.
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
        for (int c = 0; c < components.count(); c++) {
            if (!components.isCyclic(c)) {
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

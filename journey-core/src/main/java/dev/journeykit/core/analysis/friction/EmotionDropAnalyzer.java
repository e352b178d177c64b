package dev.journeykit.core.analysis.friction;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code friction.emotion-drop}: emotion falls by {@code emotionDrop} or more from one
 * step to the next along a transition of a path or flow (both steps with an emotion), once per
 * ordered pair of steps, at the step where it falls. O(V + E) for V steps and E transitions.
 */
public final class EmotionDropAnalyzer extends FactsAnalyzer {

    public EmotionDropAnalyzer() {
        super(true, Rule.EMOTION_DROP);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        JourneyMap map = context.map();
        AnalysisOptions options = context.options();
        Set<Long> seen = new HashSet<>();
        for (int t = 0; t < facts.transitionCount(); t++) {
            Step from = facts.step(facts.from(t));
            Step to = facts.step(facts.to(t));
            if (from.emotion().isEmpty() || to.emotion().isEmpty()) {
                continue;
            }
            int drop = from.emotion().getAsInt() - to.emotion().getAsInt();
            if (drop >= options.emotionDrop() && seen.add(facts.pairOf(t))) {
                out.add(Rule.EMOTION_DROP, "emotion drops by " + drop + " from '" + from.id() + "' ("
                        + from.emotion().getAsInt() + ") to '" + to.id() + "' (" + to.emotion().getAsInt()
                        + "): ease step '" + to.id() + "', or support the customer before it",
                        List.of(to.id(), from.id()),
                        Findings.firstOf(to.position(), map.transitions().get(t).position()));
            }
        }
    }
}

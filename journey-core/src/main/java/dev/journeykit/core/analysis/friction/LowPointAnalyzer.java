package dev.journeykit.core.analysis.friction;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code friction.low-point}: a step whose emotion is the bottom of the map's emotion
 * scale. O(V) for V steps.
 */
public final class LowPointAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.LOW_POINT)) {
            return out.list();
        }
        int low = map.emotionScale().low();
        for (Stage stage : map.stages()) {
            for (Step step : stage.steps()) {
                if (step.emotion().isPresent() && step.emotion().getAsInt() <= low) {
                    out.add(Rule.LOW_POINT, step.kindName() + " '" + step.id() + "' is at the bottom of the "
                            + "emotion scale (" + low + "): " + advice(step), List.of(step.id(), stage.id()), step.position());
                }
            }
        }
        return out.list();
    }

    /** What to record: a moment holds pains but no opportunity, so its opportunity goes on a touchpoint. */
    private static String advice(Step step) {
        return step instanceof Touchpoint
                ? "find what hurts here and record an opportunity to ease it"
                : "find what hurts here (a pain) and record an opportunity to ease it on a touchpoint of the stage";
    }
}

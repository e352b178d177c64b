package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.StepObservation;
import java.util.List;

/** Reports {@code observed.unobserved-step}: a step that no event of the log reached. O(steps). */
public final class UnobservedStepAnalyzer implements ObservedAnalyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.OBSERVED_UNOBSERVED_STEP)) {
            return out.list();
        }
        for (StepObservation s : observed.overall().steps()) {
            if (s.events() == 0) {
                Step step = map.step(s.id()).orElseThrow();
                out.add(Rule.OBSERVED_UNOBSERVED_STEP, step.kindName() + " '" + s.id() + "' (event "
                        + Findings.quoted(step.boundEvents()) + ") was reached by no event of the log: check its "
                        + "binding (event statements) or find out why customers skip it", List.of(s.id()),
                        step.position());
            }
        }
        return out.list();
    }
}

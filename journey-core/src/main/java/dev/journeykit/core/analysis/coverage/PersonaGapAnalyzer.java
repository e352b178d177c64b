package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.List;

/**
 * Reports {@code coverage.persona-missing}: a persona with no step in a stage that lies between
 * its first and its last stage (a step for every persona counts for each; empty stages are left
 * to {@code coverage.empty-stage}). O(P·V + P·S) for P personas, V steps and S stages.
 */
public final class PersonaGapAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.PERSONA_MISSING)) {
            return out.list();
        }
        List<Stage> stages = map.stages();
        for (Persona persona : map.personas()) {
            boolean[] present = new boolean[stages.size()];
            int first = -1;
            int last = -1;
            for (int i = 0; i < stages.size(); i++) {
                for (Step step : stages.get(i).steps()) {
                    if (step.isFor(persona.id())) {
                        present[i] = true;
                        first = first < 0 ? i : first;
                        last = i;
                        break;
                    }
                }
            }
            for (int i = first + 1; i < last; i++) {
                Stage stage = stages.get(i);
                if (!present[i] && !stage.steps().isEmpty()) {
                    out.add(Rule.PERSONA_MISSING, "persona '" + persona.id() + "' has no step in stage '"
                            + stage.id() + "', between its first stage '" + stages.get(first).id()
                            + "' and its last stage '" + stages.get(last).id() + "': add what "
                            + persona.id() + " does there (a touchpoint or a moment for the persona)",
                            List.of(stage.id(), persona.id()), stage.position());
                }
            }
        }
        return out.list();
    }
}

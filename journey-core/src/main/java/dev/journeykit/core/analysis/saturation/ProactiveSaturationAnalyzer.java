package dev.journeykit.core.analysis.saturation;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code saturation.proactive}: more than {@code maxProactivePerStage} brand-initiated
 * touchpoints reach one persona in one stage (a touchpoint for every persona reaches each; in a
 * map without personas, all of them count together). O(P·V) for P personas and V steps.
 */
public final class ProactiveSaturationAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.SATURATION_PROACTIVE)) {
            return out.list();
        }
        int max = options.maxProactivePerStage();
        for (Stage stage : map.stages()) {
            if (map.personas().isEmpty()) {
                int n = count(stage, null);
                if (n > max) {
                    out.add(Rule.SATURATION_PROACTIVE, "stage '" + stage.id() + "' has " + n
                            + " brand-initiated touchpoints, more than " + max + ": merge or drop "
                            + "proactive messages so each one stays welcome", List.of(stage.id()),
                            stage.position());
                }
                continue;
            }
            for (Persona persona : map.personas()) {
                int n = count(stage, persona.id());
                if (n > max) {
                    out.add(Rule.SATURATION_PROACTIVE, "persona '" + persona.id() + "' gets " + n
                            + " brand-initiated touchpoints in stage '" + stage.id() + "', more than " + max
                            + ": merge or drop proactive messages so each one stays welcome",
                            List.of(stage.id(), persona.id()), stage.position());
                }
            }
        }
        return out.list();
    }

    private static int count(Stage stage, String persona) {
        int n = 0;
        for (Step step : stage.steps()) {
            if (step instanceof Touchpoint t && t.isBrandInitiated() && (persona == null || t.isFor(persona))) {
                n++;
            }
        }
        return n;
    }
}

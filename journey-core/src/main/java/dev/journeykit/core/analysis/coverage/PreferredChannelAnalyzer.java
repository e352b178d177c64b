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
import dev.journeykit.core.model.Touchpoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code coverage.preferred-channel}: a stage where a persona has steps but no
 * touchpoint for it is on one of its preferred channels. Personas without preferred channels
 * are skipped. O(P·V + P·K) for P personas, V steps and K preferred channels.
 */
public final class PreferredChannelAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.PREFERRED_CHANNEL)) {
            return out.list();
        }
        for (Persona persona : map.personas()) {
            if (persona.preferredChannels().isEmpty()) {
                continue;
            }
            Set<String> preferred = new HashSet<>(persona.preferredChannels());
            for (Stage stage : map.stages()) {
                boolean present = false;
                boolean offered = false;
                for (Step step : stage.steps()) {
                    if (step.isFor(persona.id())) {
                        present = true;
                        if (step instanceof Touchpoint t && preferred.contains(t.channelId())) {
                            offered = true;
                            break;
                        }
                    }
                }
                if (present && !offered) {
                    out.add(Rule.PREFERRED_CHANNEL, "stage '" + stage.id() + "' offers persona '"
                            + persona.id() + "' none of its preferred channels ("
                            + Findings.quoted(persona.preferredChannels()) + "): add a touchpoint for "
                            + persona.id() + " on one of them", List.of(stage.id(), persona.id()),
                            stage.position());
                }
            }
        }
        return out.list();
    }
}

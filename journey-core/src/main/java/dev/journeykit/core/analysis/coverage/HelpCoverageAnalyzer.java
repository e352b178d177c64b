package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reports {@code coverage.no-help}: a stage after the first, with steps, where the customer
 * cannot start a two-way contact, that is where no customer-initiated touchpoint is on an
 * assisted, voice, in-person, automated, messaging or social channel. When nobody has one there,
 * one finding about the stage; when some have one, one finding for each persona with steps in
 * the stage that has none open to it (a touchpoint for every persona is open to each).
 * O(P·V + S + C) for P personas, V steps, S stages and C channels.
 */
public final class HelpCoverageAnalyzer implements Analyzer {

    /** The kinds of channel on which a customer can start a conversation. */
    public static final Set<ChannelKind> TWO_WAY = Collections.unmodifiableSet(EnumSet.of(
            ChannelKind.ASSISTED, ChannelKind.VOICE, ChannelKind.IN_PERSON, ChannelKind.AUTOMATED,
            ChannelKind.MESSAGING, ChannelKind.SOCIAL));

    private static final String ADVICE = "customer-initiated touchpoint on an assisted, voice, in-person, "
            + "automated, messaging or social channel";

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.NO_HELP)) {
            return out.list();
        }
        Predicate<Touchpoint> help = t -> !t.isBrandInitiated()
                && map.channel(t.channelId()).map(Channel::kind).filter(TWO_WAY::contains).isPresent();
        for (int i = 1; i < map.stages().size(); i++) {
            Stage stage = map.stages().get(i);
            List<Step> steps = stage.steps();
            if (steps.isEmpty()) {
                continue;
            }
            List<Touchpoint> helping = new ArrayList<>();
            for (Step step : steps) {
                if (step instanceof Touchpoint t && help.test(t)) {
                    helping.add(t);
                }
            }
            if (helping.isEmpty()) {
                out.add(Rule.NO_HELP, "stage '" + stage.id() + "' offers no way to ask for help: add a "
                        + ADVICE, List.of(stage.id()), stage.position());
                continue;
            }
            for (Persona persona : map.personas()) {
                String p = persona.id();
                if (steps.stream().anyMatch(s -> s.isFor(p)) && helping.stream().noneMatch(t -> t.isFor(p))) {
                    out.add(Rule.NO_HELP, "stage '" + stage.id() + "' offers persona '" + p + "' no way to ask "
                            + "for help: add a " + ADVICE + " for " + p, List.of(stage.id(), p),
                            stage.position());
                }
            }
        }
        return out.list();
    }
}

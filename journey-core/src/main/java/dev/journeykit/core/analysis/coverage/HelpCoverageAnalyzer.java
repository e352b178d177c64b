package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.StageScan;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reports {@code coverage.no-help}: a stage after the first, with steps, where the customer
 * cannot start a two-way contact, that is where no customer-initiated touchpoint is on an
 * assisted, voice, in-person, automated, messaging or social channel. O(V + S + C) for V steps,
 * S stages and C channels.
 */
public final class HelpCoverageAnalyzer implements Analyzer {

    /** The kinds of channel on which a customer can start a conversation. */
    public static final Set<ChannelKind> TWO_WAY = Collections.unmodifiableSet(EnumSet.of(
            ChannelKind.ASSISTED, ChannelKind.VOICE, ChannelKind.IN_PERSON, ChannelKind.AUTOMATED,
            ChannelKind.MESSAGING, ChannelKind.SOCIAL));

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.NO_HELP)) {
            return out.list();
        }
        for (Stage stage : StageScan.lacking(map, 1, t -> !t.isBrandInitiated()
                && map.channel(t.channelId()).map(Channel::kind).filter(TWO_WAY::contains).isPresent())) {
            out.add(Rule.NO_HELP, "stage '" + stage.id() + "' offers no way to ask for help: add a "
                    + "customer-initiated touchpoint on an assisted, voice, in-person, automated, "
                    + "messaging or social channel", List.of(stage.id()), stage.position());
        }
        return out.list();
    }
}

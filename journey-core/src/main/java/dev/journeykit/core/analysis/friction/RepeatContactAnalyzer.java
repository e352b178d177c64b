package dev.journeykit.core.analysis.friction;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reports {@code friction.repeat-contact}: a persona path that contacts assisted or voice
 * channels twice or more in one stage (every visit counts, a revisit too), so the customer has
 * to repeat themselves. O(L log S) for L steps over all paths and S stages.
 */
public final class RepeatContactAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.REPEAT_CONTACT)) {
            return out.list();
        }
        for (PersonaPath path : map.paths()) {
            Map<Integer, List<String>> contacts = new TreeMap<>();
            for (String id : path.steps()) {
                Optional<Touchpoint> t = map.touchpoint(id);
                if (t.isPresent() && isContact(map, t.get())) {
                    contacts.computeIfAbsent(map.stageIndex(id), k -> new ArrayList<>()).add(id);
                }
            }
            contacts.forEach((stageIndex, steps) -> {
                if (steps.size() >= 2) {
                    String stage = map.stages().get(stageIndex).id();
                    out.add(Rule.REPEAT_CONTACT, "path " + Findings.text(path.name()) + " of persona '"
                            + path.persona() + "' contacts assisted or voice channels " + steps.size()
                            + " times in stage '" + stage + "' (" + Findings.quoted(steps) + "): resolve on "
                            + "first contact, and pass the context along so the customer need not repeat "
                            + "themselves", List.of(stage, path.persona()),
                            Findings.firstOf(path.position(), out.positionOf(stage)));
                }
            });
        }
        return out.list();
    }

    private static boolean isContact(JourneyMap map, Touchpoint t) {
        return map.channel(t.channelId()).map(Channel::kind).orElse(ChannelKind.OTHER).isPersonalContact();
    }
}

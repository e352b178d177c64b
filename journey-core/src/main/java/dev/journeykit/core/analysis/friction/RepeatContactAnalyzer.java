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
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports {@code friction.repeat-contact}: a persona path on which the customer starts two or
 * more contacts on assisted or voice channels in one stage, so they have to repeat themselves.
 * A contact is a customer-initiated touchpoint on such a channel (a callback or an outbound call
 * of the brand is not the customer repeating themselves); consecutive steps of the path on the
 * same channel are one contact (waiting in the queue, then talking to the agent), except that
 * the same step again is a new one. Every contact counts, a revisit too. O(L log S) for L steps
 * over all paths and S stages.
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
            BitSet starts = contactStarts(map, path);
            for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
                String id = path.steps().get(i);
                contacts.computeIfAbsent(map.stageIndex(id), k -> new ArrayList<>()).add(id);
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

    /**
     * The positions of {@code path} where the customer starts a contact: a step that
     * {@link #isContact is a contact} and does not go on with the contact of the step before it
     * (the same channel in the same stage, another step). A revisit of a contact step that starts
     * a contact is this analyzer's to report, so {@code path.non-linear} leaves it out. O(L) for
     * the path's L steps.
     */
    public static BitSet contactStarts(JourneyMap map, PersonaPath path) {
        BitSet starts = new BitSet(path.steps().size());
        Touchpoint previous = null;
        for (int i = 0; i < path.steps().size(); i++) {
            Touchpoint t = map.touchpoint(path.steps().get(i)).filter(c -> isContact(map, c)).orElse(null);
            if (t != null && !continues(previous, t)) {
                starts.set(i);
            }
            previous = t;
        }
        return starts;
    }

    /**
     * Whether {@code t} is a contact the customer starts: a customer-initiated touchpoint on an
     * assisted or voice channel.
     */
    public static boolean isContact(JourneyMap map, Touchpoint t) {
        return !t.isBrandInitiated()
                && map.channel(t.channelId()).map(Channel::kind).orElse(ChannelKind.OTHER).isPersonalContact();
    }

    /** Whether contact {@code next}, right after contact {@code previous} on a path, goes on with the same one. */
    private static boolean continues(Touchpoint previous, Touchpoint next) {
        return previous != null && !previous.id().equals(next.id()) && previous.channelId().equals(next.channelId())
                && previous.stageId().equals(next.stageId());
    }
}

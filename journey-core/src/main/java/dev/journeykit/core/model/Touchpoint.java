package dev.journeykit.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A touchpoint: a step where the customer and the brand meet on a channel. Everything a
 * workshop records about it is here, down to the service-blueprint layers. Equality ignores the
 * source position.
 */
public record Touchpoint(
        String id,
        String name,
        String stageId,
        String channelId,
        Initiator initiatedBy,
        List<String> personas,
        OptionalInt emotion,
        List<String> actions,
        List<String> thoughts,
        List<Question> questions,
        List<PainPoint> pains,
        List<String> opportunities,
        Optional<String> owner,
        List<FeedbackKind> feedback,
        List<Metric> metrics,
        List<Fallout> fallouts,
        List<String> frontstage,
        List<String> backstage,
        List<String> support,
        List<String> evidence,
        List<String> events,
        Optional<SourcePosition> position) implements Step {

    private static final String T = "touchpoint '";

    public Touchpoint {
        Checks.notNull(id, "touchpoint id");
        Checks.notNull(name, T, id, "': name");
        Checks.notNull(stageId, T, id, "': stageId");
        Checks.notNull(channelId, T, id, "': channel");
        Checks.notNull(initiatedBy, T, id, "': initiatedBy");
        personas = Checks.list(personas, T, id, "': personas");
        Checks.notNull(emotion, T, id, "': emotion");
        actions = Checks.list(actions, T, id, "': actions");
        thoughts = Checks.list(thoughts, T, id, "': thoughts");
        questions = Checks.list(questions, T, id, "': questions");
        pains = Checks.list(pains, T, id, "': pains");
        opportunities = Checks.list(opportunities, T, id, "': opportunities");
        Checks.optional(owner, T, id, "': owner");
        feedback = Checks.list(feedback, T, id, "': feedback");
        metrics = Checks.list(metrics, T, id, "': metrics");
        fallouts = Checks.list(fallouts, T, id, "': fallouts");
        frontstage = Checks.list(frontstage, T, id, "': frontstage");
        backstage = Checks.list(backstage, T, id, "': backstage");
        support = Checks.list(support, T, id, "': support");
        evidence = Checks.list(evidence, T, id, "': evidence");
        events = Checks.list(events, T, id, "': events");
        Checks.optional(position, T, id, "': position");
    }

    /** A touchpoint bound to no event name of its own (so to its id). */
    public Touchpoint(String id, String name, String stageId, String channelId, Initiator initiatedBy,
                      List<String> personas, OptionalInt emotion, List<String> actions, List<String> thoughts,
                      List<Question> questions, List<PainPoint> pains, List<String> opportunities,
                      Optional<String> owner, List<FeedbackKind> feedback, List<Metric> metrics,
                      List<Fallout> fallouts, List<String> frontstage, List<String> backstage,
                      List<String> support, List<String> evidence, Optional<SourcePosition> position) {
        this(id, name, stageId, channelId, initiatedBy, personas, emotion, actions, thoughts, questions, pains,
                opportunities, owner, feedback, metrics, fallouts, frontstage, backstage, support, evidence,
                List.of(), position);
    }

    /** True for a proactive, brand-initiated contact. */
    public boolean isBrandInitiated() {
        return initiatedBy == Initiator.BRAND;
    }

    /** The entries of one service-blueprint layer. */
    public List<String> layer(BlueprintLayer layer) {
        return switch (Checks.notNull(layer, "layer")) {
            case FRONTSTAGE -> frontstage;
            case BACKSTAGE -> backstage;
            case SUPPORT -> support;
            case EVIDENCE -> evidence;
        };
    }

    @Override
    public String kindName() {
        return "touchpoint";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Touchpoint t && id.equals(t.id) && name.equals(t.name)
                && stageId.equals(t.stageId) && channelId.equals(t.channelId)
                && initiatedBy == t.initiatedBy && personas.equals(t.personas)
                && emotion.equals(t.emotion) && actions.equals(t.actions)
                && thoughts.equals(t.thoughts) && questions.equals(t.questions)
                && pains.equals(t.pains) && opportunities.equals(t.opportunities)
                && owner.equals(t.owner) && feedback.equals(t.feedback)
                && metrics.equals(t.metrics) && fallouts.equals(t.fallouts)
                && frontstage.equals(t.frontstage) && backstage.equals(t.backstage)
                && support.equals(t.support) && evidence.equals(t.evidence) && events.equals(t.events);
    }

    @Override
    public int hashCode() {
        // Cheap on purpose: steps are graph vertices and hash keys; equal steps have equal ids.
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Touchpoint[" + id + " via " + channelId + " in " + stageId + "]";
    }
}

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
        Optional<SourcePosition> position) implements Step {

    public Touchpoint {
        Checks.notNull(id, "touchpoint id");
        String at = "touchpoint '" + id + "': ";
        Checks.notNull(name, at + "name");
        Checks.notNull(stageId, at + "stageId");
        Checks.notNull(channelId, at + "channel");
        Checks.notNull(initiatedBy, at + "initiatedBy");
        personas = Checks.list(personas, at + "personas");
        Checks.notNull(emotion, at + "emotion");
        actions = Checks.list(actions, at + "actions");
        thoughts = Checks.list(thoughts, at + "thoughts");
        questions = Checks.list(questions, at + "questions");
        pains = Checks.list(pains, at + "pains");
        opportunities = Checks.list(opportunities, at + "opportunities");
        Checks.optional(owner, at + "owner");
        feedback = Checks.list(feedback, at + "feedback");
        metrics = Checks.list(metrics, at + "metrics");
        fallouts = Checks.list(fallouts, at + "fallouts");
        frontstage = Checks.list(frontstage, at + "frontstage");
        backstage = Checks.list(backstage, at + "backstage");
        support = Checks.list(support, at + "support");
        evidence = Checks.list(evidence, at + "evidence");
        Checks.optional(position, at + "position");
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
                && support.equals(t.support) && evidence.equals(t.evidence);
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

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
        Blueprint blueprint,
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
        Checks.notNull(blueprint, T, id, "': blueprint");
        events = Checks.list(events, T, id, "': events");
        Checks.optional(position, T, id, "': position");
    }

    /** True for a proactive, brand-initiated contact. */
    public boolean isBrandInitiated() {
        return initiatedBy == Initiator.BRAND;
    }

    /** The entries of one service-blueprint layer. */
    public List<String> layer(BlueprintLayer layer) {
        return blueprint.layer(layer);
    }

    /** The blueprint's frontstage line: {@code blueprint().frontstage()}. */
    public List<String> frontstage() {
        return blueprint.frontstage();
    }

    /** The blueprint's backstage line: {@code blueprint().backstage()}. */
    public List<String> backstage() {
        return blueprint.backstage();
    }

    /** The blueprint's support line: {@code blueprint().support()}. */
    public List<String> support() {
        return blueprint.support();
    }

    /** The blueprint's evidence line: {@code blueprint().evidence()}. */
    public List<String> evidence() {
        return blueprint.evidence();
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
                && blueprint.equals(t.blueprint) && events.equals(t.events);
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

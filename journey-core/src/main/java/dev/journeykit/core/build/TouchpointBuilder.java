package dev.journeykit.core.build;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes a touchpoint: {@code .via("web").byBrand().emotion(1).question("Is it silk?", "faq")}.
 * A touchpoint needs a channel: one without {@link #via(String)} is reported by {@code build()}.
 */
public final class TouchpointBuilder extends StepBuilder<TouchpointBuilder> {

    private String channel;
    private Initiator initiatedBy = Initiator.CUSTOMER;
    private final List<Question> questions = new ArrayList<>();
    private final List<String> opportunities = new ArrayList<>();
    private Optional<String> owner = Optional.empty();
    private final List<FeedbackKind> feedback = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Fallout> fallouts = new ArrayList<>();
    private final List<String> frontstage = new ArrayList<>();
    private final List<String> backstage = new ArrayList<>();
    private final List<String> support = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();

    TouchpointBuilder(StageBuilder stage, String id, String name) {
        super(stage, id, name, "touchpoint");
    }

    @Override
    TouchpointBuilder self() {
        return this;
    }

    /** The channel the touchpoint happens on, by id. */
    public TouchpointBuilder via(String channelId) {
        this.channel = Args.notNull(channelId, what, "channel");
        return this;
    }

    public TouchpointBuilder via(Channel channel) {
        return via(Args.notNull(channel, what, "channel").id());
    }

    /** A proactive, brand-initiated contact. */
    public TouchpointBuilder byBrand() {
        this.initiatedBy = Initiator.BRAND;
        return this;
    }

    /** Started by the customer (the default). */
    public TouchpointBuilder byCustomer() {
        this.initiatedBy = Initiator.CUSTOMER;
        return this;
    }

    /** A question with no answer yet. */
    public TouchpointBuilder question(String question) {
        return question(new Question(Args.notNull(question, what, "question"), Optional.empty(), Optional.empty()));
    }

    /** A question and the touchpoint that answers it. */
    public TouchpointBuilder question(String question, String answeredBy) {
        return question(new Question(Args.notNull(question, what, "question"),
                Optional.of(Args.notNull(answeredBy, what, "answeredBy")), Optional.empty()));
    }

    public TouchpointBuilder question(Question question) {
        questions.add(Args.notNull(question, what, "question"));
        return this;
    }

    public TouchpointBuilder opportunity(String opportunity) {
        opportunities.add(Args.notNull(opportunity, what, "opportunity"));
        return this;
    }

    public TouchpointBuilder owner(String owner) {
        this.owner = Optional.of(Args.notNull(owner, what, "owner"));
        return this;
    }

    /** Feedback is collected here. */
    public TouchpointBuilder feedback(FeedbackKind kind) {
        feedback.add(Args.notNull(kind, what, "feedback"));
        return this;
    }

    /** A KPI with no target, lower-is-better when its name says so ({@link Metric#LOWER_IS_BETTER}). */
    public TouchpointBuilder metric(String name, MetricValue value) {
        return metric(Metric.of(Args.notNull(name, what, "metric name"), Args.notNull(value, what, "metric value")));
    }

    /** A KPI and its target, lower-is-better when its name says so ({@link Metric#LOWER_IS_BETTER}). */
    public TouchpointBuilder metric(String name, MetricValue value, MetricValue target) {
        return metric(Metric.of(Args.notNull(name, what, "metric name"), Args.notNull(value, what, "metric value"),
                Args.notNull(target, what, "metric target")));
    }

    public TouchpointBuilder metric(Metric metric) {
        metrics.add(Args.notNull(metric, what, "metric"));
        return this;
    }

    /** A way the customer falls out here, with no recovery. */
    public TouchpointBuilder fallout(String fallout) {
        return fallout(new Fallout(Args.notNull(fallout, what, "fallout"), Optional.empty(), Optional.empty()));
    }

    /** A way the customer falls out here, and the touchpoint that wins them back. */
    public TouchpointBuilder fallout(String fallout, String recoveredBy) {
        return fallout(new Fallout(Args.notNull(fallout, what, "fallout"),
                Optional.of(Args.notNull(recoveredBy, what, "recoveredBy")), Optional.empty()));
    }

    public TouchpointBuilder fallout(Fallout fallout) {
        fallouts.add(Args.notNull(fallout, what, "fallout"));
        return this;
    }

    public TouchpointBuilder frontstage(String text) {
        frontstage.add(Args.notNull(text, what, "frontstage"));
        return this;
    }

    public TouchpointBuilder backstage(String text) {
        backstage.add(Args.notNull(text, what, "backstage"));
        return this;
    }

    public TouchpointBuilder support(String text) {
        support.add(Args.notNull(text, what, "support"));
        return this;
    }

    public TouchpointBuilder evidence(String text) {
        evidence.add(Args.notNull(text, what, "evidence"));
        return this;
    }

    @Override
    Touchpoint build() {
        // A missing channel is an empty id, which validation reports as an unknown channel ''.
        return new Touchpoint(id, name, stage.id(), channel == null ? "" : channel, initiatedBy,
                personas, emotion, actions, thoughts, questions, pains, opportunities, owner,
                feedback, metrics, fallouts, frontstage, backstage, support, evidence, position);
    }
}

package dev.journeykit.core.build;

import dev.journeykit.core.model.Blueprint;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;
import java.util.Optional;

/**
 * Describes a touchpoint: {@code .via("web").byBrand().emotion(1).question("Is it silk?", "faq")}.
 * A touchpoint needs a channel: one without {@link #via(String)} is reported by {@code build()}.
 */
public final class TouchpointBuilder extends StepBuilder<TouchpointBuilder> {

    private String channel;
    private Initiator initiatedBy = Initiator.CUSTOMER;
    // Lists are made on their first element (Lists); null is empty.
    private List<Question> questions;
    private List<String> opportunities;
    private Optional<String> owner = Optional.empty();
    private List<FeedbackKind> feedback;
    private List<Metric> metrics;
    private List<Fallout> fallouts;
    private List<String> frontstage;
    private List<String> backstage;
    private List<String> support;
    private List<String> evidence;

    TouchpointBuilder(StageBuilder stage, String id, String name) {
        super(stage, id, name, "touchpoint");
    }

    @Override
    TouchpointBuilder self() {
        return this;
    }

    /** The channel the touchpoint happens on, by id. */
    public TouchpointBuilder via(String channelId) {
        this.channel = notNull(channelId, "channel");
        return this;
    }

    public TouchpointBuilder via(Channel channel) {
        return via(notNull(channel, "channel").id());
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
        return question(new Question(notNull(question, "question"), Optional.empty(), Optional.empty()));
    }

    /** A question and the touchpoint that answers it. */
    public TouchpointBuilder question(String question, String answeredBy) {
        return question(new Question(notNull(question, "question"),
                Optional.of(notNull(answeredBy, "answeredBy")), Optional.empty()));
    }

    public TouchpointBuilder question(Question question) {
        questions = Lists.add(questions, notNull(question, "question"));
        return this;
    }

    public TouchpointBuilder opportunity(String opportunity) {
        opportunities = Lists.add(opportunities, notNull(opportunity, "opportunity"));
        return this;
    }

    public TouchpointBuilder owner(String owner) {
        this.owner = Optional.of(notNull(owner, "owner"));
        return this;
    }

    /** Feedback is collected here. */
    public TouchpointBuilder feedback(FeedbackKind kind) {
        feedback = Lists.add(feedback, notNull(kind, "feedback"));
        return this;
    }

    /** A KPI with no target, lower-is-better when its name says so ({@link Metric#LOWER_IS_BETTER}). */
    public TouchpointBuilder metric(String name, MetricValue value) {
        return metric(Metric.of(notNull(name, "metric name"), notNull(value, "metric value")));
    }

    /** A KPI and its target, lower-is-better when its name says so ({@link Metric#LOWER_IS_BETTER}). */
    public TouchpointBuilder metric(String name, MetricValue value, MetricValue target) {
        return metric(Metric.of(notNull(name, "metric name"), notNull(value, "metric value"),
                notNull(target, "metric target")));
    }

    /**
     * A KPI, its target and which way is better, whatever its name:
     * {@code metric("queue", MetricValue.of(Duration.ofMinutes(3)), MetricValue.of(Duration.ofMinutes(2)), LOWER_IS_BETTER)}.
     */
    public TouchpointBuilder metric(String name, MetricValue value, MetricValue target, Direction direction) {
        return metric(Metric.of(notNull(name, "metric name"), notNull(value, "metric value"),
                notNull(target, "metric target")).withDirection(notNull(direction, "metric direction")));
    }

    public TouchpointBuilder metric(Metric metric) {
        metrics = Lists.add(metrics, notNull(metric, "metric"));
        return this;
    }

    /** A way the customer falls out here, with no recovery. */
    public TouchpointBuilder fallout(String fallout) {
        return fallout(new Fallout(notNull(fallout, "fallout"), Optional.empty(), Optional.empty()));
    }

    /** A way the customer falls out here, and the touchpoint that wins them back. */
    public TouchpointBuilder fallout(String fallout, String recoveredBy) {
        return fallout(new Fallout(notNull(fallout, "fallout"),
                Optional.of(notNull(recoveredBy, "recoveredBy")), Optional.empty()));
    }

    public TouchpointBuilder fallout(Fallout fallout) {
        fallouts = Lists.add(fallouts, notNull(fallout, "fallout"));
        return this;
    }

    public TouchpointBuilder frontstage(String text) {
        frontstage = Lists.add(frontstage, notNull(text, "frontstage"));
        return this;
    }

    public TouchpointBuilder backstage(String text) {
        backstage = Lists.add(backstage, notNull(text, "backstage"));
        return this;
    }

    public TouchpointBuilder support(String text) {
        support = Lists.add(support, notNull(text, "support"));
        return this;
    }

    public TouchpointBuilder evidence(String text) {
        evidence = Lists.add(evidence, notNull(text, "evidence"));
        return this;
    }

    @Override
    Touchpoint build() {
        // A missing channel is an empty id, which validation reports as an unknown channel ''.
        return new Touchpoint(id, name, stage.id(), channel == null ? "" : channel, initiatedBy,
                Lists.orEmpty(personas), emotion, Lists.orEmpty(actions), Lists.orEmpty(thoughts),
                Lists.orEmpty(questions), Lists.orEmpty(pains), Lists.orEmpty(opportunities), owner,
                Lists.orEmpty(feedback), Lists.orEmpty(metrics), Lists.orEmpty(fallouts),
                frontstage == null && backstage == null && support == null && evidence == null ? Blueprint.NONE
                        : new Blueprint(Lists.orEmpty(frontstage), Lists.orEmpty(backstage), Lists.orEmpty(support),
                        Lists.orEmpty(evidence)),
                Lists.orEmpty(events), position);
    }
}

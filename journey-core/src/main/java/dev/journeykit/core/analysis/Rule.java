package dev.journeykit.core.analysis;

import dev.journeykit.core.internal.Spelling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of finding codes. Codes and their default severities are part of the public
 * contract: reports, suppressions ({@code suppress CODE ...}) and options name them.
 */
public enum Rule {
    EMPTY_STAGE("coverage.empty-stage", Severity.WARNING, "A stage with no step."),
    PERSONA_MISSING("coverage.persona-missing", Severity.WARNING,
            "A persona with no step in a stage between its first and last stage."),
    PREFERRED_CHANNEL("coverage.preferred-channel", Severity.WARNING,
            "None of a persona's preferred channels is offered in a stage where it has steps."),
    NO_HELP("coverage.no-help", Severity.WARNING,
            "A stage after the first where the customer cannot start a two-way contact."),
    NO_FEEDBACK("coverage.no-feedback", Severity.INFO, "A stage where no touchpoint collects feedback."),
    NO_PROACTIVE("coverage.no-proactive", Severity.INFO,
            "A stage after the first with no brand-initiated touchpoint."),
    UNANSWERED_QUESTION("coverage.unanswered-question", Severity.WARNING,
            "A question that no touchpoint answers."),
    LATE_ANSWER("coverage.late-answer", Severity.INFO, "A question answered only in a later stage."),
    UNRECOVERED_FALLOUT("coverage.unrecovered-fallout", Severity.WARNING,
            "A fall-out with no recovering touchpoint."),
    DEAD_END("coverage.dead-end", Severity.WARNING,
            "A step that transitions lead into and none lead out of, outside the last stage."),
    UNREACHABLE("coverage.unreachable", Severity.WARNING,
            "A step that no transition reaches from the steps of the first non-empty stage."),
    UNMEASURED_STAGE("coverage.unmeasured-stage", Severity.INFO,
            "A stage where no touchpoint has a metric."),
    SATURATION_STAGE("saturation.stage", Severity.WARNING,
            "A stage with many more steps than the others."),
    SATURATION_PROACTIVE("saturation.proactive", Severity.WARNING,
            "Too many brand-initiated touchpoints reach one persona in one stage."),
    SATURATION_CHANNEL("saturation.channel", Severity.INFO,
            "Too many touchpoints on one channel in one stage."),
    BACKTRACK("path.backtrack", Severity.INFO, "A transition into an earlier stage."),
    STAGE_SKIP("path.stage-skip", Severity.INFO, "A transition that jumps over a stage."),
    LOOP("path.loop", Severity.WARNING, "Steps that form a cycle."),
    MULTIPLE_ENTRIES("path.multiple-entries", Severity.INFO, "More than one entry step."),
    NON_LINEAR("path.non-linear", Severity.INFO,
            "A persona path that revisits a step or goes back a stage."),
    EMOTION_DROP("friction.emotion-drop", Severity.WARNING,
            "Emotion falls steeply between consecutive steps of a path."),
    LOW_POINT("friction.low-point", Severity.INFO, "A step at the bottom of the emotion scale."),
    UNADDRESSED_PAIN("friction.unaddressed-pain", Severity.WARNING,
            "A high-severity pain in a step with no opportunity."),
    KPI_MISS("friction.kpi-miss", Severity.WARNING, "A metric that misses its target."),
    REPEAT_CONTACT("friction.repeat-contact", Severity.WARNING,
            "A persona path that contacts assisted or voice channels twice or more in one stage."),
    SUPPRESSION_UNUSED("suppression.unused", Severity.INFO,
            "A suppression of the map whose known code matched no finding."),
    UNKNOWN_CODE("suppression.unknown-code", Severity.WARNING,
            "A suppression of the map naming a code that does not exist: it silences nothing."),

    // Reported by `journey observe` from an event log, never by `journey check` (which reads no log).
    OBSERVED_UNOBSERVED_STEP("observed.unobserved-step", Severity.WARNING,
            "A step that no event of the log reached."),
    OBSERVED_UNDESIGNED_TRANSITION("observed.undesigned-transition", Severity.WARNING,
            "Customers went directly between two steps that the map does not connect."),
    OBSERVED_UNUSED_TRANSITION("observed.unused-transition", Severity.INFO,
            "A designed transition that no customer took."),
    OBSERVED_UNBOUND_EVENT("observed.unbound-event", Severity.WARNING,
            "An event name of the log that binds to no step."),
    OBSERVED_DROP_OFF("observed.drop-off", Severity.WARNING,
            "A stage where many of the customers who reached it went no further."),
    OBSERVED_NON_LINEAR("observed.non-linear", Severity.INFO,
            "Customers who went back to an earlier stage."),
    OBSERVED_REPEAT_CONTACT("observed.repeat-contact", Severity.WARNING,
            "Many customers contacted assisted or voice channels twice or more in one stage."),
    OBSERVED_LOW_FITNESS("observed.low-fitness", Severity.WARNING,
            "Too few of the observed transitions are designed by the map.");

    /** The rules by code: a HashMap, never changed after it is made, which answers null for a null code. */
    private static final Map<String, Rule> BY_CODE = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_CODE.put(rule.code, rule);
        }
    }

    private final String code;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String code, Severity defaultSeverity, String description) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /** The stable dotted code, e.g. {@code coverage.no-feedback}. */
    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One sentence on what the rule reports. */
    public String description() {
        return description;
    }

    /** What the catalog of {@code docs/analysis.md} says of this rule: trigger, subjects, complexity. */
    public RuleHelp help() {
        return RuleHelp.of(this);
    }

    /** Whether the rule is about an event log ({@code observed.*}): only {@code journey observe} reports it. */
    public boolean isObserved() {
        return code.startsWith("observed.");
    }

    /** The rule with this code. */
    public static Optional<Rule> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * The known code closest to {@code code} by edit distance (core's one {@link Spelling}), when it
     * is at most {@code max(2, length / 3)} edits away.
     */
    public static Optional<String> nearestCode(String code) {
        return nearest(code, java.util.Arrays.stream(values()).map(Rule::code).toList());
    }

    /**
     * The word of {@code candidates} closest to {@code word} by edit distance (core's one {@link
     * Spelling}), when it is at most {@code max(2, length / 3)} edits away. Finding codes and option
     * names are suggested with it.
     */
    public static Optional<String> nearest(String word, Iterable<String> candidates) {
        return Optional.ofNullable(Spelling.nearest(word, candidates, Math.max(2, word.length() / 3)));
    }
}

package dev.journeykit.core.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds of the analyzers, severity overrides per code and codes switched off.
 * Immutable; {@link #defaults()} or {@link #builder()}:
 *
 * <pre>{@code
 * AnalysisOptions options = AnalysisOptions.builder()
 *     .minStageSize(8)
 *     .severity("coverage.no-feedback", Severity.WARNING)
 *     .disable("path.stage-skip")
 *     .build();
 * }</pre>
 */
public final class AnalysisOptions {

    private static final AnalysisOptions DEFAULTS = new Builder().build();

    /** The names of the thresholds, as {@link Builder#set} and the command line's {@code --set NAME=VALUE} take them. */
    public static final List<String> OPTION_NAMES = List.of("minStageSize", "saturationFactor",
            "maxProactivePerStage", "maxPerChannelPerStage", "emotionDrop", "minTransitionShare",
            "minEventShare", "maxDropOff", "maxRepeatContactShare", "minFitness");

    private final int minStageSize;
    private final double saturationFactor;
    private final int maxProactivePerStage;
    private final int maxPerChannelPerStage;
    private final int emotionDrop;
    private final double minTransitionShare;
    private final double minEventShare;
    private final double maxDropOff;
    private final double maxRepeatContactShare;
    private final double minFitness;
    private final Map<Rule, Severity> severities;
    private final Set<Rule> disabled;

    private AnalysisOptions(Builder b) {
        this.minStageSize = b.minStageSize;
        this.saturationFactor = b.saturationFactor;
        this.maxProactivePerStage = b.maxProactivePerStage;
        this.maxPerChannelPerStage = b.maxPerChannelPerStage;
        this.emotionDrop = b.emotionDrop;
        this.minTransitionShare = b.minTransitionShare;
        this.minEventShare = b.minEventShare;
        this.maxDropOff = b.maxDropOff;
        this.maxRepeatContactShare = b.maxRepeatContactShare;
        this.minFitness = b.minFitness;
        this.severities = Collections.unmodifiableMap(new EnumMap<>(b.severities));
        this.disabled = Collections.unmodifiableSet(b.disabled.isEmpty()
                ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(b.disabled));
    }

    /**
     * minStageSize 6, saturationFactor 2.0, maxProactivePerStage 3, maxPerChannelPerStage 4,
     * emotionDrop 2; for event logs minTransitionShare 0.01, minEventShare 0.001, maxDropOff 0.4,
     * maxRepeatContactShare 0.2, minFitness 0.8.
     */
    public static AnalysisOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minStageSize = minStageSize;
        b.saturationFactor = saturationFactor;
        b.maxProactivePerStage = maxProactivePerStage;
        b.maxPerChannelPerStage = maxPerChannelPerStage;
        b.emotionDrop = emotionDrop;
        b.minTransitionShare = minTransitionShare;
        b.minEventShare = minEventShare;
        b.maxDropOff = maxDropOff;
        b.maxRepeatContactShare = maxRepeatContactShare;
        b.minFitness = minFitness;
        b.severities.putAll(severities);
        b.disabled.addAll(disabled);
        return b;
    }

    /** A stage is oversaturated above {@code max(minStageSize, saturationFactor x median stage size)} steps. */
    public int minStageSize() {
        return minStageSize;
    }

    public double saturationFactor() {
        return saturationFactor;
    }

    /** The most brand-initiated touchpoints that may reach one persona in one stage. */
    public int maxProactivePerStage() {
        return maxProactivePerStage;
    }

    /** The most touchpoints one channel may carry in one stage. */
    public int maxPerChannelPerStage() {
        return maxPerChannelPerStage;
    }

    /** The fall of emotion between consecutive steps of a path that counts as a drop. */
    public int emotionDrop() {
        return emotionDrop;
    }

    /** {@code observed.undesigned-transition}: the least share of a step's observed transitions that is reported. */
    public double minTransitionShare() {
        return minTransitionShare;
    }

    /** {@code observed.unbound-event}: the least share of the log's events for a name reported on its own. */
    public double minEventShare() {
        return minEventShare;
    }

    /** {@code observed.drop-off}: the drop-off of a stage from which it is reported. */
    public double maxDropOff() {
        return maxDropOff;
    }

    /** {@code observed.repeat-contact}: the share of a stage's customers with repeat contacts from which it is reported. */
    public double maxRepeatContactShare() {
        return maxRepeatContactShare;
    }

    /** {@code observed.low-fitness}: the conformance fitness below which it is reported. */
    public double minFitness() {
        return minFitness;
    }

    /** The severity findings of {@code rule} get: the override, else the rule's default. */
    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    /** The severity for a code: the override for a catalog code, else {@code fallback}. */
    public Severity severityOf(String code, Severity fallback) {
        return Rule.byCode(code).map(r -> severities.getOrDefault(r, fallback)).orElse(fallback);
    }

    /** The severity overrides, by rule. */
    public Map<Rule, Severity> severityOverrides() {
        return severities;
    }

    public boolean isEnabled(Rule rule) {
        return !disabled.contains(rule);
    }

    /** Whether findings of {@code code} are reported (codes outside the catalog always are). */
    public boolean isEnabled(String code) {
        return Rule.byCode(code).map(this::isEnabled).orElse(true);
    }

    /** The codes switched off. */
    public Set<Rule> disabled() {
        return disabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisOptions a && minStageSize == a.minStageSize
                && Double.compare(saturationFactor, a.saturationFactor) == 0
                && maxProactivePerStage == a.maxProactivePerStage
                && maxPerChannelPerStage == a.maxPerChannelPerStage && emotionDrop == a.emotionDrop
                && Double.compare(minTransitionShare, a.minTransitionShare) == 0
                && Double.compare(minEventShare, a.minEventShare) == 0
                && Double.compare(maxDropOff, a.maxDropOff) == 0
                && Double.compare(maxRepeatContactShare, a.maxRepeatContactShare) == 0
                && Double.compare(minFitness, a.minFitness) == 0
                && severities.equals(a.severities) && disabled.equals(a.disabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minStageSize, saturationFactor, maxProactivePerStage,
                maxPerChannelPerStage, emotionDrop, minTransitionShare, minEventShare, maxDropOff,
                maxRepeatContactShare, minFitness, severities, disabled);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AnalysisOptions[minStageSize=%d, saturationFactor=%s, "
                        + "maxProactivePerStage=%d, maxPerChannelPerStage=%d, emotionDrop=%d, "
                        + "minTransitionShare=%s, minEventShare=%s, maxDropOff=%s, maxRepeatContactShare=%s, "
                        + "minFitness=%s, severities=%s, disabled=%s]", minStageSize, saturationFactor,
                maxProactivePerStage, maxPerChannelPerStage, emotionDrop, minTransitionShare, minEventShare,
                maxDropOff, maxRepeatContactShare, minFitness, severities, disabled);
    }

    /** Builds {@link AnalysisOptions}; each setter rejects a bad value at once, naming it. */
    public static final class Builder {

        private int minStageSize = 6;
        private double saturationFactor = 2.0;
        private int maxProactivePerStage = 3;
        private int maxPerChannelPerStage = 4;
        private int emotionDrop = 2;
        private double minTransitionShare = 0.01;
        private double minEventShare = 0.001;
        private double maxDropOff = 0.4;
        private double maxRepeatContactShare = 0.2;
        private double minFitness = 0.8;
        private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        private final Set<Rule> disabled = EnumSet.noneOf(Rule.class);

        private Builder() {
        }

        /** At least 1; default 6. */
        public Builder minStageSize(int value) {
            this.minStageSize = atLeast(value, 1, "minStageSize");
            return this;
        }

        /** A finite number greater than 0; default 2.0. */
        public Builder saturationFactor(double value) {
            if (!Double.isFinite(value) || value <= 0) {
                throw new IllegalArgumentException(
                        "saturationFactor must be a finite number greater than 0, got " + value);
            }
            this.saturationFactor = value;
            return this;
        }

        /** At least 0; default 3. */
        public Builder maxProactivePerStage(int value) {
            this.maxProactivePerStage = atLeast(value, 0, "maxProactivePerStage");
            return this;
        }

        /** At least 0; default 4. */
        public Builder maxPerChannelPerStage(int value) {
            this.maxPerChannelPerStage = atLeast(value, 0, "maxPerChannelPerStage");
            return this;
        }

        /** At least 1; default 2. */
        public Builder emotionDrop(int value) {
            this.emotionDrop = atLeast(value, 1, "emotionDrop");
            return this;
        }

        /** A share 0..1; default 0.01. */
        public Builder minTransitionShare(double value) {
            this.minTransitionShare = share(value, "minTransitionShare");
            return this;
        }

        /** A share 0..1; default 0.001. */
        public Builder minEventShare(double value) {
            this.minEventShare = share(value, "minEventShare");
            return this;
        }

        /** A share 0..1; default 0.4. */
        public Builder maxDropOff(double value) {
            this.maxDropOff = share(value, "maxDropOff");
            return this;
        }

        /** A share 0..1; default 0.2. */
        public Builder maxRepeatContactShare(double value) {
            this.maxRepeatContactShare = share(value, "maxRepeatContactShare");
            return this;
        }

        /** A share 0..1; default 0.8. */
        public Builder minFitness(double value) {
            this.minFitness = share(value, "minFitness");
            return this;
        }

        private static double share(double value, String name) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be a share from 0 to 1, got " + value);
            }
            return value;
        }

        /**
         * Reports findings of {@code code} at {@code severity} instead of the default.
         *
         * @throws IllegalArgumentException when {@code code} is not in the catalog
         */
        public Builder severity(String code, Severity severity) {
            Objects.requireNonNull(severity, "severity for '" + code + "' must not be null");
            severities.put(rule(code), severity);
            return this;
        }

        /**
         * Switches the findings of {@code code} off.
         *
         * @throws IllegalArgumentException when {@code code} is not in the catalog
         */
        public Builder disable(String code) {
            disabled.add(rule(code));
            return this;
        }

        /** Switches the findings of {@code code} back on. */
        public Builder enable(String code) {
            disabled.remove(rule(code));
            return this;
        }

        /**
         * Sets the threshold named {@code name} (one of {@link #OPTION_NAMES}) from its text, as
         * settings files and command lines give it: {@code set("minStageSize", "8")}.
         *
         * @throws IllegalArgumentException naming the option (with the nearest name when it is
         *     unknown) or the bad value
         */
        public Builder set(String name, String value) {
            Objects.requireNonNull(name, "option name must not be null");
            Objects.requireNonNull(value, "value of option '" + name + "' must not be null");
            return switch (name) {
                case "minStageSize" -> minStageSize(whole(name, value));
                case "saturationFactor" -> saturationFactor(decimal(name, value));
                case "maxProactivePerStage" -> maxProactivePerStage(whole(name, value));
                case "maxPerChannelPerStage" -> maxPerChannelPerStage(whole(name, value));
                case "emotionDrop" -> emotionDrop(whole(name, value));
                case "minTransitionShare" -> minTransitionShare(decimal(name, value));
                case "minEventShare" -> minEventShare(decimal(name, value));
                case "maxDropOff" -> maxDropOff(decimal(name, value));
                case "maxRepeatContactShare" -> maxRepeatContactShare(decimal(name, value));
                case "minFitness" -> minFitness(decimal(name, value));
                default -> throw new IllegalArgumentException("unknown option '" + name + "'"
                        + Rule.nearest(name, OPTION_NAMES).map(n -> " (did you mean '" + n + "'?)")
                                .orElse(" (the options: " + String.join(", ", OPTION_NAMES) + ")"));
            };
        }

        /**
         * Reports findings of {@code code} at the severity spelled {@code level} ({@code error},
         * {@code warning} or {@code info}).
         *
         * @throws IllegalArgumentException when the code or the level is unknown
         */
        public Builder severity(String code, String level) {
            Objects.requireNonNull(level, "severity for '" + code + "' must not be null");
            Severity severity = Severity.fromKeyword(level);
            if (severity == null) {
                throw new IllegalArgumentException("unknown severity '" + level + "' for '" + code
                        + "' (one of error, warning, info)");
            }
            return severity(code, severity);
        }

        public AnalysisOptions build() {
            return new AnalysisOptions(this);
        }

        private static Rule rule(String code) {
            Objects.requireNonNull(code, "code must not be null");
            return Rule.byCode(code).orElseThrow(() -> new IllegalArgumentException(
                    "unknown finding code '" + code + "'"
                            + Rule.nearestCode(code).map(n -> " (did you mean '" + n + "'?)").orElse("")));
        }

        private static int whole(String name, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
            }
        }

        private static double decimal(String name, String value) {
            String v = value.trim();
            if (!v.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
            }
            return Double.parseDouble(v);
        }

        private static int atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
            }
            return value;
        }
    }
}

package dev.journeykit.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A KPI measured at a touchpoint ({@code csat}, {@code ces}, {@code nps}, {@code fcr}, {@code aht},
 * {@code conversion}, ...), with an optional target and whether lower or higher is better.
 * Equality ignores the source position.
 */
public record Metric(String name, MetricValue value, Optional<MetricValue> target,
                     Direction direction, Optional<SourcePosition> position) {

    /** Metric names for which lower values are better unless a map says otherwise. */
    public static final Set<String> LOWER_IS_BETTER =
            Set.of("aht", "ces", "abandonment", "first-response", "wait");

    public Metric {
        Checks.notNull(name, "metric name");
        Checks.notNull(value, "metric '", name, "': value");
        Checks.optional(target, "metric '", name, "': target");
        Checks.notNull(direction, "metric '", name, "': direction");
        Checks.optional(position, "metric '", name, "': position");
    }

    /** A metric with no target and the default direction for its name. */
    public static Metric of(String name, MetricValue value) {
        Checks.notNull(name, "metric name");
        return new Metric(name, value, Optional.empty(), defaultDirection(name), Optional.empty());
    }

    /** A metric with a target and the default direction for its name. */
    public static Metric of(String name, MetricValue value, MetricValue target) {
        Checks.notNull(name, "metric name");
        return new Metric(name, value, Optional.of(Checks.notNull(target, "metric '", name, "': target")),
                defaultDirection(name), Optional.empty());
    }

    /** This metric with {@code direction}: {@code Metric.of("response-rate", value, target).withDirection(...)}. */
    public Metric withDirection(Direction direction) {
        return new Metric(name, value, target, direction, position);
    }

    /** Lower is better for {@link #LOWER_IS_BETTER}, higher for every other name. */
    public static Direction defaultDirection(String name) {
        Checks.notNull(name, "metric name");
        return LOWER_IS_BETTER.contains(name) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }

    /** Whether the value meets the target; empty when there is no target. */
    public Optional<Boolean> meetsTarget() {
        return target.map(t -> direction == Direction.LOWER_IS_BETTER
                ? value.value() <= t.value()
                : value.value() >= t.value());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metric m && name.equals(m.name) && value.equals(m.value)
                && target.equals(m.target) && direction == m.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, target, direction);
    }
}

package dev.journeykit.dsl.internal;

import dev.journeykit.core.build.TouchpointBuilder;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code metric} statement of a touchpoint: a name, a value (number, percentage or duration),
 * an optional target in the same unit and a direction. A duration written apart from its number
 * ({@code 12 days}) gets a message that shows how to write it.
 */
final class MetricStatement {

    private final Cursor c;

    MetricStatement(Cursor cursor) {
        this.c = cursor;
    }

    /** Words of a duration written apart from its number ({@code 12 days}), and the unit they mean. */
    private static final Map<String, String> DURATION_UNITS = Map.ofEntries(
            Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("hour", "h"), Map.entry("hours", "h"),
            Map.entry("h", "h"), Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"),
            Map.entry("minutes", "m"), Map.entry("m", "m"), Map.entry("sec", "s"), Map.entry("secs", "s"),
            Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("s", "s"), Map.entry("d", "d"));

    /** The one-letter unit of a duration written as a word ({@code days}: {@code d}), or null for any other word. */
    static String durationUnit(String word) {
        return DURATION_UNITS.get(word);
    }

    void metric(long keyword, TouchpointBuilder s, String key) {
        c.mark(key, keyword);
        long name = c.peek();
        if (Token.is(name, Kind.STRING)) {
            c.next();
        } else {
            name = c.id("metric");
        }
        long valueToken = c.next();
        MetricValue value = metricValue(valueToken, "the metric's value");
        Optional<MetricValue> target = Optional.empty();
        long targetToken = Token.NONE;
        Direction direction = Metric.defaultDirection(c.text(name));
        while (!Token.endsStatement(c.peek())) {
            long t = c.peek();
            if (c.isWord(t, "target") && targetToken == Token.NONE) {
                c.next();
                targetToken = c.next();
                target = Optional.of(metricValue(targetToken, "the metric's target"));
            } else if (c.isWord(t, "lower-is-better") || c.isWord(t, "higher-is-better")) {
                c.next();
                direction = Direction.fromKeyword(c.text(t));
            } else {
                List<String> options = new ArrayList<>();
                if (targetToken == Token.NONE) {
                    options.add("'target'");
                }
                options.add("lower-is-better");
                options.add("higher-is-better");
                options.add("end of line");
                long last = c.tokens.last();
                String unit = Token.is(t, Kind.WORD) && Token.is(last, Kind.NUMBER) ? DURATION_UNITS.get(c.text(t)) : null;
                throw c.fail(t, c.expected(options, t) + (unit != null
                        ? " (a duration is written without a space, e.g. " + c.text(last) + unit + ")"
                        : Token.is(t, Kind.WORD) ? Words.didYouMean(c.text(t), List.of("target", "lower-is-better", "higher-is-better")) : ""));
            }
        }
        if (targetToken != Token.NONE && target.get().unit() != value.unit()) {
            c.reporter.at(targetToken, "metric '" + Words.cut(c.text(name)) + "' has a value in " + value.unit().keyword()
                    + " but a target in " + target.get().unit().keyword());
        }
        s.metric(new Metric(c.text(name), value, target, direction, Optional.of(c.at(keyword))));
        c.markEnd();
        c.end("metric");
    }

    private MetricValue metricValue(long t, String what) {
        return switch (Token.kind(t)) {
            case NUMBER -> MetricValue.number(c.value(t));
            case PERCENT -> MetricValue.percent(c.value(t));
            case DURATION -> MetricValue.seconds(c.value(t));
            default -> throw c.fail(t, "expected " + what + " (a number like 4.2, a percentage like 71% or a duration like 6m30s), found "
                    + c.describe(t));
        };
    }
}

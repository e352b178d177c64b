package dev.journeykit.core.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A metric value with its unit: a plain number ({@code 4.2}), a percentage ({@code 71%}, held
 * as 71) or a duration (held in seconds, written {@code 6m30s}).
 */
public record MetricValue(double value, MetricUnit unit) {

    public MetricValue {
        Checks.notNull(unit, "metric unit");
        value = value + 0.0; // -0.0 becomes 0.0, so equal values are equal records
    }

    public static MetricValue number(double value) {
        return new MetricValue(value, MetricUnit.NUMBER);
    }

    public static MetricValue percent(double value) {
        return new MetricValue(value, MetricUnit.PERCENT);
    }

    /** A duration, e.g. {@code MetricValue.of(Duration.ofMinutes(6).plusSeconds(30))}: 6m30s. */
    public static MetricValue of(java.time.Duration duration) {
        Checks.notNull(duration, "duration");
        return seconds(duration.getSeconds() + duration.getNano() / 1e9);
    }

    public static MetricValue seconds(double seconds) {
        return new MetricValue(seconds, MetricUnit.DURATION);
    }

    public boolean isFinite() {
        return Double.isFinite(value);
    }

    /** The value as the DSL writes it: {@code 4.2}, {@code 2.1%}, {@code 6m30s}. */
    @Override
    public String toString() {
        return switch (unit) {
            case NUMBER -> formatNumber(value);
            case PERCENT -> formatNumber(value) + "%";
            case DURATION -> formatDuration(value);
        };
    }

    /**
     * A number in plain decimal notation with no exponent and no trailing zeros, independent of
     * the locale: {@code 3}, {@code -2.5}, {@code 0.001}. Parsing the text gives the same double.
     */
    public static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value).toLowerCase(Locale.ROOT);
        }
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A duration in seconds as days, hours, minutes and seconds: {@code 45s}, {@code 6m30s},
     * {@code 2h}, {@code 3d}, {@code 0s}; a fractional or negative one as plain seconds, {@code 1.5s}.
     */
    public static String formatDuration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0 || seconds != Math.rint(seconds)
                || seconds > 1e15) {
            return formatNumber(seconds) + "s";
        }
        long rest = (long) seconds;
        if (rest == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            long n = rest / sizes[i];
            rest %= sizes[i];
            if (n > 0) {
                out.append(n).append(units[i]);
            }
        }
        return out.toString();
    }
}

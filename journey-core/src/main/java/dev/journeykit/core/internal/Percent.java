package dev.journeykit.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as JourneyKit's messages and reports write them: {@code 41.7 %}, the share times 100
 * with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f %%", share * 100)} writes
 * it (the shortest decimal of the double, rounded half up; {@code -0.0} for a negative value that
 * rounds to zero), without the formatter: its first use in a process loads the locale data,
 * tens of milliseconds. Not API: exported only to JourneyKit's own modules.
 */
public final class Percent {

    private Percent() {
    }

    /** The share as a percentage with one decimal and a percent sign. */
    public static String of(double share) {
        double value = share * 100;
        if (!Double.isFinite(value)) {
            return (Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity") + " %";
        }
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (Double.compare(value, 0.0) < 0 ? "-" : "") + digits + " %";
    }
}

package dev.journeykit.core.analysis.observed;

import java.util.Locale;

/** Shares as messages write them: {@code 41.7 %}. */
final class Percent {

    private Percent() {
    }

    static String of(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}

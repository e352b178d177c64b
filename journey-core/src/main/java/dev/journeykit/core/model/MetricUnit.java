package dev.journeykit.core.model;

/** The unit of a metric value: a plain number, a percentage, or a duration in seconds. */
public enum MetricUnit implements Keyworded {
    NUMBER, PERCENT, DURATION;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static MetricUnit fromKeyword(String keyword) {
        return Keyworded.byKeyword(MetricUnit.class, keyword);
    }
}

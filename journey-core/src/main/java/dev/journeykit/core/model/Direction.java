package dev.journeykit.core.model;

/** Whether a higher or a lower metric value is better. */
public enum Direction implements Keyworded {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static Direction fromKeyword(String keyword) {
        return Keyworded.byKeyword(Direction.class, keyword);
    }
}

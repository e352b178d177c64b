package dev.journeykit.core.model;

/** How much a pain point hurts. */
public enum PainSeverity implements Keyworded {
    LOW, MEDIUM, HIGH;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static PainSeverity fromKeyword(String keyword) {
        return Keyworded.byKeyword(PainSeverity.class, keyword);
    }
}

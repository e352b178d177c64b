package dev.journeykit.core.model;

/** Who starts a touchpoint: the customer, or the brand (a proactive contact). */
public enum Initiator implements Keyworded {
    CUSTOMER, BRAND;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static Initiator fromKeyword(String keyword) {
        return Keyworded.byKeyword(Initiator.class, keyword);
    }
}

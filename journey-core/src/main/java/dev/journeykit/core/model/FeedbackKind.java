package dev.journeykit.core.model;

/** The kind of feedback collected at a touchpoint. */
public enum FeedbackKind implements Keyworded {
    CSAT, CES, NPS, CUSTOM;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static FeedbackKind fromKeyword(String keyword) {
        return Keyworded.byKeyword(FeedbackKind.class, keyword);
    }
}

package dev.journeykit.core.model;

/** What a transition between two steps means. */
public enum TransitionKind implements Keyworded {
    NEXT, RETURN, HANDOFF, RECOVERY;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static TransitionKind fromKeyword(String keyword) {
        return Keyworded.byKeyword(TransitionKind.class, keyword);
    }
}

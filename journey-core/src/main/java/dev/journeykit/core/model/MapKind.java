package dev.journeykit.core.model;

/** The type of a journey map. */
public enum MapKind implements Keyworded {
    CURRENT_STATE, FUTURE_STATE, DAY_IN_THE_LIFE, SERVICE_BLUEPRINT;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static MapKind fromKeyword(String keyword) {
        return Keyworded.byKeyword(MapKind.class, keyword);
    }
}

package dev.journeykit.core.model;

/** The service-blueprint layers below the customer's actions. */
public enum BlueprintLayer implements Keyworded {
    FRONTSTAGE, BACKSTAGE, SUPPORT, EVIDENCE;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static BlueprintLayer fromKeyword(String keyword) {
        return Keyworded.byKeyword(BlueprintLayer.class, keyword);
    }
}

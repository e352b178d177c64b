package dev.journeykit.core.model;

/** What kind of channel a touchpoint happens on. */
public enum ChannelKind implements Keyworded {
    SELF_SERVICE, ASSISTED, VOICE, MESSAGING, SOCIAL, MEDIA, IN_PERSON, AUTOMATED, OTHER;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static ChannelKind fromKeyword(String keyword) {
        return Keyworded.byKeyword(ChannelKind.class, keyword);
    }
}

package dev.journeykit.core.model;

/** What kind of channel a touchpoint happens on. */
public enum ChannelKind implements Keyworded {
    SELF_SERVICE, ASSISTED, VOICE, MESSAGING, SOCIAL, MEDIA, IN_PERSON, AUTOMATED, OTHER;

    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /**
     * Assisted or voice: a contact with a person, where a customer who comes back has to repeat
     * themselves (what repeat-contact rules count, in the map and in an event log).
     */
    public boolean isPersonalContact() {
        return this == ASSISTED || this == VOICE;
    }

    /** The constant for a keyword such as the DSL spells it, or null. */
    public static ChannelKind fromKeyword(String keyword) {
        return Keyworded.byKeyword(ChannelKind.class, keyword);
    }
}

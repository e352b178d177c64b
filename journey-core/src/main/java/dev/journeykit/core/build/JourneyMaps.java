package dev.journeykit.core.build;

/**
 * The entry point for building journey maps in code:
 *
 * <pre>{@code
 * JourneyMap map = JourneyMaps.journey("Satin pillowcase")
 *     .persona("amber", "Amber, 32", p -> p.prefers("live-chat", "sms"))
 *     .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS)
 *     .stage("awareness", "Awareness", s -> s
 *         .touchpoint("ad", "Sees an ad").via("web").byBrand().emotion(1))
 *     .build();
 * }</pre>
 */
public final class JourneyMaps {

    private JourneyMaps() {
    }

    /** Starts a map with a title. */
    public static JourneyMapBuilder journey(String title) {
        return new JourneyMapBuilder(Args.notNull(title, "journey", "title"));
    }
}

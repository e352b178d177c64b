package dev.journeykit.core.build;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import java.util.List;

/** Standard channels, each with its kind, to add with {@code channels(...)}. */
public final class Channels {

    public static final Channel WEB = new Channel("web", "Website", ChannelKind.SELF_SERVICE);
    public static final Channel LIVE_CHAT = new Channel("live-chat", "Live chat", ChannelKind.ASSISTED);
    public static final Channel PHONE = new Channel("phone", "Phone", ChannelKind.VOICE);
    public static final Channel IVR = new Channel("ivr", "IVR", ChannelKind.AUTOMATED);
    public static final Channel CHATBOT = new Channel("chatbot", "Chatbot", ChannelKind.AUTOMATED);
    public static final Channel EMAIL = new Channel("email", "Email", ChannelKind.MESSAGING);
    public static final Channel SMS = new Channel("sms", "SMS", ChannelKind.MESSAGING);
    public static final Channel SOCIAL = new Channel("social", "Social media", ChannelKind.SOCIAL);
    public static final Channel IN_APP = new Channel("in-app", "In-app", ChannelKind.SELF_SERVICE);
    public static final Channel IN_STORE = new Channel("in-store", "In store", ChannelKind.IN_PERSON);
    public static final Channel KNOWLEDGE_BASE =
            new Channel("knowledge-base", "Knowledge base", ChannelKind.SELF_SERVICE);
    public static final Channel SEARCH_AD = new Channel("search-ad", "Search ad", ChannelKind.MEDIA);
    public static final Channel REVIEW_SITE = new Channel("review-site", "Review site", ChannelKind.SOCIAL);

    private Channels() {
    }

    /** Every standard channel, in the order above. */
    public static List<Channel> standard() {
        return List.of(WEB, LIVE_CHAT, PHONE, IVR, CHATBOT, EMAIL, SMS, SOCIAL, IN_APP, IN_STORE,
                KNOWLEDGE_BASE, SEARCH_AD, REVIEW_SITE);
    }
}

package dev.journeykit.assertj;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** The maps the tests assert on, written the way a .journey file would place them. */
final class Fixtures {

    private Fixtures() {
    }

    static SourcePosition at(int line, int column) {
        return new SourcePosition("shop.journey", line, column);
    }

    /**
     * Amber prefers live chat and SMS, which only the decision stage offers; Carl prefers the
     * podcast, the web and live chat, which every stage he is in offers.
     */
    static JourneyMap shop() {
        return JourneyMaps.journey("Satin pillowcase")
                .at(at(1, 1))
                .persona("amber", "Amber, 32", p -> p.prefers("live-chat", "sms").at(at(2, 5)))
                .persona("carl", "Carl, 45", p -> p.prefers("podcast", "web", "live-chat").at(at(3, 5)))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS)
                .channel("podcast", "Podcast ad", ChannelKind.MEDIA)
                .stage("awareness", "Awareness", s -> s.at(at(10, 5))
                        .touchpoint("podcast-review", "Hears a podcast review").via("podcast").byBrand().at(at(11, 9)))
                .stage("consideration", "Consideration", s -> s.at(at(14, 5))
                        .touchpoint("product-page", "Browses the product page").via("web").at(at(15, 9))
                        .touchpoint("faq", "Reads the FAQ").via("web").at(at(16, 9))
                        .moment("compares", "Compares three brands").at(at(17, 9)))
                .stage("decision", "Decision", s -> s.at(at(20, 5))
                        .touchpoint("checkout", "Checks out").via("web").at(at(21, 9))
                        .touchpoint("delivery-chat", "Asks about delivery").via("live-chat").at(at(22, 9)))
                .stage("aftercare", "Aftercare", s -> s.at(at(25, 5))
                        .moment("washes", "Washes the pillowcase").forPersonas("amber").at(at(26, 9)))
                .path("amber", "Typical first purchase",
                        "podcast-review", "product-page", "faq", "checkout", "delivery-chat")
                .path("amber", "Dithering", "product-page", "faq", "product-page", "checkout")
                .path(new PersonaPath("amber", "Back and forth",
                        List.of("product-page", "checkout", "faq", "checkout", "washes"), Optional.of(at(30, 5))))
                .path("carl", "Quick buy", "podcast-review", "checkout")
                .build();
    }

    /** The same journey with no source positions, as a map built in code has none. */
    static JourneyMap unplaced() {
        return JourneyMaps.journey("Unplaced")
                .persona("amber", "Amber", p -> p.prefers("sms"))
                .channels(Channels.WEB, Channels.SMS)
                .stage("awareness", "Awareness", s -> s.touchpoint("ad", "Sees an ad").via("web"))
                .stage("decision", "Decision", s -> s.touchpoint("checkout", "Checks out").via("web"))
                .path("amber", "Back", "checkout", "ad")
                .build();
    }
}

package dev.journeykit.core.json;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.TransitionKind;
import java.util.List;
import java.util.Optional;

/** A small map that uses every field of the JSON format, some with source positions. */
final class JsonFixtures {

    private JsonFixtures() {
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition("pillow.journey", line, column);
    }

    static JourneyMap everyField() {
        return JourneyMaps.journey("Satin pillowcase, \"first\" purchase")
                .kind(MapKind.SERVICE_BLUEPRINT)
                .objective("Turn first-time buyers into repeat buyers")
                .timeline("2 weeks")
                .emotionScale(-3, 3)
                .at(new SourcePosition("pillow.journey", 1, 1))
                .persona("amber", "Amber, 32", p -> p
                        .description("Wants <silk> & no frizz")
                        .goal("Stop hair frizz")
                        .need("Real silk at a fair price")
                        .pain("Cheap satin pills")
                        .prefers("live-chat", "sms")
                        .attribute("age", "32")
                        .attribute("hair-type", "curly\ttangled")
                        .at(new SourcePosition("pillow.journey", 7, 5)))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS)
                .channels(new Channel("podcast", "Podcast ad", ChannelKind.MEDIA).at(at(16, 5)))
                .stage("awareness", "Awareness", s -> s.at(at(18, 5))
                        .goal("Learns that satin pillowcases exist")
                        .touchpoint("podcast-review", "Hears a podcast review").via("podcast").byBrand()
                        .emotion(1).action("Listens").thought("Could this fix my frizz?")
                        .at(new SourcePosition("pillow.journey", 20, 9)))
                .stage("consideration", "Consideration", s -> s
                        .touchpoint("product-page", "Browses the product page").via("web")
                        .question(new Question("Is it real silk?", Optional.of("faq"), Optional.of(at(26, 13))))
                        .question("How long does shipping take?")
                        .touchpoint("faq", "Reads the FAQ").via("web").forPersonas("amber").emotion(-1)
                        .pain("Shipping cost appears only at checkout", PainSeverity.HIGH)
                        .pain(new PainPoint("Too long", PainSeverity.MEDIUM, Optional.of(at(31, 13))))
                        .opportunity("Show shipping cost on the product page")
                        .owner("E-commerce team")
                        .moment("compares", "Compares three brands 😀").emotion(-1).at(at(35, 9)).pain("Choice", PainSeverity.LOW)
                        .event("brands_compared"))
                .stage("decision", "Decision", s -> s
                        .touchpoint("checkout", "Checks out").via("web")
                        .metric("conversion", MetricValue.percent(2.1), MetricValue.percent(3))
                        .event("checkout_completed", "order_paid")
                        .touchpoint("delivery-chat", "Asks about delivery").via("live-chat")
                        .feedback(FeedbackKind.CSAT).feedback(FeedbackKind.NPS)
                        .metric("csat", MetricValue.number(4.2), MetricValue.number(4.5))
                        .metric(new Metric("first-response", MetricValue.seconds(45), Optional.empty(),
                                Direction.HIGHER_IS_BETTER, Optional.empty()))
                        .metric(new Metric("aht", MetricValue.seconds(390), Optional.of(MetricValue.seconds(300)),
                                Direction.LOWER_IS_BETTER, Optional.of(at(47, 13))))
                        .fallout("Hangs up after 6 minutes", "checkout")
                        .fallout(new Fallout("Gives up", Optional.empty(), Optional.of(at(49, 13))))
                        .frontstage("Agent answers with the tracking link")
                        .backstage("Agent looks the order up")
                        .support("Order management system")
                        .evidence("Tracking email"))
                .path(new PersonaPath("amber", "Typical", List.of("podcast-review", "product-page", "faq",
                        "product-page", "checkout"), Optional.of(at(56, 5))))
                .flow(f -> f.steps("checkout", "delivery-chat").volume(120).kind(TransitionKind.HANDOFF)
                        .at(new SourcePosition("pillow.journey", 60, 5)))
                .flow("checkout", "product-page")
                .suppress("coverage.no-feedback", "awareness", "Prospects are not surveyed")
                .suppress(new Suppression("path.non-linear", Optional.empty(), "We know", Optional.of(at(64, 5))))
                .build();
    }
}

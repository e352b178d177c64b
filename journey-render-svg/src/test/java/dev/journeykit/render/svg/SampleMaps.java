package dev.journeykit.render.svg;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.TransitionKind;

/** Small maps that exercise every part of the pictures; the golden files are drawn from them. */
public final class SampleMaps {

    private SampleMaps() {
    }

    /** A current-state map with every lane: two personas, moments, brand contacts, metrics, a loop. */
    public static JourneyMap pillowcase() {
        return JourneyMaps.journey("Satin pillowcase, first purchase")
                .objective("Turn first-time buyers into repeat buyers")
                .timeline("two weeks")
                .persona("amber", "Amber, 32", p -> p
                        .description("Curly hair, buys on her phone in the evening")
                        .goal("Stop hair frizz")
                        .goal("Pay less than 40 EUR")
                        .prefers("live-chat", "sms"))
                .persona("bo", "Bo, 58", p -> p
                        .description("Buys gifts, prefers to ask a person")
                        .prefers("phone"))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS, Channels.PHONE)
                .channel("podcast", "Podcast ad", ChannelKind.MEDIA)
                .stage("awareness", "Awareness", s -> s
                        .goal("Learn that satin helps")
                        .touchpoint("podcast-review", "Hears a podcast review").via("podcast").byBrand().emotion(1)
                        .thought("Could this fix my hair?")
                        .moment("morning-frizz", "Wakes up with frizzy hair").emotion(-2)
                        .pain("Hair is a mess every morning", PainSeverity.HIGH))
                .stage("consideration", "Consideration", s -> s
                        .touchpoint("product-page", "Browses the product page").via("web").emotion(0)
                        .action("Compares sizes")
                        .action("Reads reviews")
                        .question("Is it real silk?", "faq")
                        .pain("Sizes are unclear", PainSeverity.MEDIUM)
                        .opportunity("Size guide with photos")
                        .touchpoint("faq", "Reads the FAQ").via("web").emotion(-1)
                        .pain("FAQ does not answer washing", PainSeverity.LOW)
                        .touchpoint("chat", "Asks in live chat").via("live-chat").emotion(1).forPersonas("amber"))
                .stage("decision", "Decision", s -> s
                        .goal("Buy with confidence")
                        .touchpoint("checkout", "Checks out").via("web").emotion(2)
                        .metric("conversion", MetricValue.percent(2.1), MetricValue.percent(3))
                        .metric("csat", MetricValue.number(4.6), MetricValue.number(4.5))
                        .touchpoint("confirmation", "Gets an order confirmation").via("sms").byBrand().emotion(1))
                .stage("loyalty", "Loyalty")
                .path("amber", "Typical first purchase", "podcast-review", "product-page", "faq", "chat",
                        "product-page", "checkout", "confirmation")
                .path("bo", "Gift purchase", "product-page", "faq", "checkout")
                .flow(f -> f.steps("morning-frizz", "product-page").volume(300))
                .flow(f -> f.steps("faq", "faq").kind(TransitionKind.RETURN).volume(40))
                .build();
    }

    /**
     * The future state of {@link #pillowcase()}, with one change of every kind the DIFF view marks:
     * the FAQ removed (a size guide added in its place), live chat moved to the decision, the
     * awareness steps swapped, emotions and a metric changed, the empty loyalty stage replaced by
     * advocacy, persona Bo replaced by Cleo.
     */
    public static JourneyMap pillowcaseFuture() {
        return JourneyMaps.journey("Satin pillowcase, first purchase")
                .kind(MapKind.FUTURE_STATE)
                .objective("Turn first-time buyers into repeat buyers")
                .timeline("two weeks")
                .persona("amber", "Amber, 32", p -> p
                        .description("Curly hair, buys on her phone in the evening")
                        .goal("Stop hair frizz")
                        .goal("Pay less than 40 EUR")
                        .prefers("live-chat", "sms"))
                .persona("cleo", "Cleo, 24", p -> p
                        .description("Finds products on social media")
                        .prefers("web"))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS, Channels.PHONE)
                .channel("podcast", "Podcast ad", ChannelKind.MEDIA)
                .stage("awareness", "Awareness", s -> s
                        .goal("Learn that satin helps")
                        .moment("morning-frizz", "Wakes up with frizzy hair").emotion(-2)
                        .pain("Hair is a mess every morning", PainSeverity.HIGH)
                        .touchpoint("podcast-review", "Hears a podcast review").via("podcast").byBrand().emotion(1)
                        .thought("Could this fix my hair?"))
                .stage("consideration", "Consideration", s -> s
                        .touchpoint("product-page", "Browses the product page").via("web").emotion(1)
                        .action("Compares sizes")
                        .action("Reads reviews")
                        .question("Is it real silk?", "size-guide")
                        .pain("Sizes are unclear", PainSeverity.MEDIUM)
                        .opportunity("Size guide with photos")
                        .touchpoint("size-guide", "Checks the size guide").via("web").emotion(1))
                .stage("decision", "Decision", s -> s
                        .goal("Buy with confidence")
                        .touchpoint("chat", "Asks in live chat").via("live-chat").emotion(1).forPersonas("amber")
                        .touchpoint("checkout", "Checks out").via("web").emotion(2)
                        .metric("conversion", MetricValue.percent(3.4), MetricValue.percent(3))
                        .metric("csat", MetricValue.number(4.6), MetricValue.number(4.5))
                        .touchpoint("confirmation", "Gets an order confirmation").via("sms").byBrand().emotion(0))
                .stage("advocacy", "Advocacy", s -> s
                        .touchpoint("review-request", "Is asked for a review").via("sms").byBrand().emotion(0))
                .path("amber", "Typical first purchase", "podcast-review", "product-page", "size-guide", "chat",
                        "checkout", "confirmation")
                .path("cleo", "Quick purchase", "product-page", "checkout")
                .build();
    }

    /** A service blueprint with every layer and the three lines. */
    public static JourneyMap blueprint() {
        return JourneyMaps.journey("Broadband repair")
                .kind(MapKind.SERVICE_BLUEPRINT)
                .objective("Fix a broken line in one visit")
                .persona("sam", "Sam", p -> p.prefers("phone", "in-app"))
                .channels(Channels.PHONE, Channels.IN_APP, Channels.IN_STORE)
                .stage("report", "Report", s -> s
                        .touchpoint("call", "Calls support").via("phone").emotion(-1)
                        .frontstage("Agent runs a line test")
                        .backstage("Ticket created in CRM")
                        .support("Line test system")
                        .evidence("Ticket number by SMS")
                        .touchpoint("track", "Tracks the ticket").via("in-app").emotion(0)
                        .backstage("Dispatcher plans the visit")
                        .evidence("Status page"))
                .stage("repair", "Repair", s -> s
                        .touchpoint("visit", "Technician visits").via("in-store").emotion(1)
                        .frontstage("Technician replaces the modem")
                        .support("Spare parts stock")
                        .evidence("New modem"))
                .path("sam", "Repair", "call", "track", "visit")
                .build();
    }

    /** A flow with crossings to undo, a long edge, a back edge, a self-loop and volumes. */
    public static JourneyMap crossingFlow() {
        return JourneyMaps.journey("Support flow")
                .persona("p", "Pat")
                .persona("q", "Quinn")
                .channels(Channels.WEB, Channels.PHONE, Channels.EMAIL)
                .stage("s1", "Start", s -> s
                        .touchpoint("a1", "Web form").via("web")
                        .touchpoint("a2", "Phone call").via("phone")
                        .touchpoint("a3", "Email").via("email"))
                .stage("s2", "Triage", s -> s
                        .touchpoint("b1", "Bot triage").via("web")
                        .touchpoint("b2", "Agent triage").via("phone")
                        .touchpoint("b3", "Inbox triage").via("email"))
                .stage("s3", "Resolve", s -> s
                        .touchpoint("c1", "Fix by email").via("email")
                        .touchpoint("c2", "Fix by phone").via("phone")
                        .touchpoint("c3", "Fix on web").via("web"))
                .flow(f -> f.steps("a1", "b3", "c3").volume(120))
                .flow(f -> f.steps("a2", "b2", "c1").volume(80))
                .flow(f -> f.steps("a3", "b1", "c2").volume(20))
                .flow(f -> f.steps("a1", "c1").volume(10))
                .path("p", "Pat", "a2", "b1", "c3", "b2", "c2")
                .path("q", "Quinn", "a3", "b3", "b3", "c1")
                .build();
    }
}

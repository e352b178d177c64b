package dev.journeykit.examples;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.Stages;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;

/** Builds a small map in code and prints a summary of it. */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) {
        JourneyMap map = JourneyMaps.journey("Satin pillowcase, first purchase")
                .persona("amber", "Amber, 32", p -> p.prefers("live-chat", "sms"))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS, Channels.EMAIL)
                .stages(Stages.CLASSIC)
                .stage("awareness", s -> s.touchpoint("ad", "Sees a social ad").via("web").byBrand())
                .stage("consideration", s -> s.touchpoint("faq", "Reads the FAQ").via("web"))
                .stage("decision", s -> s.touchpoint("checkout", "Checks out").via("web"))
                .stage("retention", s -> s.touchpoint("care-email", "Gets care tips").via("email").byBrand())
                .stage("advocacy", s -> s.touchpoint("review", "Leaves a review").via("web"))
                .path("amber", "Typical", "ad", "faq", "checkout", "care-email", "review")
                .build();
        System.out.println(map);
        for (Stage stage : map.stages()) {
            System.out.println("  " + stage.name() + ": " + stage.steps().size() + " step(s)");
        }
    }
}

package dev.journeykit.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Touchpoint;
import org.junit.jupiter.api.Test;

/** Keeps the fluent example of README.md compiling and true. */
class ReadmeExampleTest {

    @Test
    void readme_example_builds_the_map_it_describes() {
        // --- README example start ---
        JourneyMap map = JourneyMaps.journey("Satin pillowcase, first purchase")
                .objective("Turn first-time buyers into repeat buyers")
                .persona("amber", "Amber, 32", p -> p
                        .goal("Stop hair frizz")
                        .prefers("live-chat", "sms"))
                .channels(Channels.WEB, Channels.LIVE_CHAT, Channels.SMS)
                .channel("podcast", "Podcast ad", dev.journeykit.core.model.ChannelKind.MEDIA)
                .stage("awareness", "Awareness", s -> s
                        .touchpoint("podcast-review", "Hears a podcast review").via("podcast").byBrand().emotion(1))
                .stage("consideration", "Consideration", s -> s
                        .touchpoint("product-page", "Browses the product page").via("web")
                        .question("Is it real silk?", "faq")
                        .touchpoint("faq", "Reads the FAQ").via("web").emotion(-1))
                .stage("decision", "Decision", s -> s
                        .touchpoint("checkout", "Checks out").via("web")
                        .metric("conversion", MetricValue.percent(2.1), MetricValue.percent(3)))
                .path("amber", "Typical first purchase", "podcast-review", "product-page", "faq", "checkout")
                .build();
        // --- README example end ---

        assertThat(map.stages()).extracting(s -> s.id()).containsExactly("awareness", "consideration", "decision");
        assertThat(map.transitions()).hasSize(3);
        assertThat(map.stageIndex("faq")).isEqualTo(1);
        Touchpoint checkout = map.touchpoint("checkout").orElseThrow();
        assertThat(checkout.metrics().get(0).meetsTarget()).contains(false);
    }
}

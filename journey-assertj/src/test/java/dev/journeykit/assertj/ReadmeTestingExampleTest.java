package dev.journeykit.assertj;

import static dev.journeykit.assertj.JourneyAssertions.*;

import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the "Testing maps as code" snippet of README.md compiling and true. */
class ReadmeTestingExampleTest {

    @TempDir
    Path dir;

    @Test
    void readme_testing_snippet_passes_on_a_map_that_satisfies_it() throws IOException {
        JourneyMap map = JourneyMaps.journey("Satin pillowcase, first purchase")
                .persona("amber", "Amber, 32", p -> p.prefers("live-chat", "sms"))
                .channels(Channels.LIVE_CHAT, Channels.SMS)
                .stage("awareness", "Awareness", s -> s
                        .touchpoint("promo-text", "Gets a launch offer by text").via("sms").byBrand())
                .stage("consideration", "Consideration", s -> s
                        .touchpoint("ask-chat", "Asks if it is real silk").via("live-chat").feedback(FeedbackKind.CSAT))
                .stage("decision", "Decision", s -> s
                        .touchpoint("order-chat", "Orders in the chat").via("live-chat").feedback(FeedbackKind.CSAT))
                .path("amber", "Typical first purchase", "promo-text", "ask-chat", "order-chat")
                .build();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
        Files.createDirectories(dir.resolve("src/test/resources/snapshots"));
        Files.writeString(dir.resolve("src/test/resources/snapshots/shop-map.svg"), svg);
        Path snapshot = dir.resolve("src/test/resources/snapshots/shop-map.svg");

        // --- README snippet start (Path.of(...) stands for the snapshot path) ---
        assertThat(map).stage("decision").hasTouchpointVia("live-chat").hasAtMostSteps(6);
        assertThat(map).persona("amber").coversPreferredChannels()
                .path("Typical first purchase").isLinear();
        assertThat(map).hasNoFindingsAtOrAbove(Severity.WARNING)
                .hasFinding("coverage.no-feedback").on("awareness");
        assertThatSvg(svg).matchesSnapshot(snapshot);
        // --- README snippet end ---
        assertThat(java.util.List.of(1, 2)).hasSize(2); // and AssertJ's own, through the same import
    }
}

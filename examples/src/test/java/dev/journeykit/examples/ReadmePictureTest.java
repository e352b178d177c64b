package dev.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogs;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pictures in the README. The first, {@code docs/images/satin-pillowcase-map.svg}, is what
 * {@code journey render examples/maps/satin-pillowcase.journey --findings} draws today. When the
 * map or the renderer changes, this test fails until the picture is regenerated with
 * <pre>
 * mvn -B -q -pl examples -am test -Dtest=ReadmePictureTest -Dsurefire.failIfNoSpecifiedTests=false -Djourneykit.regenerate=true
 * </pre>
 */
class ReadmePictureTest {

    static final Path MAP = Path.of("maps", "satin-pillowcase.journey");
    static final Path PICTURE = Path.of("..", "docs", "images", "satin-pillowcase-map.svg");

    @Test
    void readme_picture_is_the_current_rendering_of_the_satin_pillowcase_map() throws IOException {
        JourneyMap map = JourneyDsl.parse(MAP.toString(), Files.readString(MAP, StandardCharsets.UTF_8));
        String svg = SvgRenderer.create(SvgOptions.builder()
                .findings(Analyzers.defaults().analyze(map).findings()).build()).render(map, View.MAP);
        if (Boolean.getBoolean("journeykit.regenerate")) {
            Files.createDirectories(PICTURE.getParent());
            Files.writeString(PICTURE, svg, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PICTURE)).as(PICTURE + " is missing; " + HOW).isTrue();
        assertThat(Files.readString(PICTURE, StandardCharsets.UTF_8))
                .as("docs/images/satin-pillowcase-map.svg is stale; " + HOW)
                .isEqualTo(svg);
    }

    static final Path EVENTS = Path.of("events", "satin-pillowcase.csv");
    static final Path OBSERVED = Path.of("..", "docs", "images", "satin-pillowcase-observed-flow.svg");

    /**
     * The README's second picture, {@code docs/images/satin-pillowcase-observed-flow.svg}: what
     * {@code journey render examples/maps/satin-pillowcase.journey --view flow --observed
     * examples/events/satin-pillowcase.csv --persona-column persona} draws (the main job writes it).
     */
    @Test
    void readme_observed_picture_is_the_current_flow_of_the_example_log() throws IOException {
        JourneyMap map = JourneyDsl.parse(MAP.toString(), Files.readString(MAP, StandardCharsets.UTF_8));
        ObservedJourney observed = EventLogs.read(map, List.of(EVENTS),
                EventLogOptions.defaults().withPersonaColumn("persona")).observed();
        String svg = SvgRenderer.create(SvgOptions.builder().observed(observed).build()).render(map, View.FLOW);
        if (Boolean.getBoolean("journeykit.regenerate")) {
            Files.writeString(OBSERVED, svg, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(OBSERVED)).as(OBSERVED + " is missing; " + HOW).isTrue();
        assertThat(Files.readString(OBSERVED, StandardCharsets.UTF_8))
                .as("docs/images/satin-pillowcase-observed-flow.svg is stale; " + HOW)
                .isEqualTo(svg);
    }

    private static final String HOW = "regenerate it with: mvn -B -q -pl examples -am test "
            + "-Dtest=ReadmePictureTest -Dsurefire.failIfNoSpecifiedTests=false -Djourneykit.regenerate=true";
}

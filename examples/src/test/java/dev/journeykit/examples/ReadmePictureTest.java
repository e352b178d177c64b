package dev.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The picture in the README, {@code docs/images/satin-pillowcase-map.svg}, is what
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

    private static final String HOW = "regenerate it with: mvn -B -q -pl examples -am test "
            + "-Dtest=ReadmePictureTest -Dsurefire.failIfNoSpecifiedTests=false -Djourneykit.regenerate=true";
}

package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey report} against the real {@code journey.jar}. */
class ReportCommandIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    @Test
    void writes_one_page_for_every_map_and_reports_a_broken_one_at_its_place() throws IOException {
        Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve("maps/clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("maps/late.journey"), JourneyCliIT.WITH_FINDINGS, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "report", "maps", "--out", "site");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + Path.of("site", "index.html") + "\n");
        String page = Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>\n")
                .contains("<a href=\"#m1\">Clean</a></td><td>maps/clean.journey</td>")
                .contains("<a href=\"#m2\">Late answers</a></td><td>maps/late.journey</td>");

        Files.writeString(dir.resolve("maps/broken.journey"), JourneyCliIT.BROKEN, StandardCharsets.UTF_8);
        Run broken = JOURNEY.run(dir, "report", "maps", "--out", "site");
        assertThat(broken.exit()).as(broken.toString()).isEqualTo(JourneyCli.ERROR);
        assertThat(broken.err()).startsWith("maps/broken.journey:5:");
        assertThat(Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8))
                .contains("<p id=\"totals\">2 maps: ").doesNotContain("Broken");
    }

    @Test
    void needs_an_output_folder() {
        Run run = JOURNEY.run(dir, "report", "maps");
        assertThat(run.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(run.err()).startsWith("journey: Missing required option: '--out=DIR'");
    }
}

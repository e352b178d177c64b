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
    void legend_picks_how_the_pictures_explain_their_findings() throws IOException {
        Files.writeString(dir.resolve("late.journey"), JourneyCliIT.WITH_FINDINGS, StandardCharsets.UTF_8);
        assertThat(JOURNEY.run(dir, "report", "late.journey", "--out", "compact").exit()).isZero();
        assertThat(JOURNEY.run(dir, "report", "late.journey", "--legend", "full", "--out", "full").exit()).isZero();
        assertThat(JOURNEY.run(dir, "report", "late.journey", "--legend", "none", "--out", "none").exit()).isZero();
        String compact = Files.readString(dir.resolve("compact/index.html"), StandardCharsets.UTF_8);
        String full = Files.readString(dir.resolve("full/index.html"), StandardCharsets.UTF_8);
        String none = Files.readString(dir.resolve("none/index.html"), StandardCharsets.UTF_8);
        assertThat(compact).contains("A badge counts the findings")
                .doesNotContainPattern(">[0-9]+\\. (error|warning|info) [a-z.-]+</text>");
        assertThat(full).containsPattern(">1\\. (error|warning|info) [a-z.-]+</text>")
                .doesNotContain("A badge counts the findings");
        assertThat(none).doesNotContain("A badge counts the findings", "-legend\"").contains("class=\"jk-badge\"");
    }

    @Test
    void a_map_with_its_event_log_shows_the_observation_in_pictures_tables_and_findings() throws IOException {
        Files.writeString(dir.resolve("shop.journey"), ObserveIT.SHOP, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), ObserveIT.LOG, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "report", "shop.journey", "--observed", "events.csv", "--persona-column", "segment",
                "--out", "site");
        assertThat(run.exit()).as(run.toString()).isZero();
        String page = Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<section class=\"observed\" id=\"m1-observed\">", "<figure id=\"m1-funnel-view\">",
                ">3 customers</text>", "<code>observed.");
    }

    @Test
    void a_log_needs_a_single_map_and_log_options_need_a_log() throws IOException {
        Files.writeString(dir.resolve("a.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), ObserveIT.LOG, StandardCharsets.UTF_8);
        Run several = JOURNEY.run(dir, "report", "a.journey", "b.journey", "--observed", "events.csv", "--out", "site");
        assertThat(several.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(several.err()).isEqualTo("--observed applies to a single map, but 2 maps were given "
                + "(a.journey, b.journey): report the map the logs belong to alone\n");
        Run option = JOURNEY.run(dir, "report", "a.journey", "--case", "id", "--out", "site");
        assertThat(option.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(option.err()).isEqualTo("--case says how to read an event log: give the logs with "
                + "--observed EVENTS...\n");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void needs_an_output_folder() {
        Run run = JOURNEY.run(dir, "report", "maps");
        assertThat(run.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(run.err()).startsWith("journey: Missing required option: '--out=DIR'");
    }
}

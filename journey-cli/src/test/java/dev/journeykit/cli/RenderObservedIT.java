package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code journey render --observed} against the real jar. */
class RenderObservedIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void all_views_with_a_log_draw_the_overlays_and_the_funnel() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        write("events.csv", ObserveIT.LOG);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "--view", "all", "--observed", "events.csv",
                "--persona-column", "segment", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n", "wrote out/shop-map.svg", "wrote out/shop-flow.svg",
                "wrote out/shop-matrix.svg", "wrote out/shop-funnel.svg", ""));
        // search -> cart and search -> faq each once of search's 3 moves; search -> search is not in the map
        // (its label finds no room beside the small loop, so it goes below the graph, naming its steps)
        assertThat(read("out/shop-flow.svg")).contains(">1 \u00b7 33%</text>",
                ">Search \u2192 Search: not in map: 1 \u00b7 33%</text>",
                ">3 reached, 67% left</tspan>", "\u2715 nobody reached it");
        assertThat(read("out/shop-map.svg")).contains(">3 customers</text>");
        assertThat(read("out/shop-funnel.svg")).contains(">3 reached</text>", ">Amber (2 customers)</text>");
        // the matrix draws no observations: the same bytes as without a log
        Run plain = JOURNEY.run(dir, "render", "shop.journey", "--view", "matrix", "--out", "plain");
        assertThat(plain.exit()).as(plain.toString()).isZero();
        assertThat(read("out/shop-matrix.svg")).isEqualTo(read("plain/shop.svg"));
    }

    @Test
    void without_a_log_all_views_are_the_three_of_the_map() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "--view", "all", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("funnel");
        assertThat(read("out/shop-flow.svg")).doesNotContain("reached", "jk-edge-count");
    }

    @Test
    void the_funnel_without_a_log_is_an_error_that_says_what_to_add() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "--view", "funnel", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--view funnel draws what customers did: give their event logs with "
                + "--observed EVENTS...\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void a_log_applies_to_one_map_only() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        write("other.journey", ObserveIT.SHOP.replace("\"Shop\"", "\"Other\""));
        write("events.csv", ObserveIT.LOG);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "other.journey", "--observed", "events.csv", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--observed applies to a single map, but 2 maps were given "
                + "(shop.journey, other.journey): render the map the logs belong to alone\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void logs_before_the_map_take_the_map_too_and_the_error_says_how_to_write_it() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        write("events.csv", ObserveIT.LOG);
        Run run = JOURNEY.run(dir, "render", "--observed", "events.csv", "shop.journey", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("journey: Missing required parameter: 'FILE|DIR'\n"
                + "journey: --observed takes every file after it as an event log, the map too: give the map first "
                + "(journey render MAP.journey --observed EVENTS...)\n"
                + "Try 'journey render --help' for more information.\n");
        assertThat(dir.resolve("out")).doesNotExist();

        Run attached = JOURNEY.run(dir, "render", "--observed=events.csv", "shop.journey", "--out", "out");
        assertThat(attached.exit()).isEqualTo(2);
        assertThat(attached.err()).contains("give the map first");

        Run written = JOURNEY.run(dir, "render", "shop.journey", "--observed", "events.csv", "--out", "out");
        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(dir.resolve("out/shop.svg")).exists();
    }

    @Test
    void log_options_mean_what_they_mean_for_observe() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        write("events.txt", ObserveIT.LOG.replace("customer_id", "who").replace("c3,2024-01-01 00:00:10,search,\n",
                "c3,2024-13-01 00:00:10,search,\n"));
        Run bad = JOURNEY.run(dir, "render", "shop.journey", "--view", "funnel", "--observed", "events.txt",
                "--input-format", "csv", "--case", "who", "--out", "out");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("events.txt:7:2: time \"2024-13-01 00:00:10\"")
                .contains("(fix these rows, or leave bad rows out with --skip-bad-rows)");
        assertThat(dir.resolve("out")).doesNotExist();
        Run skipped = JOURNEY.run(dir, "render", "shop.journey", "--view", "funnel", "--observed", "events.txt",
                "--input-format", "csv", "--case", "who", "--skip-bad-rows", "--out", "out");
        assertThat(skipped.exit()).as(skipped.toString()).isZero();
        assertThat(skipped.err()).startsWith("skipped 1 bad row:\n  events.txt:7:2: time \"2024-13-01 00:00:10\"");
        assertThat(read("out/shop.svg")).contains(">3 reached</text>");
    }

    @Test
    void log_options_without_a_log_are_an_error() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "--persona-column", "segment", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--persona-column says how to read an event log: give the logs with "
                + "--observed EVENTS...\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void findings_with_a_log_mark_the_observed_findings_too() throws IOException {
        write("shop.journey", ObserveIT.SHOP);
        write("events.csv", ObserveIT.LOG);
        Run run = JOURNEY.run(dir, "render", "shop.journey", "--view", "flow", "--findings", "--observed", "events.csv",
                "--set", "maxDropOff=0.9", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        String svg = read("out/shop.svg");
        assertThat(svg).contains("observed.undesigned-transition").doesNotContain("observed.drop-off");
        Run strict = JOURNEY.run(dir, "render", "shop.journey", "--view", "flow", "--findings", "--observed",
                "events.csv", "--set", "maxDropOff=0.1", "--out", "strict");
        assertThat(read("strict/shop.svg")).contains("observed.drop-off");
    }
}

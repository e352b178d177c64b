package dev.journeykit.assertj;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatSvg;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class SvgAssertTest {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "  <rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/>\n"
            + "  <text x=\"1\" y=\"8\">Awareness</text>\n"
            + "</svg>\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void passes_on_the_same_lines_whatever_the_line_ends_and_removes_a_stale_new_file() throws IOException {
        Path snapshot = write("map.svg", SVG.replace("\n", "\r\n"));
        Path stale = write("map.svg.new", "<svg/>\n");

        assertThatSvg(SVG).matchesSnapshot(snapshot);
        assertThatSvg(SVG.stripTrailing()).matchesSnapshot(snapshot);

        assertThat(stale).doesNotExist();
        assertThat(snapshot).hasContent(SVG.replace("\n", "\r\n"));
    }

    @Test
    void writes_a_missing_snapshot_and_fails_asking_for_a_review() {
        Path snapshot = dir.resolve("snapshots/views/map.svg");

        assertThatThrownBy(() -> assertThatSvg(SVG).matchesSnapshot(snapshot))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting SVG to match the snapshot " + snapshot + "\n"
                        + "but the snapshot did not exist: the SVG was written to it; review it and run the test again");

        assertThat(snapshot).usingCharset(StandardCharsets.UTF_8).hasContent(SVG);
        assertThatSvg(SVG).matchesSnapshot(snapshot);
        assertThat(dir.resolve("snapshots/views")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void fails_on_a_changed_line_writing_the_svg_beside_the_snapshot_with_a_short_diff() throws IOException {
        Path snapshot = write("map.svg", SVG);
        String changed = SVG.replace("width=\"10\"", "width=\"12\"");

        assertThatThrownBy(() -> assertThatSvg(changed).matchesSnapshot(snapshot))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting SVG to match the snapshot " + snapshot + "\n"
                        + "but it differs from line 2, column 29 (the snapshot has 4 lines, the SVG 4); the SVG was written to "
                        + snapshot + ".new (- snapshot, + SVG):\n"
                        + "  2 -   <rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/>\n"
                        + "  2 +   <rect x=\"0\" y=\"0\" width=\"12\" height=\"10\"/>");

        assertThat(dir.resolve("map.svg.new")).hasContent(changed);
        assertThat(snapshot).hasContent(SVG);
    }

    @Test
    void gives_an_ide_the_snapshot_and_the_svg_to_compare() throws IOException {
        Path snapshot = write("map.svg", SVG);
        String changed = SVG.replace("Awareness", "Consideration");

        assertThatThrownBy(() -> assertThatSvg(changed).matchesSnapshot(snapshot))
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getExpected().getValue()).isEqualTo(SVG);
                    assertThat(e.getActual().getValue()).isEqualTo(changed);
                });
    }

    @Test
    void shows_only_the_inserted_lines_of_an_insertion() throws IOException {
        Path snapshot = write("map.svg", SVG);
        String inserted = SVG.replace("</svg>", "  <circle r=\"2\"/>\n</svg>");

        assertThatThrownBy(() -> assertThatSvg(inserted).matchesSnapshot(snapshot))
                .hasMessage("\nExpecting SVG to match the snapshot " + snapshot + "\n"
                        + "but it differs from line 4, column 1 (the snapshot has 4 lines, the SVG 5); the SVG was written to "
                        + snapshot + ".new (- snapshot, + SVG):\n"
                        + "  4 +   <circle r=\"2\"/>");
    }

    @Test
    void cuts_a_long_changed_block_and_long_lines() throws IOException {
        Path snapshot = write("map.svg", "<svg>\n" + "x".repeat(130) + "\n</svg>\n");
        String many = IntStream.rangeClosed(1, 8).mapToObj(i -> "<g id=\"g" + i + "\"/>").collect(Collectors.joining("\n"));

        assertThatThrownBy(() -> assertThatSvg("<svg>\n" + many + "\n</svg>\n").matchesSnapshot(snapshot))
                .hasMessage("\nExpecting SVG to match the snapshot " + snapshot + "\n"
                        + "but it differs from line 2, column 1 (the snapshot has 3 lines, the SVG 10); the SVG was written to "
                        + snapshot + ".new (- snapshot, + SVG):\n"
                        + "  2 - " + "x".repeat(120) + "...\n"
                        + "  2 + <g id=\"g1\"/>\n"
                        + "  3 + <g id=\"g2\"/>\n"
                        + "  4 + <g id=\"g3\"/>\n"
                        + "  5 + <g id=\"g4\"/>\n"
                        + "  6 + <g id=\"g5\"/>\n"
                        + "  ... 3 more + lines");
    }

    @Test
    void shows_a_long_line_around_its_first_differing_column() throws IOException {
        String line = "<path d=\"" + "M1,1 ".repeat(60) + "\"/>";
        Path snapshot = write("map.svg", "<svg>\n" + line + "\n</svg>\n");
        String changed = line.substring(0, 200) + "L" + line.substring(201);

        assertThatThrownBy(() -> assertThatSvg("<svg>\n" + changed + "\n</svg>\n").matchesSnapshot(snapshot))
                .hasMessage("\nExpecting SVG to match the snapshot " + snapshot + "\n"
                        + "but it differs from line 2, column 201 (the snapshot has 3 lines, the SVG 3); the SVG was "
                        + "written to " + snapshot + ".new (- snapshot, + SVG):\n"
                        + "  2 - ..." + line.substring(160, 280) + "...\n"
                        + "  2 + ..." + changed.substring(160, 280) + "...");
    }

    @Test
    void rejects_a_null_svg_the_way_assertj_does() throws IOException {
        Path snapshot = write("map.svg", SVG);
        assertThatThrownBy(() -> assertThatSvg(null).matchesSnapshot(snapshot))
                .hasMessage(String.format("%nExpecting actual not to be null"));
    }

    @Test
    void collects_a_snapshot_failure_softly() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        Path snapshot = dir.resolve("soft.svg");

        softly.assertThatSvg(SVG).matchesSnapshot(snapshot);

        assertThat(softly.errorsCollected()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("\nExpecting SVG to match the snapshot " + snapshot + "\nbut the snapshot did not exist");
        assertThat(snapshot).exists();
    }
}

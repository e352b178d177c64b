package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of the edges of input and output against the real {@code journey.jar}
 * (issue 13, "nothing lost, nothing clobbered"): outputs that are not regular files, standard
 * output that fails, reports of files that did not parse, renders that fail, input that is not
 * UTF-8 or not a file, JSON errors, and text that would rewrite a terminal.
 */
class EdgesIT {

    private static final JourneyJar JOURNEY = new JourneyJar();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private List<String> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve(folder))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    // ---------------------------------------------------------------- outputs that are not regular files

    @Test
    void writes_a_report_through_a_symbolic_link_to_its_target_and_keeps_the_link() throws IOException {
        write("clean.journey", JourneyCliIT.CLEAN);
        write("reports/real.json", "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports/real.json"));
        Run run = JOURNEY.run(dir, "check", "clean.journey", "--format", "json", "-o", "report.json");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(JSON.readTree(read("reports/real.json")).get(0).get("file").asText()).isEqualTo("clean.journey");
        assertThat(files(".")).containsExactly("clean.journey", "report.json", "reports");
        assertThat(files("reports")).containsExactly("real.json");
    }

    @Test
    void writes_to_a_device_as_a_stream_and_never_replaces_it() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");
        write("clean.journey", JourneyCliIT.CLEAN);
        Files.createSymbolicLink(dir.resolve("sink.json"), devNull);
        Object inode = Files.getAttribute(devNull, "unix:ino");
        for (String output : List.of("/dev/null", "sink.json")) {
            Run run = JOURNEY.run(dir, "export", "clean.journey", "-o", output);
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).isEmpty();
        }
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.getAttribute(devNull, "unix:ino")).isEqualTo(inode);
        assertThat(files(".")).containsExactly("clean.journey", "sink.json");
    }

    @Test
    void writes_to_a_fifo_as_a_stream() throws Exception {
        write("clean.journey", JourneyCliIT.CLEAN);
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "needs mkfifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Run run = JOURNEY.run(dir, "export", "clean.journey", "--output", "pipe");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("{\n  \"title\": \"Clean\",");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(files(".")).containsExactly("clean.journey", "pipe");
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void refuses_a_dangling_link_as_output_and_creates_nothing() throws IOException {
        write("clean.journey", JourneyCliIT.CLEAN);
        Files.createSymbolicLink(dir.resolve("report.json"), Path.of("gone.json"));
        Run run = JOURNEY.run(dir, "check", "clean.journey", "-o", "report.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "report.json: cannot write: a dangling symbolic link (to gone.json, which does not exist)\n");
        assertThat(files(".")).containsExactly("clean.journey", "report.json");
    }

    // ---------------------------------------------------------------- standard output that fails

    @Test
    void a_full_disk_on_standard_output_is_an_io_error() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        write("clean.journey", JourneyCliIT.CLEAN);
        Run run = JOURNEY.runTo(dir, full, "export", "clean.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("journey: cannot write to standard output: no space left on device\n");
    }

    @Test
    void a_closed_pipe_on_standard_output_is_an_io_error() {
        write("clean.journey", JourneyCliIT.CLEAN);
        Run run = JOURNEY.runWithClosedOutput(dir, "check", "clean.journey", "--format", "sarif");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("journey: cannot write to standard output: broken pipe\n");
    }

    // ---------------------------------------------------------------- reports of files that did not parse

    @Test
    void a_json_report_holds_the_syntax_errors_of_a_file_that_did_not_parse() throws IOException {
        write("broken.journey", JourneyCliIT.BROKEN);
        write("clean.journey", JourneyCliIT.CLEAN);
        Run run = JOURNEY.run(dir, "check", "broken.journey", "clean.journey", "--format", "json", "-o", "r.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("broken.journey:5:51: unknown channel 'smss' (did you mean 'sms'?)\n");
        JsonNode report = JSON.readTree(read("r.json"));
        assertThat(report).hasSize(2);
        JsonNode broken = report.get(0);
        assertThat(broken.toString()).isEqualTo("{\"file\":\"broken.journey\",\"map\":null,\"findings\":[{"
                + "\"code\":\"syntax.error\",\"severity\":\"error\",\"message\":\""
                + "unknown channel 'smss' (did you mean 'sms'?)\",\"subjects\":[],\"location\":{\"file\":"
                + "\"broken.journey\",\"line\":5,\"column\":51}}],\"suppressed\":[],"
                + "\"summary\":{\"error\":1,\"warning\":0,\"info\":0}}");
        assertThat(report.get(1).get("map").asText()).isEqualTo("Clean");
    }

    @Test
    void a_sarif_report_holds_the_syntax_errors_of_a_file_that_did_not_parse() throws IOException {
        write("broken.journey", JourneyCliIT.BROKEN);
        Run run = JOURNEY.run(dir, "check", "broken.journey", "--format", "sarif", "-o", "r.sarif");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode results = JSON.readTree(read("r.sarif")).at("/runs/0/results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("syntax.error");
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(0).at("/locations/0/physicalLocation").toString()).isEqualTo(
                "{\"artifactLocation\":{\"uri\":\"broken.journey\"},\"region\":{\"startLine\":5,\"startColumn\":51}}");
    }

    // ---------------------------------------------------------------- renders that fail

    @Test
    void a_render_that_fails_creates_no_output_folder() throws IOException {
        write("broken.journey", JourneyCliIT.BROKEN);
        Run run = JOURNEY.run(dir, "render", "broken.journey", "--out", "out/svg");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(files(".")).containsExactly("broken.journey");
    }

    @Test
    void render_view_all_writes_all_views_of_a_map_or_none() throws IOException {
        write("clean.journey", JourneyCliIT.CLEAN);
        write("out/clean-map.svg", "old map");
        Files.createDirectories(dir.resolve("out/clean-matrix.svg"));
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--view", "all", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("out/clean-matrix.svg: cannot write: is a directory\n");
        assertThat(files("out")).containsExactly("clean-map.svg", "clean-matrix.svg");
        assertThat(read("out/clean-map.svg")).isEqualTo("old map");
        assertNoStackTrace(run);
    }

    @Test
    void render_view_all_writes_every_view_when_it_can() throws IOException {
        write("clean.journey", JourneyCliIT.CLEAN);
        write("out/clean-map.svg", "old map");
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--view", "all", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(files("out")).containsExactly("clean-flow.svg", "clean-map.svg", "clean-matrix.svg");
        assertThat(read("out/clean-map.svg")).contains("<svg").doesNotContain("old map");
    }

    // ---------------------------------------------------------------- inputs

    @Test
    void a_map_that_is_not_utf8_is_reported_at_its_line_and_column_by_every_command() throws IOException {
        Files.write(dir.resolve("latin1.journey"), new byte[] {'j', 'o', 'u', 'r', 'n', 'e', 'y', ' ', '"', 'C',
            'a', 'f', (byte) 0xE9, '"', ' ', '{', '\n', '}', '\n'});
        for (String command : List.of("check", "render", "fmt", "export")) {
            Run run = JOURNEY.run(dir, command, "latin1.journey");
            assertThat(run.exit()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("latin1.journey:1:13: invalid UTF-8: byte 0xE9 is not "
                    + "valid here (a .journey file is UTF-8 text)\njourney \"Caf\uFFFD\n            ^\n");
        }
        assertThat(files(".")).containsExactly("latin1.journey");
    }

    @Test
    void a_loop_of_links_and_a_dangling_link_are_reported_as_such() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.journey"), Path.of("b.journey"));
        Files.createSymbolicLink(dir.resolve("b.journey"), Path.of("a.journey"));
        Files.createSymbolicLink(dir.resolve("gone.journey"), Path.of("moved/away.journey"));
        Run run = JOURNEY.run(dir, "check", "a.journey", "gone.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("a.journey: a loop of symbolic links\n"
                + "gone.journey: a dangling symbolic link (to moved/away.journey, which does not exist)\n");
        Run imported = JOURNEY.run(dir, "import", "gone.journey");
        assertThat(imported.err()).isEqualTo(
                "gone.journey: a dangling symbolic link (to moved/away.journey, which does not exist)\n");
    }
}

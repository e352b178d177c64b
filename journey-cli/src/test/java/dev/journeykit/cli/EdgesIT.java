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
        return JourneyJar.write(dir, name, text);
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
                "{\"artifactLocation\":{\"uri\":\"broken.journey\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":5,\"startColumn\":51}}");
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

    // ---------------------------------------------------------------- JSON input

    private static final String JSON_MAP = """
            {"title": "Edge", "channels": [{"id": "web", "name": "Website"}],
             "stages": [{"id": "buy", "name": "Buy", "steps": [
               {"type": "touchpoint", "id": "pay", "name": "Pays", "channel": "web"},
               {"type": "moment", "id": "wait", "name": "Waits"}]}],
             "flows": [{"steps": ["pay", "wait"], "volume": 12}]}
            """;

    @Test
    void json_model_errors_name_their_json_path() {
        write("dup.json", JSON_MAP.replace("{\"id\": \"web\", \"name\": \"Website\"}",
                "{\"id\": \"web\", \"name\": \"Website\"}, {\"id\": \"pay\", \"name\": \"Pay\"}"));
        Run run = JOURNEY.run(dir, "import", "dup.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("dup.json: journey 'Edge' is not valid: 2 problems\n"
                + "  - $.stages[0].steps[0].id: duplicate id 'pay': touchpoint 'pay' has the id of channel 'pay'\n"
                + "  - $.flows[0].steps: flow 'pay -> wait' refers to unknown step 'pay'\n");
    }

    @Test
    void json_with_a_byte_order_mark_is_imported_like_a_journey_file_with_one() throws IOException {
        write("plain.json", JSON_MAP);
        write("bom.json", "\uFEFF" + JSON_MAP);
        Run plain = JOURNEY.run(dir, "import", "plain.json");
        Run bom = JOURNEY.run(dir, "import", "bom.json");
        assertThat(bom.exit()).as(bom.toString()).isZero();
        assertThat(bom.out()).isEqualTo(plain.out()).startsWith("journey \"Edge\" {");
    }

    @Test
    void json_errors_speak_the_users_language_not_jacksons() {
        write("nan.json", JSON_MAP.replace("\"volume\": 12", "\"volume\": NaN"));
        write("deep.json", "{\"title\": " + "[".repeat(1500) + "]".repeat(1500) + "}");
        Run nan = JOURNEY.run(dir, "import", "nan.json");
        Run deep = JOURNEY.run(dir, "import", "deep.json");
        assertThat(nan.err()).isEqualTo("nan.json: $.flows[0].volume: not valid JSON at line 5, column 52: "
                + "'NaN' is not a JSON value (numbers must be finite)\n");
        assertThat(deep.err()).isEqualTo("deep.json: $: not valid JSON: the JSON is nested too deeply "
                + "(1001; at most 1000)\n");
        for (Run run : List.of(nan, deep)) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("ALLOW_").doesNotContain("StreamReadConstraints").doesNotContain("`");
        }
    }

    @Test
    void what_import_accepts_check_accepts_and_export_gives_back() throws IOException {
        write("big.json", JSON_MAP.replace("\"volume\": 12", "\"volume\": 1000000000000000000"));
        Run imported = JOURNEY.run(dir, "import", "big.json", "-o", "big.journey");
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(read("big.journey")).contains("flow pay -> wait volume 1000000000000000000\n");
        Run checked = JOURNEY.run(dir, "check", "big.journey", "--fail-on", "never");
        assertThat(checked.exit()).as(checked.toString()).isZero();
        Run exported = JOURNEY.run(dir, "export", "big.journey", "-o", "again.json");
        assertThat(exported.exit()).isZero();
        assertThat(JSON.readTree(read("again.json")).at("/flows/0/volume").asLong()).isEqualTo(1_000_000_000_000_000_000L);

        write("nocode.json", JSON_MAP.replace("\"flows\"", "\"suppressions\": [{\"code\": \"\", \"reason\": \"r\"}], \"flows\""));
        Run rejected = JOURNEY.run(dir, "import", "nocode.json");
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.err()).contains("$.suppressions[0].code: a suppression has an empty code");
    }

    // ---------------------------------------------------------------- text that reaches a terminal

    private static final String SNEAKY = """
            journey "Sneaky\\u{1B}]0;owned\\u{7}" {
                channel web "Website" kind self-service
                stage buy "Buy" {
                    touchpoint pay "Pays" via web {
                        question "Safe?\\u{1B}[2J\\u{202E}txt.exe\\u{2066} \\u{85} \\u{D800}"
                    }
                }
                suppress coverage.no-feedback on buy because "later\\u{202E} \\u{9B}2J \\u{D800}"
            }
            """;

    @Test
    void the_text_report_escapes_controls_and_bidirectional_overrides() {
        write("sneaky.journey", SNEAKY);
        Run run = JOURNEY.run(dir, "check", "sneaky.journey", "--fail-on", "never");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("question \"Safe?\\u{1B}[2J\\u202Etxt.exe\\u2066 \\u{85} \\u{D800}\" at touchpoint")
                .contains(" [because: later\\u202E \\u009B2J \\uD800]\n")
                .contains("journey \"Sneaky\\u001B]0;owned\\u0007\": ");
        assertThat(run.out().chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate((char) c)))).isEmpty();
    }

    @Test
    void report_json_and_sarif_keep_lone_surrogates_as_escapes() throws IOException {
        write("sneaky.journey", SNEAKY);
        for (String format : List.of("json", "sarif")) {
            Run run = JOURNEY.run(dir, "check", "sneaky.journey", "--fail-on", "never", "--format", format,
                    "-o", "r." + format);
            assertThat(run.exit()).as(run.toString()).isZero();
            String report = read("r." + format);
            assertThat(report).contains("2J \\uD800\"").doesNotContain("2J ?\"");
            JsonNode tree = JSON.readTree(report);
            List<JsonNode> reasons = tree.findValues(format.equals("json") ? "reason" : "justification");
            assertThat(reasons).singleElement().satisfies(r -> assertThat(r.asText()).isEqualTo("later\u202E \u009B2J \uD800"));
        }
    }
}

package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end tests of every command against the real {@code journey.jar}: exit codes, stdout,
 * stderr and the files written. Each test works in a fresh folder holding a copy of the example
 * maps under {@code maps/} and small fixture maps written by the test.
 */
class JourneyCliIT {

    private static final JourneyJar JOURNEY = new JourneyJar();
    private static final Path EXAMPLES = Path.of("..", "examples", "maps");
    private static final List<String> EXAMPLE_NAMES = List.of("contact-center", "grocery-run",
            "live-chat-blueprint", "music-sharing", "satin-pillowcase", "university-admission",
            "vacation-planning");

    static final String BROKEN = """
            journey "Broken" {
                channel sms "Text message" kind messaging

                stage one "One" {
                    touchpoint reminder "Gets a reminder" via smss
                }
            }
            """;

    static final String WITH_FINDINGS = """
            journey "Late answers" {
                persona pat "Pat"

                channel web "Website" kind self-service
                channel phone "Phone" kind voice

                stage ask "Ask" {
                    touchpoint question "Asks where the order is" via web {
                        question "Where is my order?"
                    }
                }

                stage answer "Answer" {
                    touchpoint call "Calls the store" via phone {
                        emotion -2
                    }
                }

                stage follow-up "Follow-up"
            }
            """;

    static final String CLEAN = """
            journey "Clean" {
                channel web "Website" kind self-service

                stage buy "Buy" {
                    touchpoint checkout "Checks out" via web {
                        feedback csat
                        metric conversion 4% target 3%
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void copyExampleMaps() throws IOException {
        Files.createDirectories(dir.resolve("maps"));
        for (String name : EXAMPLE_NAMES) {
            Files.copy(EXAMPLES.resolve(name + ".journey"), dir.resolve("maps").resolve(name + ".journey"));
        }
    }

    private Path write(String name, String text) {
        return JourneyJar.write(dir, name, text);
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> files(String folder) {
        try (Stream<Path> list = Files.list(dir.resolve(folder))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    // ---------------------------------------------------------------- help and usage

    @Test
    void prints_the_version() {
        Run run = JOURNEY.run(dir, "--version");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("journey " + System.getProperty("journey.version") + "\n");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "render", "fmt", "export", "import", "observe", "diff", "report"})
    void prints_help_for_every_command(String command) {
        Run run = JOURNEY.run(dir, command, "--help");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Usage: journey " + command + " ").contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void prints_the_commands_with_help() {
        Run run = JOURNEY.run(dir, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: journey [-hV] [COMMAND]\n")
                .contains("  check ", "  render ", "  fmt ", "  export ", "  import ");
    }

    @Test
    void fails_with_usage_error_without_a_command() {
        Run run = JOURNEY.run(dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("journey: missing command\nUsage: journey [-hV] [COMMAND]\n");
    }

    @Test
    void fails_with_usage_error_on_an_unknown_option() {
        Run run = JOURNEY.run(dir, "check", "--colour", "maps");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey: Unknown option: '--colour'\n"
                + "Try 'journey check --help' for more information.\n");
    }

    @Test
    void fails_with_usage_error_on_an_invalid_option_value() {
        Run run = JOURNEY.run(dir, "render", "--theme", "purple", "maps");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("journey: Invalid value for option '--theme': 'purple' is not one of "
                + "light, dark, high-contrast\nTry 'journey render --help' for more information.\n");
        assertThat(dir.resolve("maps")).isDirectoryNotContaining("glob:**.svg");
    }

    // ---------------------------------------------------------------- check

    @Test
    void checks_a_directory_recursively_in_sorted_order() {
        write("maps/nested/more/clean.journey", CLEAN);
        Run run = JOURNEY.run(dir, "check", "maps");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> summaries = run.out().lines().filter(l -> l.startsWith("journey \"")).toList();
        assertThat(summaries).hasSize(8);
        assertThat(summaries.get(0)).startsWith("journey \"Home broadband: from first call to referral\": ");
        assertThat(summaries.get(4)).startsWith("journey \"Clean\": 0 errors, 0 warnings, 0 info, 0 suppressed");
        assertThat(run.out()).endsWith(" suppressed\n").contains("\n8 maps checked: ");
    }

    @Test
    void passes_a_map_with_warnings_by_default_and_fails_it_from_fail_on_warning() {
        write("late.journey", WITH_FINDINGS);
        Run lenient = JOURNEY.run(dir, "check", "late.journey");
        Run strict = JOURNEY.run(dir, "check", "late.journey", "--fail-on", "warning");
        Run never = JOURNEY.run(dir, "check", "late.journey", "--fail-on", "never");
        assertThat(lenient.exit()).as(lenient.toString()).isZero();
        assertThat(strict.exit()).as(strict.toString()).isEqualTo(1);
        assertThat(never.exit()).as(never.toString()).isZero();
        assertThat(strict.out()).isEqualTo(lenient.out()).isEqualTo(never.out());
        assertThat(strict.out().lines()).anyMatch(l -> l.startsWith("late.journey:19:5: warning coverage.empty-stage: "));
        assertThat(strict.err()).isEmpty();
    }

    @Test
    void reports_a_misspelt_suppression_at_its_line_with_the_code_it_meant() {
        write("clean.journey", CLEAN.replace("    }\n}\n",
                "    }\n\n    suppress coverage.no-feedbak on buy because \"Surveyed by post\"\n}\n"));
        Run run = JOURNEY.run(dir, "check", "clean.journey", "--fail-on", "warning");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("clean.journey:11:5: warning suppression.unknown-code: unknown code "
                + "'coverage.no-feedbak' in suppress (did you mean 'coverage.no-feedback'?): it silences nothing; "
                + "fix the code or remove the suppression\n"
                + "journey \"Clean\": 0 errors, 1 warning, 0 info, 0 suppressed\n"
                + "1 map checked: 0 errors, 1 warning, 0 info, 0 suppressed\n");
    }

    @Test
    void passes_a_clean_map_even_with_fail_on_info() {
        write("clean.journey", CLEAN);
        Run run = JOURNEY.run(dir, "check", "clean.journey", "--fail-on", "info");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("journey \"Clean\": 0 errors, 0 warnings, 0 info, 0 suppressed\n"
                + "1 map checked: 0 errors, 0 warnings, 0 info, 0 suppressed\n");
    }

    @Test
    void reports_json_as_one_array_with_the_file_of_each_report() throws IOException {
        write("late.journey", WITH_FINDINGS);
        Run run = JOURNEY.run(dir, "check", "late.journey", "maps/grocery-run.journey", "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(0).fieldNames().next()).isEqualTo("file");
        assertThat(array.get(0).get("file").asText()).isEqualTo("late.journey");
        assertThat(array.get(0).get("map").asText()).isEqualTo("Late answers");
        assertThat(array.get(1).get("file").asText()).isEqualTo("maps/grocery-run.journey");
        assertThat(array.get(0).get("findings").get(0).get("location").get("file").asText())
                .isEqualTo("late.journey");
        assertThat(run.out()).startsWith("[\n  {\n    \"file\": \"late.journey\",\n").endsWith("]\n");
    }

    @Test
    void writes_one_sarif_log_for_all_files_to_the_output_file() throws IOException {
        write("late.journey", WITH_FINDINGS);
        Run run = JOURNEY.run(dir, "check", "late.journey", "maps", "--format", "sarif", "--output", "report.sarif");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        JsonNode sarif = new ObjectMapper().readTree(read("report.sarif"));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        List<String> uris = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(r ->
                uris.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()));
        assertThat(uris).contains("late.journey", "maps/satin-pillowcase.journey", "maps/contact-center.journey");
        assertThat(files(".")).containsExactly("late.journey", "maps", "report.sarif");
    }

    @Test
    void reports_a_syntax_error_with_its_caret_and_still_checks_the_other_files() {
        write("maps/broken.journey", BROKEN);
        Run run = JOURNEY.run(dir, "check", "maps");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("maps/broken.journey:5:51: unknown channel 'smss' (did you mean 'sms'?)\n"
                + "        touchpoint reminder \"Gets a reminder\" via smss\n"
                + "                                                  ^^^^\n");
        assertNoStackTrace(run);
        assertThat(run.out()).contains("\n7 maps checked: ").endsWith(" suppressed; 1 of 8 maps failed to parse\n");
    }

    @Test
    void reports_a_missing_file_and_still_checks_the_others() {
        Run run = JOURNEY.run(dir, "check", "nowhere.journey", "maps/music-sharing.journey");
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("nowhere.journey: no such file or directory\n");
        assertThat(run.out()).startsWith("maps/music-sharing.journey:").contains("\n1 map checked: ");
    }

    @Test
    void reports_a_directory_without_maps() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Run run = JOURNEY.run(dir, "check", "empty");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("empty: no .journey files in this directory\n");
    }

    @Test
    void reports_a_file_that_is_not_utf8() throws IOException {
        Files.write(dir.resolve("latin1.journey"), new byte[] {'j', 'o', (byte) 0xE9, '\n'});
        Run run = JOURNEY.run(dir, "check", "latin1.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("latin1.journey:1:3: invalid UTF-8: byte 0xE9 is not valid here "
                + "(a .journey file is UTF-8 text)\njo\uFFFD\n  ^\n");
        assertNoStackTrace(run);
    }

    @Test
    void writes_no_report_when_the_output_folder_is_missing() {
        Run run = JOURNEY.run(dir, "check", "maps", "--output", "no/such/report.txt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("no/such/report.txt: cannot write: no such file or directory\n");
        assertThat(files(".")).containsExactly("maps");
    }

    // ---------------------------------------------------------------- render

    @Test
    void renders_every_view_of_every_map_into_the_output_folder() {
        Run run = JOURNEY.run(dir, "render", "maps", "--view", "all", "--findings", "--out", "out/svg");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> expected = new ArrayList<>();
        for (String name : EXAMPLE_NAMES) {
            for (String view : List.of("map", "flow", "matrix")) {
                expected.add(name + "-" + view + ".svg");
            }
        }
        assertThat(files("out/svg")).containsExactlyInAnyOrderElementsOf(expected);
        StringBuilder stdout = new StringBuilder();
        for (String name : EXAMPLE_NAMES) {
            for (String view : List.of("map", "flow", "matrix")) {
                stdout.append("wrote out/svg/").append(name).append('-').append(view).append(".svg\n");
            }
        }
        assertThat(run.out()).isEqualTo(stdout.toString());
        for (String file : expected) {
            assertThat(read("out/svg/" + file)).contains("<svg").endsWith("</svg>\n");
        }
    }

    @Test
    void renders_the_same_bytes_every_time() {
        JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--out", "a");
        JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--out", "b");
        assertThat(files("a")).containsExactly("satin-pillowcase.svg");
        assertThat(read("a/satin-pillowcase.svg")).isEqualTo(read("b/satin-pillowcase.svg"));
    }

    @Test
    void renders_themes_persona_views_and_findings_differently() {
        String map = "maps/vacation-planning.journey";
        assertThat(JOURNEY.run(dir, "render", map, "--out", "plain").exit()).isZero();
        assertThat(JOURNEY.run(dir, "render", map, "--out", "dark", "--theme", "dark").exit()).isZero();
        assertThat(JOURNEY.run(dir, "render", map, "--out", "sam", "--persona", "sam").exit()).isZero();
        assertThat(JOURNEY.run(dir, "render", map, "--out", "findings", "--findings").exit()).isZero();
        String plain = read("plain/vacation-planning.svg");
        assertThat(read("dark/vacation-planning.svg")).isNotEqualTo(plain);
        assertThat(read("sam/vacation-planning-sam.svg")).isNotEqualTo(plain);
        assertThat(files("sam")).containsExactly("vacation-planning-sam.svg");
        assertThat(read("findings/vacation-planning.svg")).isNotEqualTo(plain);
    }

    @Test
    void legend_picks_how_the_findings_are_explained_and_compact_is_the_default() {
        String map = "maps/satin-pillowcase.journey";
        for (String legend : List.of("full", "compact", "none")) {
            Run run = JOURNEY.run(dir, "render", map, "--view", "flow", "--findings", "--legend", legend, "--out", legend);
            assertThat(run.exit()).as(run.toString()).isZero();
        }
        assertThat(JOURNEY.run(dir, "render", map, "--view", "flow", "--findings", "--out", "default").exit()).isZero();
        String full = read("full/satin-pillowcase.svg");
        String compact = read("compact/satin-pillowcase.svg");
        String none = read("none/satin-pillowcase.svg");
        assertThat(read("default/satin-pillowcase.svg")).isEqualTo(compact);
        assertThat(full).contains(" id=\"jk-legend\"", ">1. warning coverage.no-help</text>")
                .doesNotContain("A badge counts the findings");
        assertThat(compact).contains(" id=\"jk-legend\"", ">Findings (21)</text>", "A badge counts the findings")
                .doesNotContainPattern(">[0-9]+\\. (error|warning|info) [a-z.-]+</text>");
        assertThat(none).doesNotContain(" id=\"jk-legend\"", ">Findings (", "A badge counts the findings")
                .contains("class=\"jk-badge\"");
    }

    @Test
    void legend_without_findings_is_an_error_and_an_unknown_legend_names_the_three() {
        Run alone = JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--legend", "full", "--out", "out");
        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err()).isEqualTo("--legend explains the findings' badges: add --findings to draw them\n");
        Run unknown = JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--findings", "--legend", "short");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("journey: Invalid value for option '--legend': 'short' is not one of "
                + "full, compact, none\nTry 'journey render --help' for more information.\n");
        assertThat(files(".")).containsExactly("maps");
    }

    @Test
    void a_persona_picture_never_overwrites_the_all_persona_picture_nor_another_persona_s() {
        String map = "maps/vacation-planning.journey";
        assertThat(JOURNEY.run(dir, "render", map, "--out", "out").exit()).isZero();
        assertThat(JOURNEY.run(dir, "render", map, "--out", "out", "--persona", "sam").exit()).isZero();
        Run run = JOURNEY.run(dir, "render", map, "--out", "out", "--persona", "priya", "--view", "all");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(files("out")).containsExactlyInAnyOrder("vacation-planning.svg", "vacation-planning-sam.svg",
                "vacation-planning-priya-map.svg", "vacation-planning-priya-flow.svg",
                "vacation-planning-priya-matrix.svg");
    }

    @Test
    void an_out_that_names_a_file_is_an_error_saying_out_is_a_folder() {
        Run run = JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--out", "picture.svg");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("--out picture.svg: --out is a folder, not a file name: the pictures are "
                + "written into it as NAME.svg (e.g. --out pictures)\n");
        assertThat(Files.exists(dir.resolve("picture.svg"))).isFalse();
        write("existing", "a file\n");
        assertThat(JOURNEY.run(dir, "render", "maps/satin-pillowcase.journey", "--out", "existing").err())
                .startsWith("--out existing: --out is a folder, not a file name");
    }

    @Test
    void reports_an_unknown_persona_and_renders_nothing_for_that_map() {
        Run run = JOURNEY.run(dir, "render", "maps/music-sharing.journey", "--persona", "amber", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("maps/music-sharing.journey: no persona 'amber' in this map "
                + "(its personas: noah, maya)\n");
        assertThat(dir.resolve("out")).doesNotExist(); // a render that fails creates no output folder
    }

    @Test
    void reports_an_output_folder_that_cannot_be_created() {
        write("in-the-way", "a file, not a folder\n");
        Run run = JOURNEY.run(dir, "render", "maps", "--out", "in-the-way/svg");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("in-the-way/svg: cannot create the output folder: ");
        assertNoStackTrace(run);
    }

    @Test
    void reports_an_output_file_that_cannot_be_written_and_renders_the_other_maps() throws IOException {
        Files.createDirectories(dir.resolve("out/grocery-run.svg"));
        Run run = JOURNEY.run(dir, "render", "maps", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("out/grocery-run.svg: cannot write: is a directory\n");
        assertThat(files("out")).hasSize(7).contains("satin-pillowcase.svg", "vacation-planning.svg");
        assertThat(files("out")).noneMatch(f -> f.startsWith("."));
    }

    @Test
    void renders_the_good_maps_when_one_has_a_syntax_error() {
        write("maps/broken.journey", BROKEN);
        Run run = JOURNEY.run(dir, "render", "maps", "--out", "out");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("maps/broken.journey:5:51: ");
        assertThat(files("out")).hasSize(7).doesNotContain("broken.svg");
    }

    // ---------------------------------------------------------------- fmt

    @Test
    void finds_the_example_maps_canonical() {
        Run run = JOURNEY.run(dir, "fmt", "--check", "maps");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    private static final String TIMELINE = "    timeline \"5 minutes\"\n";

    @Test
    void lists_maps_that_are_not_canonical_and_changes_nothing_with_check() {
        String canonical = read("maps/music-sharing.journey");
        String messy = canonical.replace(TIMELINE, "  timeline   \"5 minutes\"   # a comment\n");
        assertThat(messy).isNotEqualTo(canonical);
        write("maps/music-sharing.journey", messy);
        Run run = JOURNEY.run(dir, "fmt", "--check", "maps");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        List<String> lines = canonical.lines().toList();
        int at = lines.indexOf(TIMELINE.strip().indent(4).stripTrailing()); // 0-based line of the timeline
        int from = Math.max(0, at - 3);
        StringBuilder context = new StringBuilder();
        lines.subList(from, at).forEach(l -> context.append(' ').append(l).append('\n'));
        assertThat(run.out()).isEqualTo("--- maps/music-sharing.journey\n+++ maps/music-sharing.journey (canonical)\n"
                + "@@ -" + (from + 1) + "," + (at - from + 4) + " +" + (from + 1) + "," + (at - from + 4) + " @@\n"
                + context + "-  timeline   \"5 minutes\"   # a comment\n+    timeline \"5 minutes\" # a comment\n"
                + " " + lines.get(at + 1) + "\n " + lines.get(at + 2) + "\n " + lines.get(at + 3) + "\n");
        assertThat(read("maps/music-sharing.journey")).isEqualTo(messy);
    }

    @Test
    void rewrites_maps_in_canonical_form_keeping_comments() {
        String canonical = read("maps/music-sharing.journey");
        String messy = canonical.replace(TIMELINE, "  timeline   \"5 minutes\"   # a comment\n");
        assertThat(messy).isNotEqualTo(canonical);
        write("maps/music-sharing.journey", messy);
        Run run = JOURNEY.run(dir, "fmt", "maps");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("formatted maps/music-sharing.journey\n");
        assertThat(read("maps/music-sharing.journey")).isEqualTo(canonical.replace(TIMELINE,
                "    timeline \"5 minutes\" # a comment\n"));
        assertThat(JOURNEY.run(dir, "fmt", "--check", "maps").exit()).isZero();
    }

    @Test
    void leaves_a_map_with_a_syntax_error_untouched() {
        write("broken.journey", BROKEN);
        Run run = JOURNEY.run(dir, "fmt", "broken.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("broken.journey:5:51: unknown channel 'smss'");
        assertThat(read("broken.journey")).isEqualTo(BROKEN);
    }

    // ---------------------------------------------------------------- export and import

    @Test
    void exports_json_that_imports_back_to_the_same_map() {
        Run export = JOURNEY.run(dir, "export", "maps/live-chat-blueprint.journey", "--format", "json");
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).startsWith("{\n").endsWith("}\n");
        write("blueprint.json", export.out());
        Run back = JOURNEY.run(dir, "import", "blueprint.json");
        assertThat(back.exit()).as(back.toString()).isZero();
        assertThat(back.out()).isEqualTo(read("maps/live-chat-blueprint.journey"));
    }

    @Test
    void imports_into_an_output_file() {
        write("blueprint.json", JOURNEY.run(dir, "export", "maps/grocery-run.journey").out());
        Run run = JOURNEY.run(dir, "import", "blueprint.json", "--output", "copy.journey");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(read("copy.journey")).isEqualTo(read("maps/grocery-run.journey"));
    }

    @Test
    void reports_invalid_json_naming_the_file() {
        write("bad.json", "{\"title\": 42\n");
        Run run = JOURNEY.run(dir, "import", "bad.json", "--output", "bad.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("bad.json: ");
        assertNoStackTrace(run);
        assertThat(files(".")).doesNotContain("bad.journey");
    }

    @Test
    void export_reports_a_syntax_error_and_a_directory() {
        write("broken.journey", BROKEN);
        Run broken = JOURNEY.run(dir, "export", "broken.journey");
        Run folder = JOURNEY.run(dir, "export", "maps");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).startsWith("broken.journey:5:51: unknown channel 'smss'");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("maps: is a directory (give one file)\n");
    }
}

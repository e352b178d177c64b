package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code --disable}, {@code --severity}, {@code --set}, {@code --config} and {@code journeykit.json}. */
class AnalysisSettingsIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    @BeforeEach
    void writeMap() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("maps/late.journey", JourneyCliIT.WITH_FINDINGS);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String summary(Run run) {
        return run.out().lines().filter(l -> l.startsWith("journey \"")).findFirst().orElseThrow();
    }

    @Test
    void check_takes_disable_severity_and_set_from_the_command_line() {
        Run plain = JOURNEY.run(dir, "check", "maps/late.journey");
        assertThat(summary(plain)).isEqualTo("journey \"Late answers\": 0 errors, 2 warnings, 6 info, 0 suppressed");
        Run run = JOURNEY.run(dir, "check", "maps/late.journey", "--disable", "coverage.empty-stage",
                "--severity", "friction.low-point=error", "--disable", "coverage.unmeasured-stage");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(summary(run)).isEqualTo("journey \"Late answers\": 1 error, 1 warning, 3 info, 0 suppressed");
        assertThat(run.out()).startsWith("maps/late.journey:14:9: error friction.low-point: ")
                .doesNotContain("coverage.empty-stage", "coverage.unmeasured-stage");
    }

    @Test
    void check_takes_an_option_with_set() throws IOException {
        write("maps/crowded.journey", """
                journey "Crowded" {
                    channel web "Website" kind self-service

                    stage buy "Buy" {
                        touchpoint a "A" via web
                        touchpoint b "B" via web
                    }
                }
                """);
        Run plain = JOURNEY.run(dir, "check", "maps/crowded.journey");
        Run tight = JOURNEY.run(dir, "check", "maps/crowded.journey", "--set", "maxPerChannelPerStage=1");
        assertThat(plain.out()).doesNotContain("saturation.channel");
        assertThat(tight.out()).contains("info saturation.channel: ");
    }

    @Test
    void the_nearest_settings_file_applies_and_flags_win_over_it() throws IOException {
        write("journeykit.json", "{\n  \"disable\": [\"coverage.empty-stage\"],\n"
                + "  \"severity\": {\"friction.low-point\": \"warning\"}\n}\n");
        Run file = JOURNEY.run(dir, "check", "maps");
        assertThat(summary(file)).isEqualTo("journey \"Late answers\": 0 errors, 2 warnings, 5 info, 0 suppressed");
        Run flags = JOURNEY.run(dir, "check", "maps", "--severity", "friction.low-point=info");
        assertThat(summary(flags)).isEqualTo("journey \"Late answers\": 0 errors, 1 warning, 6 info, 0 suppressed");
        write("strict.json", "{\"severity\": {\"coverage.empty-stage\": \"error\"}}");
        Run config = JOURNEY.run(dir, "check", "maps", "--config", "strict.json");
        assertThat(config.exit()).isEqualTo(1);
        assertThat(summary(config)).isEqualTo("journey \"Late answers\": 1 error, 1 warning, 6 info, 0 suppressed");
    }

    @Test
    void render_marks_findings_with_the_settings() {
        assertThat(JOURNEY.run(dir, "render", "maps/late.journey", "--findings", "--out", "a").exit()).isZero();
        Run run = JOURNEY.run(dir, "render", "maps/late.journey", "--findings", "--out", "b",
                "--disable", "coverage.empty-stage");
        assertThat(run.exit()).as(run.toString()).isZero();
        try {
            String a = Files.readString(dir.resolve("a/late.svg"));
            String b = Files.readString(dir.resolve("b/late.svg"));
            assertThat(a).contains("coverage.empty-stage");
            assertThat(b).doesNotContain("coverage.empty-stage");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_unknown_code_or_option_stops_the_command_with_a_suggestion() throws IOException {
        Run code = JOURNEY.run(dir, "check", "maps", "--disable", "coverage.emtpy-stage");
        assertThat(code.exit()).isEqualTo(2);
        assertThat(code.out()).isEmpty();
        assertThat(code.err()).isEqualTo("--disable coverage.emtpy-stage: unknown finding code "
                + "'coverage.emtpy-stage' (did you mean 'coverage.empty-stage'?)\n");
        Run option = JOURNEY.run(dir, "render", "maps", "--set", "minStageSise=3", "--out", "out");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("--set minStageSise=3: unknown option 'minStageSise' "
                + "(did you mean 'minStageSize'?)\n");
        assertThat(dir.resolve("out")).doesNotExist();
        write("maps/journeykit.json", "{\"set\": {\"emotionDrop\": 0}}");
        Run file = JOURNEY.run(dir, "check", "maps");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("maps/journeykit.json: $.set.emotionDrop: emotionDrop must be at least 1, got 0\n");
    }
}

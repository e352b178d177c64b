package dev.journeykit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class AnalysisSettingsTest {

    @Command(name = "test")
    static final class Holder {
        @Mixin
        AnalysisSettings settings;
    }

    @TempDir
    Path dir;

    private static AnalysisSettings parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.settings;
    }

    private Input map(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "journey \"x\" {}\n");
        return new Input(file, relative);
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void flags_alone_give_options() throws Exception {
        AnalysisSettings settings = parse("--disable", "path.stage-skip", "--severity", "coverage.no-feedback=error",
                "--set", "minStageSize=9", "--set", "saturationFactor=1.5");
        Files.createDirectories(dir.resolve(".git"));
        AnalysisOptions options = settings.forMap(map("m.journey"));
        assertThat(options).isEqualTo(AnalysisOptions.builder().disable("path.stage-skip")
                .severity("coverage.no-feedback", Severity.ERROR).minStageSize(9).saturationFactor(1.5).build());
    }

    @Test
    void the_nearest_file_up_to_the_repository_root_applies_and_flags_win_over_it() throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("journeykit.json", "{\"set\": {\"emotionDrop\": 5}}");
        write("repo/journeykit.json", "{\"disable\": [\"path.loop\"], \"severity\": {\"coverage.no-feedback\": \"warning\"},"
                + " \"set\": {\"minStageSize\": 3, \"saturationFactor\": \"1.25\"}}");
        write("repo/team/journeykit.json", "{\"set\": {\"maxProactivePerStage\": 1}}");
        AnalysisSettings settings = parse("--severity", "coverage.no-feedback=error");
        AnalysisOptions top = settings.forMap(map("repo/maps/a.journey"));
        assertThat(top.isEnabled(Rule.LOOP)).isFalse();
        assertThat(top.severityOf(Rule.NO_FEEDBACK)).isEqualTo(Severity.ERROR);
        assertThat(top.minStageSize()).isEqualTo(3);
        assertThat(top.saturationFactor()).isEqualTo(1.25);
        assertThat(top.emotionDrop()).isEqualTo(2);
        AnalysisOptions team = settings.forMap(map("repo/team/b.journey"));
        assertThat(team).isEqualTo(AnalysisOptions.builder().maxProactivePerStage(1)
                .severity("coverage.no-feedback", Severity.ERROR).build());
    }

    @Test
    void config_names_the_one_file_to_use() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        write("journeykit.json", "{\"set\": {\"emotionDrop\": 5}}");
        write("ci/strict.json", "{\"set\": {\"emotionDrop\": 1}}");
        AnalysisSettings settings = parse("--config", dir.resolve("ci/strict.json").toString());
        settings.validate();
        assertThat(settings.forMap(map("m.journey")).emotionDrop()).isEqualTo(1);
    }

    @Test
    void rejects_unknown_codes_options_and_levels_in_flags_with_a_suggestion() {
        assertThatThrownBy(() -> parse("--disable", "path.stage-skp").validate())
                .hasMessage("--disable path.stage-skp: unknown finding code 'path.stage-skp' (did you mean 'path.stage-skip'?)");
        assertThatThrownBy(() -> parse("--set", "emotionDorp=3").validate())
                .hasMessage("--set emotionDorp=3: unknown option 'emotionDorp' (did you mean 'emotionDrop'?)");
        assertThatThrownBy(() -> parse("--severity", "path.loop=fatal").validate())
                .hasMessage("--severity path.loop=fatal: unknown severity 'fatal' for 'path.loop' (one of error, warning, info)");
        assertThatThrownBy(() -> parse("--set", "minStageSize").validate())
                .hasMessage("--set minStageSize=: minStageSize must be a whole number, got ''");
    }

    @Test
    void rejects_bad_settings_files_naming_the_place() throws Exception {
        write("a.json", "{\"severity\": {\"coverage.no-feedbak\": \"error\"}}");
        write("b.json", "{\"disabled\": []}");
        write("c.json", "{\"set\": {\"minStageSize\": true}}");
        write("d.json", "{\"set\": {\"minStageSize\": 1,}}");
        write("e.json", "{\"disable\": [\"path.loop\", 3]}");
        String a = dir.resolve("a.json").toString();
        assertThatThrownBy(() -> parse("--config", a).validate()).hasMessage(a + ": $.severity['coverage.no-feedbak']: "
                + "unknown finding code 'coverage.no-feedbak' (did you mean 'coverage.no-feedback'?)");
        String b = dir.resolve("b.json").toString();
        assertThatThrownBy(() -> parse("--config", b).validate())
                .hasMessage(b + ": $.disabled: unknown setting 'disabled' (did you mean 'disable'?)");
        String c = dir.resolve("c.json").toString();
        assertThatThrownBy(() -> parse("--config", c).validate())
                .hasMessage(c + ": $.set.minStageSize: expected a number");
        String d = dir.resolve("d.json").toString();
        assertThatThrownBy(() -> parse("--config", d).validate())
                .hasMessage(d + ": not valid JSON at line 1, column 28: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name");
        String e = dir.resolve("e.json").toString();
        assertThatThrownBy(() -> parse("--config", e).validate())
                .hasMessage(e + ": $.disable[1]: expected a finding code (a string)");
        String missing = dir.resolve("none.json").toString();
        assertThatThrownBy(() -> parse("--config", missing).validate())
                .hasMessage(missing + ": cannot read: no such file or directory");
    }
}

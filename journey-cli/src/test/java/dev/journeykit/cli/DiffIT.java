package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code journey diff OLD NEW} and {@code journey diff --git REV FILE}. */
class DiffIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    static final String CURRENT = """
            journey "Returns" {
                persona amber "Amber"

                channel web "Website" kind self-service
                channel phone "Phone" kind voice

                stage ask "Ask" {
                    touchpoint form "Fills in the returns form" via web {
                        emotion -1
                        question "Who pays the postage?"
                        metric completion 60% target 80%
                    }
                    touchpoint call "Calls about the label" via phone {
                        emotion -2
                    }
                }
            }
            """;

    static final String FUTURE = """
            journey "Returns" {
                kind future-state
                persona amber "Amber"

                channel web "Website" kind self-service
                channel phone "Phone" kind voice

                stage ask "Ask" {
                    touchpoint form "Fills in the returns form" via web {
                        emotion 1
                        question "Who pays the postage?" answered-by form
                        metric completion 85% target 80%
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void prints_the_changes_as_text_and_exits_0_unless_asked() throws IOException {
        write("current.journey", CURRENT);
        write("future.journey", FUTURE);
        Run run = JOURNEY.run(dir, "diff", "current.journey", "future.journey");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                --- current.journey "Returns" (current-state)
                +++ future.journey "Returns" (future-state)
                ~ map.kind: kind changed from current-state to future-state
                - step.removed: touchpoint 'call' removed from stage 'ask'
                ~ emotion.changed: emotion at touchpoint 'form' -1 -> 1 (better)
                ~ curve.changed: emotion curve of persona 'amber' changed: mean -1.50 -> 1.00 (better)
                ~ metric.changed: metric 'completion' at touchpoint 'form' 60% -> 85% (better)
                ~ question.answered: question "Who pays the postage?" at touchpoint 'form' is now answered by 'form'
                - persona-channel.lost: persona 'amber' loses channel 'phone' in stage 'ask'
                ~ coverage.cell: stage 'ask' on channel 'phone': 1 -> 0 touchpoints
                - finding.resolved: warning coverage.unanswered-question: question "Who pays the postage?" at touchpoint 'form' has no answer: name the touchpoint that answers it (answered-by), or add one
                - finding.resolved: warning friction.kpi-miss: metric 'completion' at touchpoint 'form' is 60%, missing its target 80% (higher is better): find what holds it back, or revise the target
                - finding.resolved: info friction.low-point: touchpoint 'call' is at the bottom of the emotion scale (-2): find what hurts here and record an opportunity to ease it
                11 changes
                """);
        Run differ = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--exit-code");
        assertThat(differ.exit()).isEqualTo(1);
        Run same = JOURNEY.run(dir, "diff", "current.journey", "current.journey", "--exit-code");
        assertThat(same.exit()).as(same.toString()).isZero();
        assertThat(same.out()).endsWith("? question.left-open: question \"Who pays the postage?\" at touchpoint "
                + "'form' is still open\nno changes\n");
    }

    @Test
    void writes_json_and_markdown() throws IOException {
        write("current.journey", CURRENT);
        write("future.journey", FUTURE);
        Run json = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--format", "json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("before").toString()).isEqualTo(
                "{\"file\":\"current.journey\",\"map\":\"Returns\",\"kind\":\"current-state\"}");
        assertThat(root.get("changes").get(2).toString()).isEqualTo("{\"kind\":\"emotion.changed\","
                + "\"subjects\":[\"form\",\"ask\"],\"before\":\"-1\",\"after\":\"1\",\"trend\":\"better\","
                + "\"message\":\"emotion at touchpoint 'form' -1 -> 1 (better)\"}");
        assertThat(root.get("summary").get("changes").asInt()).isEqualTo(11);
        assertThat(root.get("summary").get("kinds").get("finding.resolved").asInt()).isEqualTo(3);
        Run md = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--format", "markdown",
                "--output", "diff.md");
        assertThat(md.exit()).as(md.toString()).isZero();
        assertThat(md.out()).isEmpty();
        String text = Files.readString(dir.resolve("diff.md"));
        assertThat(text).startsWith("## Journey diff: Returns\n\n`current.journey` (current-state) → "
                + "`future.journey` (future-state): 11 changes.\n\n### Structure\n\n"
                + "- ✏️ `map.kind` kind changed from current-state to future-state\n"
                + "- ➖ `step.removed` touchpoint 'call' removed from stage 'ask'\n\n### Emotions\n\n");
        assertThat(text).contains("\n### Findings\n\n- ➖ `finding.resolved` warning coverage.unanswered-question: ");
    }

    @Test
    void reports_errors_with_exit_2() throws IOException {
        write("current.journey", CURRENT);
        write("broken.journey", JourneyCliIT.BROKEN);
        Run broken = JOURNEY.run(dir, "diff", "current.journey", "broken.journey");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).startsWith("broken.journey:5:51: unknown channel 'smss'");
        Run one = JOURNEY.run(dir, "diff", "current.journey");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).isEqualTo("journey diff: give two maps, OLD and NEW (or --git REV FILE)\n");
        Run missing = JOURNEY.run(dir, "diff", "current.journey", "none.journey");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("none.journey: no such file or directory\n");
    }

    @Test
    void compares_with_a_commit_without_a_checkout() throws Exception {
        Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve("maps/returns.journey"), CURRENT);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "current state");
        Files.writeString(dir.resolve("maps/returns.journey"), FUTURE);
        Run run = JOURNEY.run(dir, "diff", "--git", "HEAD", "maps/returns.journey", "--exit-code");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("--- maps/returns.journey@HEAD \"Returns\" (current-state)\n"
                + "+++ maps/returns.journey \"Returns\" (future-state)\n").endsWith("\n11 changes\n");
        Run bad = JOURNEY.run(dir, "diff", "--git", "no-such-rev", "maps/returns.journey");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("maps/returns.journey: git show no-such-rev:./returns.journey failed: fatal: ");
    }

    @Test
    void draws_the_diff_picture_into_the_out_folder() throws IOException {
        write("current.journey", CURRENT);
        write("future.journey", FUTURE);
        Run run = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--out", "pictures/diffs");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("--- current.journey \"Returns\" (current-state)\n").endsWith("\n11 changes\n");
        Path picture = dir.resolve("pictures/diffs/future-diff.svg");
        assertThat(run.err()).isEqualTo("wrote " + Path.of("pictures/diffs", "future-diff.svg") + "\n");
        String svg = Files.readString(picture, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .contains("class=\"jk jk-view-diff jk-theme-light\"")
                .contains("<title id=\"jk-title\">Returns - changes</title>")
                .contains("<rect id=\"jk-step-call\" class=\"jk-card jk-diff-removed\"")
                .contains("<rect id=\"jk-step-form\" class=\"jk-card jk-diff-changed\"");
        try (var files = Files.list(dir.resolve("pictures/diffs"))) {
            assertThat(files).containsExactly(picture);
        }
        // the same bytes on every run; exit codes as without --out
        Run again = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--out", "pictures/diffs",
                "--exit-code", "--format", "json");
        assertThat(again.exit()).as(again.toString()).isEqualTo(1);
        assertThat(again.out()).startsWith("{");
        assertThat(Files.readString(picture, StandardCharsets.UTF_8)).isEqualTo(svg);
        Run same = JOURNEY.run(dir, "diff", "current.journey", "current.journey", "--out", "same", "--exit-code",
                "--theme", "dark");
        assertThat(same.exit()).as(same.toString()).isZero();
        assertThat(Files.readString(dir.resolve("same/current-diff.svg"), StandardCharsets.UTF_8))
                .contains("class=\"jk jk-view-diff jk-theme-dark\"");
    }

    @Test
    void out_is_a_folder_and_nothing_is_left_on_an_error() throws IOException {
        write("current.journey", CURRENT);
        write("future.journey", FUTURE);
        write("broken.journey", JourneyCliIT.BROKEN);
        Run file = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--out", "diff.svg");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.out()).isEmpty();
        assertThat(file.err()).isEqualTo("--out diff.svg: --out is a folder, not a file name: the pictures are "
                + "written into it as NAME.svg (e.g. --out pictures)\n");
        assertThat(dir.resolve("diff.svg")).doesNotExist();
        Run existing = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--out", "current.journey");
        assertThat(existing.exit()).isEqualTo(2);
        assertThat(existing.err()).startsWith("--out current.journey: --out is a folder");
        Run broken = JOURNEY.run(dir, "diff", "current.journey", "broken.journey", "--out", "pictures");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).startsWith("broken.journey:5:51: unknown channel 'smss'");
        assertThat(dir.resolve("pictures")).doesNotExist();
        Run missing = JOURNEY.run(dir, "diff", "none.journey", "future.journey", "--out", "pictures");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(dir.resolve("pictures")).doesNotExist();
        // a folder that cannot be made: the report is still printed, the error names the folder
        Run blocked = JOURNEY.run(dir, "diff", "current.journey", "future.journey", "--out", "future.journey/x");
        assertThat(blocked.exit()).isEqualTo(2);
        assertThat(blocked.err()).startsWith("future.journey/x: cannot create the output folder");
    }

    @Test
    void git_mode_draws_the_picture_too() throws Exception {
        Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve("maps/returns.journey"), CURRENT);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "current state");
        Files.writeString(dir.resolve("maps/returns.journey"), FUTURE);
        Run run = JOURNEY.run(dir, "diff", "--git", "HEAD", "maps/returns.journey", "--out", "review");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("review/returns-diff.svg"), StandardCharsets.UTF_8))
                .contains("<desc id=\"jk-desc\">Changes from 'Returns' (current-state) to 'Returns' (future-state)")
                .contains("<rect id=\"jk-step-call\" class=\"jk-card jk-diff-removed\"");
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}

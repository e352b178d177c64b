package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code journey import FILE.mmd} and {@code journey export MAP --format mermaid}. */
class MermaidIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void imports_a_mermaid_journey_with_notes_on_stderr() throws IOException {
        write("day.mmd", """
                journey
                    title My working day
                    section Go to work
                      Make tea: 5: Me
                      Do work: 1: Me, Cat
                """);
        Run run = JOURNEY.run(dir, "import", "day.mmd");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("""
                journey "My working day" {
                    persona me "Me"
                    persona cat "Cat"

                    stage go-to-work "Go to work" {
                        moment make-tea "Make tea" for me {
                            emotion 2
                        }
                        moment do-work "Do work" for me, cat {
                            emotion -2
                        }
                    }
                }
                """);
        assertThat(run.err()).isEqualTo("day.mmd: note: 2 tasks became moments: Mermaid names no channel; turn the "
                + "ones the brand takes part in into touchpoints (touchpoint ID \"NAME\" via CHANNEL) and add the channels\n"
                + "day.mmd: note: Mermaid cannot say channels, goals, questions, pains, opportunities, metrics, paths "
                + "or flows: add them to the map\n");
    }

    @Test
    void reports_mermaid_errors_at_line_and_column_and_writes_nothing() throws IOException {
        write("bad.mmd", "journey\n  section One\n    Tea: 9: Me\n");
        Run run = JOURNEY.run(dir, "import", "bad.mmd", "--output", "bad.journey");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bad.mmd:3:10: score '9' of task 'Tea' is not a whole number from 1 to 5\n"
                + "    Tea: 9: Me\n         ^\n");
        assertThat(dir.resolve("bad.journey")).doesNotExist();
    }

    @Test
    void exports_an_example_map_that_imports_and_exports_again_the_same() throws IOException {
        Files.copy(Path.of("..", "examples", "maps", "music-sharing.journey"), dir.resolve("music.journey"));
        Run export = JOURNEY.run(dir, "export", "music.journey", "--format", "mermaid", "--output", "music.mmd");
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).startsWith("music.journey: note: ").contains("left out (Mermaid's journey diagram "
                + "cannot say them): ");
        String mermaid = Files.readString(dir.resolve("music.mmd"));
        assertThat(mermaid).startsWith("journey\n    title ").contains("\n    section ");
        Run back = JOURNEY.run(dir, "import", "music.mmd", "--output", "back.journey");
        assertThat(back.exit()).as(back.toString()).isZero();
        Run again = JOURNEY.run(dir, "export", "back.journey", "--format", "mermaid");
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEqualTo(mermaid);
    }
}

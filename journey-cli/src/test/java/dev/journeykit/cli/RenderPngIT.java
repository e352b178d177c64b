package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyJar.Run;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey render --format png} and {@code --format pdf} against the real {@code journey.jar}. */
class RenderPngIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    @Test
    void writes_a_png_of_the_asked_width_the_same_bytes_every_time() throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--format", "png", "--width", "400", "--out", "a");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + Path.of("a", "clean.png") + "\n");
        BufferedImage image = ImageIO.read(dir.resolve("a/clean.png").toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        JOURNEY.run(dir, "render", "clean.journey", "--format", "png", "--width", "400", "--out", "b");
        assertThat(Files.readAllBytes(dir.resolve("b/clean.png"))).isEqualTo(Files.readAllBytes(dir.resolve("a/clean.png")));
    }

    @Test
    void writes_a_vector_pdf_of_each_view_the_same_bytes_every_time() throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--format", "pdf", "--view", "all", "--out", "a");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + Path.of("a", "clean-map.pdf") + "\nwrote " + Path.of("a", "clean-flow.pdf")
                + "\nwrote " + Path.of("a", "clean-matrix.pdf") + "\n");
        byte[] pdf = Files.readAllBytes(dir.resolve("a/clean-map.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        JOURNEY.run(dir, "render", "clean.journey", "--format", "pdf", "--out", "b");
        assertThat(Files.readAllBytes(dir.resolve("b/clean.pdf"))).isEqualTo(pdf);
    }

    @Test
    void rejects_an_out_that_names_a_pdf_file() throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--format", "pdf", "--out", "picture.pdf");
        assertThat(run.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(run.err()).startsWith("--out picture.pdf: --out is a folder, not a file name");
        assertThat(dir.resolve("picture.pdf")).doesNotExist();
    }

    @Test
    void rejects_a_scale_that_is_not_positive() throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        Run run = JOURNEY.run(dir, "render", "clean.journey", "--format", "png", "--scale", "0");
        assertThat(run.exit()).isEqualTo(JourneyCli.ERROR);
        assertThat(run.err()).isEqualTo("journey: --scale must be a positive number and --width at least 1\n");
        assertThat(dir.resolve("clean.png")).doesNotExist();
    }
}

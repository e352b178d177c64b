package dev.journeykit.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.Rasterizer;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BatikRasterizerTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "maps", "satin-pillowcase.journey");

    private static String svg(View view) throws IOException {
        JourneyMap map = JourneyDsl.parse("satin-pillowcase.journey", Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        return SvgRenderer.create(SvgOptions.builder().findings(Analyzers.defaults().analyze(map).findings()).build())
                .render(map, view);
    }

    @Test
    void is_found_on_the_class_path() {
        assertThat(Rasterizer.find()).get().isInstanceOf(BatikRasterizer.class);
    }

    @Test
    void draws_at_the_asked_scale_or_width_the_same_bytes_every_time() throws IOException {
        String svg = svg(View.MATRIX);
        float[] size = SvgSize.of(svg);
        byte[] png = new BatikRasterizer().png(svg, 1, 0);
        assertThat(new BatikRasterizer().png(svg, 1, 0)).isEqualTo(png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Math.round(size[0]));
        assertThat(image.getHeight()).isBetween(Math.round(size[1]) - 1, Math.round(size[1]) + 1);
        Path out = Path.of("target", "png");
        Files.createDirectories(out);
        Files.write(out.resolve("satin-pillowcase-matrix.png"), png); // to be looked at

        BufferedImage narrow = ImageIO.read(new ByteArrayInputStream(new BatikRasterizer().png(svg, 1, 300)));
        assertThat(narrow.getWidth()).isEqualTo(300);
        assertThat(narrow.getHeight()).isBetween(Math.round(size[1] * 300 / size[0]) - 1, Math.round(size[1] * 300 / size[0]) + 1);
    }

    @Test
    void a_pdf_is_one_vector_page_the_size_of_the_picture_the_same_bytes_every_time() throws IOException {
        String svg = svg(View.MAP);
        float[] size = SvgSize.of(svg);
        byte[] pdf = new BatikRasterizer().pdf(svg);
        assertThat(new BatikRasterizer().pdf(svg)).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(size[0]);
            assertThat(box.getHeight()).isEqualTo(size[1]);
            // vectors: no picture inside, and no font, since text is drawn as the shipped font's outlines
            assertThat(new PDFTextStripper().getText(document)).isBlank();
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-").doesNotContain("/Image", "/FontFile", "/CreationDate", "/ModDate");
        Path out = Path.of("target", "pdf");
        Files.createDirectories(out);
        Files.write(out.resolve("satin-pillowcase-map.pdf"), pdf); // to be looked at
    }

    @Test
    void a_pdf_of_an_unreadable_svg_is_refused_with_the_reason() {
        assertThatThrownBy(() -> new BatikRasterizer().pdf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the SVG could not be read");
    }

    @Test
    void rejects_a_bad_scale_and_a_picture_too_large_naming_them() throws IOException {
        String svg = svg(View.MAP);
        assertThatThrownBy(() -> new BatikRasterizer().png(svg, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be a positive number, got 0.0");
        assertThatThrownBy(() -> new BatikRasterizer().png(svg, 1000, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the picture would be larger than 16384 pixels on a side");
        assertThatThrownBy(() -> new BatikRasterizer().png("<html/>", 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an SVG document: no <svg> element");
    }
}

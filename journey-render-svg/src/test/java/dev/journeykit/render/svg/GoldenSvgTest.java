package dev.journeykit.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.analysis.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares pictures of the sample maps byte for byte with the files under
 * {@code src/test/resources/golden}. After a deliberate change to the drawing, look at the new
 * pictures and regenerate the files with
 *
 * <pre>
 * mvn -pl journey-render-svg test -Dtest=GoldenSvgTest -Djourneykit.golden.update=true
 * </pre>
 *
 * then review the diff (and the pictures, e.g. with {@code rsvg-convert}) before committing.
 */
class GoldenSvgTest {

    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    static final List<Finding> FINDINGS = List.of(
            new Finding("coverage.preferred-channel", Severity.WARNING,
                    "persona 'sam' prefers in-app but stage 'repair' has no in-app touchpoint; add one",
                    List.of("repair", "sam"), Optional.empty()),
            new Finding("friction.emotion-drop", Severity.ERROR,
                    "touchpoint 'call' ends with a negative emotion; find what hurts", List.of("call"),
                    Optional.empty()),
            new Finding("coverage.no-feedback", Severity.INFO,
                    "touchpoint 'visit' collects no feedback", List.of("visit"), Optional.empty()));

    /** The observed findings of the sample observations, as journey observe reports them. */
    static List<Finding> observedFindings() {
        return ObservedAnalyzers.analyze(SampleMaps.pillowcase(), SampleObservations.pillowcase(),
                AnalysisOptions.defaults()).findings();
    }

    static String render(String name) {
        return switch (name) {
            case "pillowcase-map" -> SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP);
            case "crossing-flow" -> SvgRenderer.create().render(SampleMaps.crossingFlow(), View.FLOW);
            case "pillowcase-matrix-amber" -> SvgRenderer.create(SvgOptions.builder().persona("amber").build())
                    .render(SampleMaps.pillowcase(), View.MATRIX);
            case "blueprint-map-dark-findings" -> SvgRenderer.create(SvgOptions.builder().theme(Theme.DARK)
                    .findings(FINDINGS).idPrefix("bp").build()).render(SampleMaps.blueprint(), View.MAP);
            case "pillowcase-flow-high-contrast" -> SvgRenderer.create(SvgOptions.builder()
                    .theme(Theme.HIGH_CONTRAST).maxTextLines(1).build()).render(SampleMaps.pillowcase(), View.FLOW);
            case "pillowcase-flow-observed" -> SvgRenderer.create(SvgOptions.builder()
                    .observed(SampleObservations.pillowcase()).build()).render(SampleMaps.pillowcase(), View.FLOW);
            case "pillowcase-flow-observed-dark-findings" -> SvgRenderer.create(SvgOptions.builder().theme(Theme.DARK)
                    .observed(SampleObservations.pillowcase()).findings(observedFindings()).build())
                    .render(SampleMaps.pillowcase(), View.FLOW);
            case "pillowcase-map-observed" -> SvgRenderer.create(SvgOptions.builder()
                    .observed(SampleObservations.pillowcase()).findings(observedFindings()).build())
                    .render(SampleMaps.pillowcase(), View.MAP);
            case "pillowcase-funnel" -> SvgRenderer.create(SvgOptions.builder()
                    .observed(SampleObservations.pillowcase()).build()).render(SampleMaps.pillowcase(), View.FUNNEL);
            case "pillowcase-funnel-dark" -> SvgRenderer.create(SvgOptions.builder().theme(Theme.DARK)
                    .observed(SampleObservations.pillowcase()).build()).render(SampleMaps.pillowcase(), View.FUNNEL);
            case "pillowcase-funnel-high-contrast-bo" -> SvgRenderer.create(SvgOptions.builder()
                    .theme(Theme.HIGH_CONTRAST).persona("bo").observed(SampleObservations.pillowcase()).build())
                    .render(SampleMaps.pillowcase(), View.FUNNEL);
            case "pillowcase-flow-observed-high-contrast" -> SvgRenderer.create(SvgOptions.builder()
                    .theme(Theme.HIGH_CONTRAST).observed(SampleObservations.pillowcase()).build())
                    .render(SampleMaps.pillowcase(), View.FLOW);
            case "pillowcase-diff" -> SvgRenderer.create()
                    .renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
            case "pillowcase-diff-dark-amber" -> SvgRenderer.create(SvgOptions.builder().theme(Theme.DARK)
                    .persona("amber").build()).renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
            case "pillowcase-diff-high-contrast" -> SvgRenderer.create(SvgOptions.builder()
                    .theme(Theme.HIGH_CONTRAST).build()).renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"pillowcase-map", "crossing-flow", "pillowcase-matrix-amber",
        "blueprint-map-dark-findings", "pillowcase-flow-high-contrast", "pillowcase-flow-observed",
        "pillowcase-flow-observed-dark-findings", "pillowcase-flow-observed-high-contrast", "pillowcase-map-observed",
        "pillowcase-funnel", "pillowcase-funnel-dark", "pillowcase-funnel-high-contrast-bo", "pillowcase-diff",
        "pillowcase-diff-dark-amber", "pillowcase-diff-high-contrast"})
    void picture_matches_its_golden_file(String name) throws IOException {
        String svg = render(name);
        Path file = DIR.resolve(name + ".svg");
        if (Boolean.getBoolean("journeykit.golden.update")) {
            Files.createDirectories(DIR);
            Files.write(file, svg.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.exists(file)).as("golden file %s (regenerate with -Djourneykit.golden.update=true)", file)
                .isTrue();
        assertThat(svg).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

}

package dev.journeykit.render.svg;

import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.internal.AtomicWrite;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.internal.Views;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a journey map as SVG 1.1 in one of the {@link View views}:
 *
 * <pre>{@code
 * SvgRenderer.create(SvgOptions.builder().theme(Theme.DARK).build())
 *         .render(map, View.MAP, Path.of("map.svg"));
 * }</pre>
 *
 * <p>The output is the same bytes for the same map and options on every machine: text is measured
 * with a built-in width table, numbers are written with {@code Locale.ROOT}, ids come from the
 * model's ids, and nothing depends on time or hash order. Every string from the map is escaped;
 * the SVG holds no script, no event attribute, no {@code foreignObject} and no external reference.
 * A renderer is immutable and safe to share between threads.
 */
public final class SvgRenderer {

    private final SvgOptions options;

    private SvgRenderer(SvgOptions options) {
        this.options = options;
    }

    /** A renderer with {@link SvgOptions#defaults()}. */
    public static SvgRenderer create() {
        return new SvgRenderer(SvgOptions.defaults());
    }

    public static SvgRenderer create(SvgOptions options) {
        return new SvgRenderer(Objects.requireNonNull(options, "options must not be null"));
    }

    public SvgOptions options() {
        return options;
    }

    /**
     * The id of the element that draws the persona, stage, step or channel {@code modelId} of
     * {@code map} in this renderer's pictures ({@code jk-step-faq}), so a page that holds the
     * picture can link to it; empty for any other id. Which views draw the element depends on
     * the view: the matrix, for one, has no steps.
     */
    public Optional<String> elementId(JourneyMap map, String modelId) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(modelId, "modelId must not be null");
        String kind = map.persona(modelId).isPresent() ? "persona"
                : map.stage(modelId).isPresent() ? "stage"
                : map.step(modelId).isPresent() ? "step"
                : map.channel(modelId).isPresent() ? "channel" : null;
        return Optional.ofNullable(kind).map(k -> options.settings().id(k, modelId));
    }

    /**
     * The SVG document of {@code map} in {@code view}.
     *
     * @throws IllegalArgumentException when the options name a persona the map does not have
     */
    public String render(JourneyMap map, View view) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(view, "view must not be null");
        return Views.draw(map, view, options.settings()).svg();
    }

    /** Writes the SVG document (UTF-8 text) to {@code out}; does not close it. */
    public void render(JourneyMap map, View view, Writer out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        String svg = render(map, view);
        out.write(svg);
        out.flush();
    }

    /** Writes the SVG document as UTF-8 bytes to {@code out}; does not close it. */
    public void render(JourneyMap map, View view, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        String svg = render(map, view);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(svg);
        writer.flush();
    }

    /**
     * Writes the SVG document to {@code file}, replacing it. The document is rendered first and
     * written to a temporary file in the same directory, which is then moved over {@code file}
     * (atomically where the file system can), so the file is never left partly written. A new file
     * gets the default permissions of any file the process creates (its umask); an existing file
     * keeps its permissions.
     */
    public void render(JourneyMap map, View view, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicWrite.write(file, render(map, view).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The DIFF picture of two maps: the new map as the MAP view draws it, with the stages, steps
     * and personas that {@link MapDiff} finds added, moved or changed marked (an outline of their
     * own and the change in words), the removed ones drawn faded where they were, both emotion
     * curves (the old one dashed) and a key. Compares the maps with {@link MapDiff#compare(JourneyMap,
     * JourneyMap)}; use {@link #renderDiff(MapDiff)} with a comparison already made.
     *
     * @throws IllegalArgumentException when the options name a persona the new map does not have
     */
    public String renderDiff(JourneyMap before, JourneyMap after) {
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        return renderDiff(MapDiff.compare(before, after));
    }

    /**
     * The DIFF picture of a comparison (see {@link #renderDiff(JourneyMap, JourneyMap)}). The
     * options' findings, if any, are marked on the new map; observations are not drawn.
     *
     * @throws IllegalArgumentException when the options name a persona the new map does not have
     */
    public String renderDiff(MapDiff diff) {
        Objects.requireNonNull(diff, "diff must not be null");
        return Views.drawDiff(diff, options.settings().withoutObservations()).svg();
    }

    /** Writes the DIFF picture of {@code diff} to {@code file}, whole or not at all (as {@link #render(JourneyMap, View, Path)}). */
    public void renderDiff(MapDiff diff, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicWrite.write(file, renderDiff(diff).getBytes(StandardCharsets.UTF_8));
    }
}

package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.Persona;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.Rasterizer;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code journeykit:render}: draws each map's views into the output folder as
 * {@code NAME-VIEW.svg} (and {@code .png} or {@code .pdf} with {@code <formats>}), where NAME is the map's path below its maps folder without
 * {@code .journey} ({@code target/journeykit/shop-map.svg}; {@code NAME-PERSONA-VIEW.svg} with {@code <persona>}). A map whose text and settings are
 * unchanged since the last run, and whose pictures are still there, is not drawn again.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends AbstractJourneyMojo {

    /** The views to draw: map, flow, matrix, or all (default: map). */
    @Parameter
    private List<String> views;

    /** The colours: light, dark or high-contrast. */
    @Parameter(property = "journeykit.theme", defaultValue = "light")
    private String theme;

    /** Analyze each map and mark its findings in the pictures. */
    @Parameter(property = "journeykit.findings", defaultValue = "false")
    private boolean findings;

    /**
     * With findings, how the pictures explain their badges: full (every finding listed with its
     * number), compact (one line of counts per severity, one counting badge per element) or none
     * (those badges without a legend).
     */
    @Parameter(property = "journeykit.legend", defaultValue = "compact")
    private String legend;

    /**
     * Draw the maps as this persona walks them (each map must have it), into
     * {@code NAME-PERSONA-VIEW.svg}, so the all-persona pictures stay.
     */
    @Parameter(property = "journeykit.persona")
    private String persona;

    /** The picture formats: svg, png and/or pdf (default: svg). */
    @Parameter
    private List<String> formats;

    /** png: pixels per SVG unit (default 1; 2 for slides). */
    @Parameter(property = "journeykit.scale", defaultValue = "1")
    private double scale;

    /** png: scale each picture to this many pixels wide instead (0: use the scale). */
    @Parameter(property = "journeykit.width", defaultValue = "0")
    private int width;

    private enum ViewChoice { MAP, FLOW, MATRIX, ALL }

    private enum Format { SVG, PNG, PDF }

    /** What to draw for every map, read once from the configuration. */
    private record Plan(Set<View> views, Theme theme, Legend legend, Set<Format> kinds, Rasterizer raster,
                        AnalysisOptions options, String settings) {
    }

    @Override
    protected void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        Plan plan = plan();
        Analyzers analyzers = Analyzers.defaults();
        BuildState state = state("render");
        Map<Path, String> writtenFor = new HashMap<>();
        int failed = 0;
        int drawn = 0;
        for (MapFile file : files) {
            Map<Path, View> targets = targets(plan, file, writtenFor);
            byte[] bytes = bytes(file);
            String hash = BuildState.hash(plan.settings(), bytes);
            if (state.unchanged(file.name(), hash) && targets.keySet().stream().allMatch(Files::isRegularFile)) {
                continue;
            }
            state.remove(file.name());
            if (render(plan, analyzers, file, bytes, targets)) {
                drawn++;
                state.put(file.name(), hash);
            } else {
                failed++;
            }
        }
        save(state);
        if (drawn < files.size() - failed) {
            getLog().info("JourneyKit: " + (files.size() - failed - drawn) + " map(s) unchanged since the last render, not drawn again");
        }
        if (failed > 0) {
            throw new MojoFailureException("JourneyKit: " + failed + " map(s) could not be rendered; see the errors above");
        }
    }

    private Plan plan() throws MojoExecutionException {
        Set<View> chosen = new LinkedHashSet<>();
        for (String view : views == null || views.isEmpty() ? List.of("map") : views) {
            ViewChoice choice = keyword(ViewChoice.class, view, "<views>");
            chosen.addAll(choice == ViewChoice.ALL ? View.ofMap() : List.of(View.valueOf(choice.name())));
        }
        Theme colours = keyword(Theme.class, theme, "<theme>");
        Legend key = keyword(Legend.class, legend, "<legend>");
        Set<Format> kinds = new LinkedHashSet<>();
        for (String format : formats == null || formats.isEmpty() ? List.of("svg") : formats) {
            kinds.add(keyword(Format.class, format, "<formats>"));
        }
        Rasterizer raster = null;
        if (kinds.contains(Format.PNG) || kinds.contains(Format.PDF)) {
            if (!(scale > 0) || !Double.isFinite(scale) || width < 0) {
                throw new MojoExecutionException("JourneyKit configuration: <scale> must be a positive number and <width> at least 0");
            }
            raster = Rasterizer.find().orElseThrow(() -> new MojoExecutionException(
                    "JourneyKit: png and pdf need journey-render-raster on the plugin's class path"));
        }
        AnalysisOptions options = findings ? analysisOptions() : null;
        String settings = BuildState.hash(pluginVersion(), chosen, colours, findings, key, options, persona,
                kinds, scale, width);
        return new Plan(chosen, colours, key, kinds, raster, options, settings);
    }

    /** The files a map's pictures go to, each with its view; two maps writing one file is an error. */
    private Map<Path, View> targets(Plan plan, MapFile file, Map<Path, String> writtenFor) throws MojoExecutionException {
        Map<Path, View> targets = new LinkedHashMap<>();
        for (View view : plan.views()) {
            for (Format kind : plan.kinds()) {
                Path target = outputDirectory.toPath().resolve(file.baseName() + (persona == null ? "" : "-" + persona)
                        + "-" + Keyworded.wordOf(view) + "." + Keyworded.wordOf(kind));
                String earlier = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), file.name());
                if (earlier != null) {
                    throw new MojoExecutionException(file.name() + ": not rendered: " + name(target)
                            + " was already written for " + earlier + " (rename one of the maps)");
                }
                targets.put(target, view);
            }
        }
        return targets;
    }

    /** Draws one map into its targets; false, with the error logged, when it cannot be drawn. */
    private boolean render(Plan plan, Analyzers analyzers, MapFile file, byte[] bytes, Map<Path, View> targets)
            throws MojoExecutionException {
        JourneyMap map = parse(file, text(file, bytes));
        if (map == null) {
            return false;
        }
        SvgOptions.Builder look = SvgOptions.builder().theme(plan.theme());
        if (persona != null) {
            if (map.persona(persona).isEmpty()) {
                getLog().error(file.name() + ": no persona '" + persona + "' in this map (its personas: "
                        + map.personas().stream().map(Persona::id).collect(Collectors.joining(", ")) + ")");
                return false;
            }
            look.persona(persona);
        }
        if (findings) {
            look.findings(analyzers.analyze(map, plan.options()).findings()).legend(plan.legend());
        }
        SvgRenderer renderer = SvgRenderer.create(look.build());
        List<String> written = new ArrayList<>();
        Map<View, String> svgs = new LinkedHashMap<>();
        for (Map.Entry<Path, View> target : targets.entrySet()) {
            String svg = svgs.computeIfAbsent(target.getValue(), v -> renderer.render(map, v));
            String fileName = target.getKey().getFileName().toString();
            if (!fileName.endsWith(".svg")) {
                try {
                    write(target.getKey(), fileName.endsWith(".pdf") ? plan.raster().pdf(svg)
                            : plan.raster().png(svg, scale, width));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException(file.name() + ": not rendered: " + e.getMessage(), e);
                }
            } else {
                write(target.getKey(), svg);
            }
            written.add(name(target.getKey()));
        }
        getLog().info("JourneyKit: wrote " + String.join(", ", written));
        return true;
    }
}

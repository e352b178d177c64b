package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
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
import java.util.Locale;
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
 * {@code NAME-VIEW.svg}, where NAME is the map's path below its maps folder without
 * {@code .journey} ({@code target/journeykit/shop-map.svg}). A map whose text and settings are
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

    /** Draw the maps as this persona walks them (each map must have it). */
    @Parameter(property = "journeykit.persona")
    private String persona;

    private enum ViewChoice { MAP, FLOW, MATRIX, ALL }

    @Override
    protected void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        Set<View> chosen = new LinkedHashSet<>();
        for (String view : views == null || views.isEmpty() ? List.of("map") : views) {
            ViewChoice choice = keyword(ViewChoice.class, view, "<views>");
            chosen.addAll(choice == ViewChoice.ALL ? List.of(View.values()) : List.of(View.valueOf(choice.name())));
        }
        Theme colours = keyword(Theme.class, theme, "<theme>");
        AnalysisOptions options = findings ? analysisOptions() : null;
        Analyzers analyzers = Analyzers.defaults();
        String settings = BuildState.hash(pluginVersion(), chosen, colours, findings, options, persona);

        BuildState state = state("render");
        Map<Path, String> writtenFor = new HashMap<>();
        int failed = 0;
        int drawn = 0;
        for (MapFile file : files) {
            Map<Path, View> targets = new LinkedHashMap<>();
            for (View view : chosen) {
                Path target = outputDirectory.toPath().resolve(file.baseName() + "-" + view.name().toLowerCase(Locale.ROOT) + ".svg");
                String earlier = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), file.name());
                if (earlier != null) {
                    throw new MojoExecutionException(file.name() + ": not rendered: " + name(target)
                            + " was already written for " + earlier + " (rename one of the maps)");
                }
                targets.put(target, view);
            }
            byte[] bytes = bytes(file);
            String hash = BuildState.hash(settings, bytes);
            if (state.unchanged(file.name(), hash) && targets.keySet().stream().allMatch(Files::isRegularFile)) {
                continue;
            }
            state.remove(file.name());
            JourneyMap map = parse(file, text(file, bytes));
            if (map == null) {
                failed++;
                continue;
            }
            SvgOptions.Builder svg = SvgOptions.builder().theme(colours);
            if (persona != null) {
                if (map.persona(persona).isEmpty()) {
                    getLog().error(file.name() + ": no persona '" + persona + "' in this map (its personas: "
                            + map.personas().stream().map(Persona::id).collect(Collectors.joining(", ")) + ")");
                    failed++;
                    continue;
                }
                svg.persona(persona);
            }
            if (findings) {
                svg.findings(analyzers.analyze(map, options).findings());
            }
            SvgRenderer renderer = SvgRenderer.create(svg.build());
            List<String> written = new ArrayList<>();
            for (Map.Entry<Path, View> target : targets.entrySet()) {
                write(target.getKey(), renderer.render(map, target.getValue()));
                written.add(name(target.getKey()));
            }
            getLog().info("JourneyKit: wrote " + String.join(", ", written));
            drawn++;
            state.put(file.name(), hash);
        }
        save(state);
        if (drawn < files.size() - failed) {
            getLog().info("JourneyKit: " + (files.size() - failed - drawn) + " map(s) unchanged since the last render, not drawn again");
        }
        if (failed > 0) {
            throw new MojoFailureException("JourneyKit: " + failed + " map(s) could not be rendered; see the errors above");
        }
    }
}

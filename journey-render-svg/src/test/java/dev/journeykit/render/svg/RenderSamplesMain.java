package dev.journeykit.render.svg;

import dev.journeykit.core.model.JourneyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the sample maps in every view and theme to a directory, to look at (for example after
 * {@code rsvg-convert -o x.png x.svg}). Not a test; run with
 * {@code java -cp target/classes:target/test-classes:... dev.journeykit.render.svg.RenderSamplesMain /tmp/svg}.
 */
public final class RenderSamplesMain {

    private RenderSamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        Map<String, JourneyMap> maps = Map.of("pillowcase", SampleMaps.pillowcase(),
                "blueprint", SampleMaps.blueprint(), "crossing", SampleMaps.crossingFlow());
        for (Map.Entry<String, JourneyMap> e : maps.entrySet()) {
            for (View view : View.ofMap()) {
                for (Theme theme : Theme.values()) {
                    SvgRenderer r = SvgRenderer.create(SvgOptions.builder().theme(theme).build());
                    Path file = dir.resolve(e.getKey() + "-" + view.name().toLowerCase(java.util.Locale.ROOT) + "-"
                            + theme.name().toLowerCase(java.util.Locale.ROOT) + ".svg");
                    r.render(e.getValue(), view, file);
                }
            }
        }
        System.out.println("wrote " + dir);
    }
}

package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One cold render, the way Graphviz is run: a fresh JVM reads a {@code .journey} file, renders
 * one view and writes the SVG file. run.sh times the whole process next to {@code dot -Tsvg}.
 *
 * <pre>{@code java -cp benchmarks.jar dev.journeykit.bench.ColdRender flow IN.journey OUT.svg}</pre>
 */
public final class ColdRender {

    private ColdRender() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ColdRender map|flow|matrix IN.journey OUT.svg");
            System.exit(2);
        }
        View view = View.valueOf(args[0].toUpperCase(Locale.ROOT));
        JourneyMap map = JourneyDsl.parse(Path.of(args[1]));
        SvgRenderer.create().render(map, view, Path.of(args[2]));
    }
}

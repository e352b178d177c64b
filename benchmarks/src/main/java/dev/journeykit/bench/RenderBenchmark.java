package dev.journeykit.bench;

import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;

/** Rendering one view of the generated map to an SVG string with the default options. */
public abstract class RenderBenchmark extends MapBenchmark {

    private final SvgRenderer renderer = SvgRenderer.create();

    protected String render(View view) {
        return renderer.render(map, view);
    }
}

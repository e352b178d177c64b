package dev.journeykit.bench;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The FLOW view of a {@link HubGenerator} map, where every flow enters one step, drawn with the
 * default analyzers' findings (a badge on nearly every box, one finding naming every entry step):
 * the worst shape for the arcs of one column, the ports of one box and the findings overlay. Its
 * time should grow in step with the flows.
 */
public class RenderHubBenchmark extends MapBenchmark {

    @Param({"1000", "10000", "100000"})
    public int n;

    private SvgRenderer renderer;

    @Override
    protected int size() {
        return n;
    }

    @Override
    protected JourneyMap generate(int size) {
        return HubGenerator.generate(size);
    }

    @Override
    protected void prepare() {
        renderer = SvgRenderer.create(SvgOptions.builder().findings(Analyzers.defaults().analyze(map).findings()).build());
    }

    @Benchmark
    public String flowWithFindings() {
        return renderer.render(map, View.FLOW);
    }
}

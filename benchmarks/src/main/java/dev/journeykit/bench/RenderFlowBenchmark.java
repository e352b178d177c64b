package dev.journeykit.bench;

import dev.journeykit.render.svg.View;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Rendering the FLOW view to an SVG string: the flow graph, meant for up to about 5,000 steps and 15,000 transitions. */
public class RenderFlowBenchmark extends RenderBenchmark {

    @Param({"100", "500", "1000", "5000"})
    public int n;

    @Override
    protected int size() {
        return n;
    }

    @Benchmark
    public String flow() {
        return render(View.FLOW);
    }
}

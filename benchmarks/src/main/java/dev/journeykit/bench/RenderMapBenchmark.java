package dev.journeykit.bench;

import dev.journeykit.render.svg.View;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Rendering the MAP view to an SVG string: the journey-map picture, meant for maps of up to about 1,000 touchpoints. */
public class RenderMapBenchmark extends RenderBenchmark {

    @Param({"100", "1000"})
    public int n;

    @Override
    protected int size() {
        return n;
    }

    @Benchmark
    public String map() {
        return render(View.MAP);
    }
}

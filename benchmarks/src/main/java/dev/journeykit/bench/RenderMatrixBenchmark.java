package dev.journeykit.bench;

import dev.journeykit.render.svg.View;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Rendering the MATRIX view to an SVG string: the coverage matrix (persona and channel by stage), whose size does not grow with the steps. */
public class RenderMatrixBenchmark extends RenderBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    @Override
    protected int size() {
        return n;
    }

    @Benchmark
    public String matrix() {
        return render(View.MATRIX);
    }
}

package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering the MAP view to an SVG string: the journey-map picture, meant for maps of up to about 1,000 touchpoints. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RenderMapBenchmark {

    @Param({"100", "1000"})
    public int n;

    private JourneyMap map;
    private SvgRenderer renderer;

    @Setup
    public void setUp() {
        map = JourneyGenerator.generate(n);
        renderer = SvgRenderer.create();
    }

    @Benchmark
    public String map() {
        return renderer.render(map, View.MAP);
    }
}

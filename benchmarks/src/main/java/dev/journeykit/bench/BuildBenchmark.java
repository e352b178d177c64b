package dev.journeykit.bench;

import dev.journeykit.core.graph.JourneyGraph;
import dev.journeykit.core.model.JourneyMap;
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

/**
 * Building a map: the whole fluent-builder run with validation ({@code build}), validation and
 * indexing alone from ready records ({@code validate}), and the JGraphT view ({@code graph}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class BuildBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private JourneyMap map;

    @Setup
    public void setUp() {
        map = JourneyGenerator.generate(n);
    }

    @Benchmark
    public JourneyMap build() {
        return Rebuild.viaBuilder(map);
    }

    @Benchmark
    public JourneyMap validate() {
        return JourneyMap.create(map.title(), map.kind(), map.objective(), map.timeline(),
                map.emotionScale(), map.personas(), map.channels(), map.stages(), map.paths(),
                map.flows(), map.suppressions(), map.position());
    }

    @Benchmark
    public JourneyGraph graph() {
        return JourneyGraph.of(map);
    }
}

package dev.journeykit.bench;

import dev.journeykit.core.graph.JourneyGraph;
import dev.journeykit.core.model.JourneyMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Building a map: the whole fluent-builder run with validation ({@code build}), validation and
 * indexing alone from ready records ({@code validate}), and the JGraphT view ({@code graph}).
 */
public class BuildBenchmark extends MapBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;


    @Override
    protected int size() {
        return n;
    }

    @Benchmark
    public JourneyMap build() {
        return Rebuild.viaBuilder(map);
    }

    @Benchmark
    public JourneyMap validate() {
        return JourneyMap.create(map.header(), map.personas(), map.channels(), map.stages(), map.paths(),
                map.flows(), map.suppressions());
    }

    @Benchmark
    public JourneyGraph graph() {
        return JourneyGraph.of(map);
    }
}

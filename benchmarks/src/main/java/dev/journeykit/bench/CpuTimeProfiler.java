package dev.journeykit.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark JVM spent per operation, all its
 * threads together (the benchmark thread, the garbage collector, the JIT compiler):
 * {@code -prof dev.journeykit.bench.CpuTimeProfiler}. On a machine shared with other work the
 * wall-clock score grows with the load, while this figure counts only the work done for the
 * operation, so it is the steadier of the two; with the machine to itself it is close to the
 * score (above it when the collector works in parallel).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM (all threads) per operation, in ms/op";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getAllOps());
        double ms = (OS.getProcessCpuTime() - cpuAtStart) / 1e6 / ops;
        return List.of(new ScalarResult("cpu", ms, "ms/op", AggregationPolicy.AVG));
    }
}

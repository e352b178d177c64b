package dev.journeykit.bench;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
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

/** Every default analyzer over one map, report tables included: {@code Analyzers.defaults().analyze(map)}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AnalysisBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private JourneyMap map;
    private Analyzers analyzers;

    @Setup
    public void setUp() {
        map = JourneyGenerator.generate(n);
        analyzers = Analyzers.defaults();
    }

    @Benchmark
    public AnalysisReport analyze() {
        return analyzers.analyze(map);
    }
}

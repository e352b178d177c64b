package dev.journeykit.bench;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Every default analyzer over one map, report tables included: {@code Analyzers.defaults().analyze(map)}. */
public class AnalysisBenchmark extends MapBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private Analyzers analyzers;

    @Override
    protected int size() {
        return n;
    }

    @Override
    protected void prepare() {
        analyzers = Analyzers.defaults();
    }

    @Benchmark
    public AnalysisReport analyze() {
        return analyzers.analyze(map);
    }
}

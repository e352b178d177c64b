package dev.journeykit.bench;

import dev.journeykit.core.json.JourneyJson;
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

/** The JSON form of a map: writing it to a string and reading it back (validation included). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private JourneyMap map;
    private String json;

    @Setup
    public void setUp() {
        map = JourneyGenerator.generate(n);
        json = JourneyJson.write(map);
    }

    @Benchmark
    public String write() {
        return JourneyJson.write(map);
    }

    @Benchmark
    public JourneyMap read() {
        return JourneyJson.read(json);
    }
}

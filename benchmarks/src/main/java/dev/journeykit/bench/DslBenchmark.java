package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
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
 * The {@code .journey} language: parsing the generator's text (which {@link JourneyText} wrote,
 * not the formatter) and formatting the map back to canonical text. run.sh turns the parse time
 * into MB/s with the text's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DslBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private JourneyMap map;
    private String text;

    @Setup
    public void setUp() {
        map = JourneyGenerator.generate(n);
        text = JourneyText.write(map);
    }

    @Benchmark
    public JourneyMap parse() {
        return JourneyDsl.parse("synthetic.journey", text);
    }

    @Benchmark
    public String format() {
        return JourneyDsl.format(map);
    }
}

package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The {@code .journey} language: parsing the generator's text (which {@link JourneyText} wrote,
 * not the formatter) and formatting the map back to canonical text. run.sh turns the parse time
 * into MB/s with the text's size.
 */
public class DslBenchmark extends MapBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private String text;

    @Override
    protected int size() {
        return n;
    }

    @Override
    protected void prepare() {
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

package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code .journey} language: parsing the generator's text (which {@link JourneyText} wrote,
 * not the formatter) and formatting the map back to canonical text. run.sh turns the parse time
 * into MB/s with the text's size.
 *
 * <p>The parse warms up for 15 s, not the 2 s of the other benchmarks: it runs some 250 methods of
 * the lexer, the parser, the builders and validation hot enough for C2, and on two shared cores
 * their compilations went on for 8 to 18 s of the fork, so measured iterations after a 2 s warm-up
 * timed the interpreter and C1 code, and compilation threads taking the benchmark's core
 * (docs/performance.md).
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
    @Warmup(iterations = 15, time = 1)
    @Measurement(iterations = 10, time = 1) // at 100,000 an operation takes most of a second, and one in several meets a long collection
    public JourneyMap parse() {
        return JourneyDsl.parse("synthetic.journey", text);
    }

    @Benchmark
    public String format() {
        return JourneyDsl.format(map);
    }
}

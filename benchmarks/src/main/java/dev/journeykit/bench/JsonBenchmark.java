package dev.journeykit.bench;

import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.model.JourneyMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** The JSON form of a map: writing it to a string and reading it back (validation included). */
public class JsonBenchmark extends MapBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private String json;

    @Override
    protected int size() {
        return n;
    }

    @Override
    protected void prepare() {
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

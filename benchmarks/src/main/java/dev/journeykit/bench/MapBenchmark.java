package dev.journeykit.bench;

import dev.journeykit.core.model.JourneyMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every JourneyKit benchmark shares: average time in ms per operation, one fork with a
 * fixed 4 GB heap touched before the first iteration (on this virtual machine memory touched for
 * the first time costs more than the work: without it, iterations that allocate into new pages
 * ran 2.7 times slower than the others), short iterations (run.sh passes none of its own unless JMH_OPTS says), and a
 * generated map of the subclass's size, {@link #map}, made before the first iteration.
 * A subclass declares its sizes as {@code @Param int n} and returns it from {@link #size()}, and may
 * generate a map of another shape ({@link #generate(int)}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public abstract class MapBenchmark {

    /** The generated map of {@link #size()} touchpoints. */
    protected JourneyMap map;

    /** The number of touchpoints: the subclass's {@code @Param}. */
    protected abstract int size();

    /** The map of {@code size} to benchmark: {@link JourneyGenerator}'s by default. */
    protected JourneyMap generate(int size) {
        return JourneyGenerator.generate(size);
    }

    /** Anything more to prepare from {@link #map} before timing; nothing by default. */
    protected void prepare() {
    }

    @Setup
    public final void setUp() {
        map = generate(size());
        prepare();
    }
}

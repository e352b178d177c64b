package dev.journeykit.core.scale;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.graph.JourneyGraph;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import java.util.Locale;

/**
 * Not a test (surefire runs only *Test, *Tests and *Properties): a quick figure of how long it
 * takes to build and validate a big map, for the "well under a second and linear" check.
 * The JMH benchmarks module gives the real figures. Run from the repository root after
 * {@code mvn -q -pl journey-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * <pre>
 * java -cp journey-core/target/classes:journey-core/target/test-classes:$(cat journey-core/target/cp.txt) \
 *     dev.journeykit.core.scale.BuildScaleMain [touchpoints] [runs]
 * </pre>
 * It reports, per run, the wall time and the CPU time of the whole process (all threads, GC
 * included) of the builder calls, of {@code build()} (which validates) and of the graph view with its stage graph; on a
 * shared machine the CPU time is the steadier figure. The figures are dominated by garbage
 * collection of the large live set: compare {@code -XX:+UseParallelGC}, {@code -XX:+UseSerialGC}
 * and G1 with a fixed heap ({@code -Xms4g -Xmx4g}).
 * The map has {@code touchpoints} touchpoints in 100 stages on 10 channels and 2 personas, and
 * three transitions per touchpoint: one path per persona through every touchpoint, and one flow
 * through every touchpoint.
 */
public final class BuildScaleMain {

    private BuildScaleMain() {
    }

    public static void main(String[] args) {
        int touchpoints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long startWall = System.nanoTime();
            long startCpu = processCpu();
            JourneyMapBuilder builder = builder(touchpoints);
            long wall = System.nanoTime();
            long cpu = processCpu();
            JourneyMap map = builder.build();
            long builtWall = System.nanoTime();
            long builtCpu = processCpu();
            JourneyGraph graph = JourneyGraph.of(map);
            int stageEdges = graph.stageGraph().edgeSet().size();
            long graphWall = System.nanoTime();
            long graphCpu = processCpu();
            System.out.printf(Locale.ROOT,
                    "run %2d: %,d steps, %,d transitions: builder calls %4d ms wall %4d ms cpu;"
                            + " build+validate %4d ms wall %4d ms cpu;"
                            + " graph + stage graph (%d edges) %4d ms wall %4d ms cpu%n",
                    run, map.steps().size(), map.transitions().size(), ms(wall - startWall),
                    ms(cpu - startCpu), ms(builtWall - wall),
                    ms(builtCpu - cpu), stageEdges, ms(graphWall - builtWall), ms(graphCpu - builtCpu));
        }
    }

    /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds, to the
     * operating system's clock tick (10 ms on Linux). */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static JourneyMapBuilder builder(int touchpoints) {
        int stages = 100;
        int perStage = Math.max(1, touchpoints / stages);
        JourneyMapBuilder b = JourneyMaps.journey("Scale " + touchpoints)
                .persona("p1", "First persona", p -> p.prefers("c0", "c1"))
                .persona("p2", "Second persona", p -> p.prefers("c2"));
        for (int c = 0; c < 10; c++) {
            b.channel("c" + c, "Channel " + c, ChannelKind.values()[c % ChannelKind.values().length]);
        }
        String[] all = new String[stages * perStage];
        for (int s = 0; s < stages; s++) {
            int stage = s;
            b.stage("s" + s, "Stage " + s, st -> {
                for (int i = 0; i < perStage; i++) {
                    int n = stage * perStage + i;
                    String id = "t" + n;
                    all[n] = id;
                    st.touchpoint(id, "Touchpoint " + n).via("c" + (n % 10)).emotion(n % 5 - 2)
                            .question("Why?", n > 0 ? "t" + (n - 1) : id)
                            .metric("aht", MetricValue.seconds(n % 600), MetricValue.seconds(300));
                }
            });
        }
        b.path("p1", "Everything", all);
        b.path("p2", "Everything again", all);
        b.flow(f -> f.steps(all).volume(7));
        return b;
    }
}
